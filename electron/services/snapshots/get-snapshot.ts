import type { ParsedRequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import { CasebookError } from '../../../shared/contract/result.ts';
import type { NotebookDb } from '../../store/database.ts';
import { getSnapshot, getSource } from '../../store/sources.ts';
import { notFound } from '../errors.ts';
import { sha256Hex } from './sha256.ts';

/**
 * snapshots.get: the stored snapshot with its hash recomputed now the way snapshots.verify does (the same
 * sha256Hex over the html), so a view can report a mismatch instead of hiding it.
 */
export function getSnapshotOfSource(
  db: NotebookDb,
  request: ParsedRequestOf<'snapshots.get'>,
): ResponseOf<'snapshots.get'> {
  const found = getSource(db, request.sourceId);
  if (!found || found.deletedAt !== null) throw notFound('source', request.sourceId);
  const snapshot = getSnapshot(db, request.sourceId);
  if (!snapshot) throw new CasebookError('not-found', 'This source has no snapshot yet.');
  const actual = sha256Hex(snapshot.html);
  return {
    sourceId: request.sourceId,
    html: snapshot.html,
    text: snapshot.text,
    sha256: snapshot.sha256,
    capturedAt: snapshot.capturedAt,
    verified: { ok: actual === snapshot.sha256, actual },
  };
}
