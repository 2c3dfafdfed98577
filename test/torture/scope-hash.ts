import { createHash } from 'node:crypto';
import type { NotebookDb } from '../../electron/store/database.ts';
import { dispatch } from '../../electron/services/dispatch.ts';

/**
 * A scope is what one transaction can change, named so the checker can read it back later:
 * `case:ID` (the whole case document), `source:ID` (the source with its snapshot), `file:PATH` (a backup).
 */
export type Scope = string;

export const caseScope = (id: string): Scope => `case:${id}`;
export const sourceScope = (id: string): Scope => `source:${id}`;

/** The hash a scope has when it holds nothing (never created, or a transaction that did not commit). */
export const ABSENT = 'absent';

/**
 * Reads a case or source back through the contract, exactly as the window would, and hashes it. A case in the
 * trash reads as 'not-found' and hashes as such, so a delete is a state like any other.
 */
export function hashScope(db: NotebookDb, scope: Scope): string {
  const [kind, id] = splitScope(scope);
  const procedure = kind === 'case' ? 'cases.get' : kind === 'source' ? 'sources.get' : null;
  if (!procedure) throw new Error(`hashScope cannot read ${scope}`);
  const result = dispatch(db, procedure, { id });
  if (!result.ok) return result.error.code === 'not-found' ? ABSENT : `error:${result.error.code}`;
  return sha256(JSON.stringify(result.value));
}

export function splitScope(scope: Scope): [string, string] {
  const colon = scope.indexOf(':');
  return [scope.slice(0, colon), scope.slice(colon + 1)];
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
