import type { CodebookEntry } from '../../shared/contract/codebook.ts';
import type { ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { BENOIT_STRATEGIES, CRISIS_TYPES, SCCT_STRATEGIES, type Posture } from '../../shared/domain/codebook.ts';
import { getCodeOverride, listCodeOverrides, putCodeOverride, type CodeOverride } from '../store/code-overrides.ts';
import {
  codeUseCounts,
  getStoredCustomCode,
  insertCustomCode,
  listCustomCodes,
  setCustomCodeRetired,
  updateCustomCode,
  type CodeKind,
  type StoredCustomCode,
} from '../store/custom-codes.ts';
import type { NotebookDb } from '../store/database.ts';
import { nowTimestamp } from '../store/ids.ts';
import { CODE_KIND_DESCRIPTIONS, isBuiltInCode } from './codes.ts';
import { conflict, invalid } from './errors.ts';

const KIND_ORDER: readonly CodeKind[] = ['crisis-type', 'scct-strategy', 'benoit-strategy'];

interface BuiltInCode {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
  readonly example?: string;
  readonly posture?: Posture;
  readonly family?: string;
  readonly scct?: string;
  readonly cluster?: CodebookEntry['cluster'];
}

const BUILT_IN_CODES: Record<CodeKind, readonly BuiltInCode[]> = {
  'crisis-type': CRISIS_TYPES,
  'scct-strategy': SCCT_STRATEGIES,
  'benoit-strategy': BENOIT_STRATEGIES,
};

function builtInCode(kind: CodeKind, id: string): BuiltInCode | undefined {
  return BUILT_IN_CODES[kind].find((code) => code.id === id);
}

function builtInEntry(
  kind: CodeKind,
  code: BuiltInCode,
  override: CodeOverride | undefined,
  uses: number,
): CodebookEntry {
  return {
    kind,
    id: code.id,
    label: override?.label ?? code.label,
    definition: override?.definition ?? code.definition,
    example: code.example ?? '',
    posture: code.posture ?? null,
    family: code.family ?? null,
    scct: code.scct ?? null,
    cluster: code.cluster ?? null,
    builtIn: true,
    builtInLabel: override?.label != null && override.label !== code.label ? code.label : null,
    retired: (override?.retiredAt ?? null) !== null,
    uses,
  };
}

function customEntry(code: StoredCustomCode, uses: number): CodebookEntry {
  return {
    kind: code.kind,
    id: code.id,
    label: code.label,
    definition: code.definition,
    example: code.example,
    posture: code.kind === 'scct-strategy' ? code.posture : null,
    family: null,
    scct: null,
    cluster: null,
    builtIn: false,
    builtInLabel: null,
    retired: code.retiredAt !== null,
    uses,
  };
}

/** Every code of every kind: the built-in ones with this notebook's changes, then the notebook's own by id. */
export function getCodebook(db: NotebookDb): ResponseOf<'codebook.get'> {
  const uses = codeUseCounts(db);
  const overrides = new Map(listCodeOverrides(db).map((override) => [`${override.kind} ${override.id}`, override]));
  const custom = listCustomCodes(db);
  const codes: CodebookEntry[] = [];
  for (const kind of KIND_ORDER) {
    for (const code of BUILT_IN_CODES[kind])
      codes.push(builtInEntry(kind, code, overrides.get(`${kind} ${code.id}`), uses.get(`${kind} ${code.id}`) ?? 0));
    for (const code of custom.filter((each) => each.kind === kind && !isBuiltInCode(kind, each.id)))
      codes.push(customEntry(code, uses.get(`${kind} ${code.id}`) ?? 0));
  }
  return { codes };
}

function entryOf(db: NotebookDb, kind: CodeKind, id: string): CodebookEntry {
  const found = getCodebook(db).codes.find((code) => code.kind === kind && code.id === id);
  if (!found) throw invalid('id', `"${id}" is not ${CODE_KIND_DESCRIPTIONS[kind]} in this notebook's codebook`);
  return found;
}

/** Another code of the same kind already shown under this label would make the pickers ambiguous. */
function checkLabelFree(db: NotebookDb, kind: CodeKind, id: string, label: string): void {
  const wanted = label.toLocaleLowerCase();
  const taken = getCodebook(db).codes.find(
    (code) => code.kind === kind && code.id !== id && code.label.toLocaleLowerCase() === wanted,
  );
  if (taken)
    throw conflict(`label: "${taken.label}" is already the label of the code "${taken.id}"; choose another label.`);
}

/** Adds a custom code, or renames / redefines an existing one (a built-in code through the notebook's override). */
export function saveCode(
  db: NotebookDb,
  request: ParsedRequestOf<'codebook.saveCode'>,
): ResponseOf<'codebook.saveCode'> {
  const { kind, id } = request;
  const label = request.label.trim();
  if (label === '') throw invalid('label', 'must not be empty');
  const definition = request.definition?.trim();
  const example = request.example?.trim();
  if (request.posture != null && kind !== 'scct-strategy')
    throw invalid('posture', 'only SCCT response strategies have a posture');
  const builtIn = builtInCode(kind, id);
  const custom = builtIn ? undefined : getStoredCustomCode(db, kind, id);

  if (request.create) {
    if (builtIn || custom) {
      const shown = builtIn ? entryOf(db, kind, id).label : custom?.label;
      throw conflict(
        `id: "${id}" is already ${CODE_KIND_DESCRIPTIONS[kind]} in this codebook ("${shown}"); choose another id.`,
      );
    }
    checkLabelFree(db, kind, id, label);
    insertCustomCode(db, {
      kind,
      id,
      label,
      definition: definition ?? '',
      example: example ?? '',
      posture: kind === 'scct-strategy' ? (request.posture ?? null) : null,
    });
    return entryOf(db, kind, id);
  }

  if (builtIn) {
    if (request.posture !== undefined && request.posture !== (builtIn.posture ?? null))
      throw invalid(
        'posture',
        `the posture of the built-in strategy "${builtIn.label}" is part of SCCT and cannot change`,
      );
    if (example !== undefined && example !== (builtIn.example ?? ''))
      throw invalid('example', 'a built-in code keeps its example; add a code of your own to give another one');
    checkLabelFree(db, kind, id, label);
    const current = getCodeOverride(db, kind, id);
    const nextDefinition = definition === undefined ? (current?.definition ?? null) : definition;
    putCodeOverride(
      db,
      {
        kind,
        id,
        label: label === builtIn.label ? null : label,
        definition: nextDefinition === null || nextDefinition === builtIn.definition ? null : nextDefinition,
        retiredAt: current?.retiredAt ?? null,
      },
      nowTimestamp(),
    );
    return entryOf(db, kind, id);
  }

  if (!custom)
    throw invalid(
      'id',
      `"${id}" is not ${CODE_KIND_DESCRIPTIONS[kind]} in this notebook's codebook; add it as a new code`,
    );
  checkLabelFree(db, kind, id, label);
  updateCustomCode(db, {
    kind,
    id,
    label,
    definition: definition ?? custom.definition,
    example: example ?? custom.example,
    posture: kind === 'scct-strategy' ? (request.posture === undefined ? custom.posture : request.posture) : null,
  });
  return entryOf(db, kind, id);
}

function setRetired(db: NotebookDb, kind: CodeKind, id: string, retired: boolean): CodebookEntry {
  const at = nowTimestamp();
  const builtIn = builtInCode(kind, id);
  if (builtIn) {
    const current = getCodeOverride(db, kind, id);
    putCodeOverride(
      db,
      {
        kind,
        id,
        label: current?.label ?? null,
        definition: current?.definition ?? null,
        retiredAt: retired ? (current?.retiredAt ?? at) : null,
      },
      at,
    );
  } else {
    const custom = getStoredCustomCode(db, kind, id);
    if (!custom) throw invalid('id', `"${id}" is not ${CODE_KIND_DESCRIPTIONS[kind]} in this notebook's codebook`);
    setCustomCodeRetired(db, kind, id, retired ? (custom.retiredAt ?? at) : null);
  }
  return entryOf(db, kind, id);
}

/** Retiring keeps every past coding; the code is no longer offered, and checkCode refuses it for new codings. */
export function retireCode(
  db: NotebookDb,
  request: ParsedRequestOf<'codebook.retireCode'>,
): ResponseOf<'codebook.retireCode'> {
  return setRetired(db, request.kind, request.id, true);
}

export function restoreCode(
  db: NotebookDb,
  request: ParsedRequestOf<'codebook.restoreCode'>,
): ResponseOf<'codebook.restoreCode'> {
  return setRetired(db, request.kind, request.id, false);
}
