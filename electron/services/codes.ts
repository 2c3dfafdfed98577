import { BENOIT_STRATEGY_IDS, CRISIS_TYPE_IDS, SCCT_STRATEGY_IDS } from '../../shared/domain/codebook.ts';
import { getCodeOverride } from '../store/code-overrides.ts';
import { getStoredCustomCode, type CodeKind } from '../store/custom-codes.ts';
import type { NotebookDb } from '../store/database.ts';
import { invalid } from './errors.ts';

const BUILT_IN: Record<CodeKind, readonly string[]> = {
  'crisis-type': CRISIS_TYPE_IDS,
  'scct-strategy': SCCT_STRATEGY_IDS,
  'benoit-strategy': BENOIT_STRATEGY_IDS,
};

export const CODE_KIND_DESCRIPTIONS: Record<CodeKind, string> = {
  'crisis-type': 'a crisis type',
  'scct-strategy': 'an SCCT response strategy',
  'benoit-strategy': 'a Benoit image repair strategy',
};

export function isBuiltInCode(kind: CodeKind, id: string): boolean {
  return BUILT_IN[kind].includes(id);
}

export function isKnownCode(db: NotebookDb, kind: CodeKind, id: string): boolean {
  return isBuiltInCode(kind, id) || getStoredCustomCode(db, kind, id) !== undefined;
}

/** Whether the notebook retired the code (built in, through its override; or its own). */
export function isRetiredCode(db: NotebookDb, kind: CodeKind, id: string): boolean {
  if (isBuiltInCode(kind, id)) return (getCodeOverride(db, kind, id)?.retiredAt ?? null) !== null;
  return (getStoredCustomCode(db, kind, id)?.retiredAt ?? null) !== null;
}

/**
 * A code given in a request must be built in or in the notebook's own codebook, and not retired unless the
 * item already carries it (`current`): retiring keeps past codings but stops new ones.
 */
export function checkCode(
  db: NotebookDb,
  kind: CodeKind,
  id: string | null | undefined,
  field: string,
  current?: string | null,
): void {
  if (id === null || id === undefined) return;
  if (!isKnownCode(db, kind, id))
    throw invalid(field, `"${id}" is not ${CODE_KIND_DESCRIPTIONS[kind]} in this notebook's codebook`);
  if (id !== current && isRetiredCode(db, kind, id))
    throw invalid(
      field,
      `"${id}" is retired in this notebook's codebook: items coded with it keep it, but it cannot be chosen for new codings (restore it in the codebook first)`,
    );
}

export function checkStrategies(
  db: NotebookDb,
  fields: { strategy?: string | null; benoit?: string | null },
  prefix: string,
  current?: { strategy: string | null; benoit: string | null },
): void {
  checkCode(db, 'scct-strategy', fields.strategy, `${prefix}.strategy`, current?.strategy);
  checkCode(db, 'benoit-strategy', fields.benoit, `${prefix}.benoit`, current?.benoit);
}
