import { CasebookError } from '../../../shared/contract/result.ts';
import type { NotebookDb } from '../../store/database.ts';
import { getSnapshotHashAndHtml } from '../../store/snapshots.ts';
import { getSource } from '../../store/sources.ts';
import { notFound } from '../errors.ts';
import { sha256Hex } from './sha256.ts';

export interface SnapshotVerification {
  readonly ok: boolean;
  /** The SHA-256 recorded when the snapshot was captured. */
  readonly expected: string;
  /** The SHA-256 of the html stored now. */
  readonly actual: string;
}

/** Recomputes the SHA-256 of a source's stored snapshot html and compares it with the one recorded at capture. */
export function verifySnapshot(db: NotebookDb, sourceId: string): SnapshotVerification {
  const found = getSource(db, sourceId);
  if (!found || found.deletedAt !== null) throw notFound('source', sourceId);
  const stored = getSnapshotHashAndHtml(db, sourceId);
  if (!stored)
    throw new CasebookError('not-found', `The source "${found.source.title}" (${sourceId}) has no snapshot.`);
  const actual = sha256Hex(stored.html);
  return { ok: actual === stored.sha256, expected: stored.sha256, actual };
}
