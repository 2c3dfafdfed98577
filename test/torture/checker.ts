import { existsSync, readFileSync } from 'node:fs';
import { foreignKeyProblems, integrityOfFile } from '../../electron/store/integrity.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import type { Announced } from './protocol.ts';
import { ftsIntegrityCheck, integrityCheckOf } from './raw-sqlite.ts';
import { ABSENT, hashScope, sha256, splitScope, type Scope } from './scope-hash.ts';

export interface CheckReport {
  /** integrity_check, the FTS5 integrity check, foreign keys, or the file not opening at all. */
  readonly corruptions: string[];
  /** Acknowledged writes that are gone or changed. */
  readonly lost: string[];
  /** The one unacknowledged transaction visible in part. */
  readonly partial: string[];
  /** The unacknowledged transaction committed whole before the kill (allowed: its hashes now hold). */
  pendingCommitted: boolean;
  /** How many scopes were read back and compared. */
  scopesChecked: number;
}

/**
 * Reopens a notebook after a kill, as the app would, and checks it against what the child promised:
 * `expected` holds the latest acknowledged hash of every scope; `pending` is the transaction that had
 * announced its hashes but not its commit when the child died (it may be wholly present or wholly absent).
 */
export function checkNotebook(
  path: string,
  expected: ReadonlyMap<Scope, string>,
  pending: Announced | null,
): CheckReport {
  const report: CheckReport = { corruptions: [], lost: [], partial: [], pendingCommitted: false, scopesChecked: 0 };
  let notebook;
  try {
    notebook = openNotebook(path);
  } catch (error) {
    report.corruptions.push(`the notebook does not open: ${error instanceof Error ? error.message : String(error)}`);
    return report;
  }
  try {
    const { db } = notebook;
    const integrity = integrityCheckOf(db);
    if (integrity.length !== 1 || integrity[0] !== 'ok')
      report.corruptions.push(`integrity_check: ${integrity.slice(0, 5).join('; ')}`);
    const fts = ftsIntegrityCheck(db);
    if (fts !== 'ok') report.corruptions.push(`FTS5 integrity-check: ${fts}`);
    const keys = foreignKeyProblems(db);
    if (keys.length > 0) report.corruptions.push(`foreign_key_check: ${keys.length} rows, first in ${keys[0]?.table}`);
    if (report.corruptions.length > 0) return report;

    const read = (scope: Scope): string => {
      const [kind, name] = splitScope(scope);
      if (kind !== 'file') return hashScope(db, scope);
      if (!existsSync(name)) return ABSENT;
      const fileIntegrity = integrityOfFile(name);
      if (fileIntegrity[0] !== 'ok') report.corruptions.push(`backup ${name}: ${fileIntegrity.slice(0, 3).join('; ')}`);
      return sha256(readFileSync(name));
    };
    const pendingScopes = new Set(Object.keys(pending?.hashes ?? {}));
    for (const [scope, hash] of expected) {
      if (pendingScopes.has(scope)) continue;
      report.scopesChecked += 1;
      const actual = read(scope);
      if (actual !== hash)
        report.lost.push(`${scope}: acknowledged ${hash.slice(0, 12)}, found ${actual.slice(0, 12)}`);
    }
    if (pending) {
      const actual = new Map([...pendingScopes].map((scope) => [scope, read(scope)] as const));
      report.scopesChecked += actual.size;
      const before = [...actual].every(([scope, hash]) => hash === (expected.get(scope) ?? ABSENT));
      const after = [...actual].every(([scope, hash]) => hash === pending.hashes[scope]);
      if (after && !before) report.pendingCommitted = true;
      else if (!before && !after) {
        for (const [scope, hash] of actual) {
          report.partial.push(
            `tx ${pending.tx} (${pending.operation}) ${scope}: found ${hash.slice(0, 12)}, before ${(expected.get(scope) ?? ABSENT).slice(0, 12)}, after ${(pending.hashes[scope] ?? '').slice(0, 12)}`,
          );
        }
      }
    }
    return report;
  } finally {
    notebook.close();
  }
}
