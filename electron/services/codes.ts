import { BENOIT_STRATEGY_IDS, CRISIS_TYPE_IDS, SCCT_STRATEGY_IDS } from '../../shared/domain/codebook.ts';
import { getCustomCode, type CodeKind } from '../store/custom-codes.ts';
import type { NotebookDb } from '../store/database.ts';
import { invalid } from './errors.ts';

const BUILT_IN: Record<CodeKind, readonly string[]> = {
  'crisis-type': CRISIS_TYPE_IDS,
  'scct-strategy': SCCT_STRATEGY_IDS,
  'benoit-strategy': BENOIT_STRATEGY_IDS,
};

const DESCRIPTIONS: Record<CodeKind, string> = {
  'crisis-type': 'a crisis type',
  'scct-strategy': 'an SCCT response strategy',
  'benoit-strategy': 'a Benoit image repair strategy',
};

export function isBuiltInCode(kind: CodeKind, id: string): boolean {
  return BUILT_IN[kind].includes(id);
}

export function isKnownCode(db: NotebookDb, kind: CodeKind, id: string): boolean {
  return isBuiltInCode(kind, id) || getCustomCode(db, kind, id) !== undefined;
}

/** A code given in a request must be built in or in the notebook's own codebook. */
export function checkCode(db: NotebookDb, kind: CodeKind, id: string | null | undefined, field: string): void {
  if (id === null || id === undefined) return;
  if (!isKnownCode(db, kind, id))
    throw invalid(field, `"${id}" is not ${DESCRIPTIONS[kind]} in this notebook's codebook`);
}

export function checkStrategies(
  db: NotebookDb,
  fields: { strategy?: string | null; benoit?: string | null },
  prefix: string,
): void {
  checkCode(db, 'scct-strategy', fields.strategy, `${prefix}.strategy`);
  checkCode(db, 'benoit-strategy', fields.benoit, `${prefix}.benoit`);
}
