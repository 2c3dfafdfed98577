import { useEffect, useSyncExternalStore } from 'react';
import type { CasebookBridge } from '../../../shared/contract/bridge.ts';
import type { CodebookEntry } from '../../../shared/contract/codebook.ts';
import { BENOIT_STRATEGIES, CRISIS_TYPES, SCCT_STRATEGIES } from '../../../shared/domain/codebook.ts';

/**
 * The notebook's codebook, fetched once for the whole window and again when a write changes it, so that
 * every picker shows renamed labels and hides retired codes without a request per picker. Until it has
 * loaded (or where the notebook cannot answer), the built-in codebook stands in.
 */
const WATCHED = new Set(['custom_codes', 'code_overrides']);

let bridgeInUse: CasebookBridge | null = null;
let entries: readonly CodebookEntry[] | null = null;
let stopWatching: (() => void) | null = null;
let generation = 0;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function load(bridge: CasebookBridge): void {
  const mine = ++generation;
  void bridge
    .call('codebook.get', {})
    .then((result) => {
      if (mine !== generation || bridge !== bridgeInUse || !result.ok) return;
      entries = result.value.codes;
      notify();
    })
    .catch(() => undefined);
}

function ensureLoaded(): void {
  const bridge = (window as { casebook?: CasebookBridge }).casebook ?? null;
  if (bridge === null || bridge === bridgeInUse) return;
  stopWatching?.();
  bridgeInUse = bridge;
  entries = null;
  const stopTables = bridge.on('tables-changed', ({ tables }) => {
    if (tables.some((table) => WATCHED.has(table))) load(bridge);
  });
  // Another notebook opened in the same window has its own codebook.
  const stopOpened = bridge.on('notebook-opened', () => load(bridge));
  stopWatching = () => {
    stopTables();
    stopOpened();
  };
  load(bridge);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const BUILT_IN_ENTRIES: readonly CodebookEntry[] = [
  ...CRISIS_TYPES.map((code) => entry('crisis-type', code, { cluster: code.cluster })),
  ...SCCT_STRATEGIES.map((code) => entry('scct-strategy', code, { posture: code.posture })),
  ...BENOIT_STRATEGIES.map((code) => entry('benoit-strategy', code, { family: code.family, scct: code.scct })),
];

function entry(
  kind: CodebookEntry['kind'],
  code: { id: string; label: string; definition: string; example: string },
  extra: Partial<CodebookEntry>,
): CodebookEntry {
  return {
    kind,
    id: code.id,
    label: code.label,
    definition: code.definition,
    example: code.example,
    posture: null,
    family: null,
    scct: null,
    cluster: null,
    builtIn: true,
    builtInLabel: null,
    retired: false,
    uses: 0,
    ...extra,
  };
}

/** Every code of the notebook's codebook (the built-in codebook until the notebook has answered). */
export function useCodebook(): readonly CodebookEntry[] {
  useEffect(ensureLoaded, []);
  return useSyncExternalStore(subscribe, () => entries ?? BUILT_IN_ENTRIES);
}

/** The codes of one kind. */
export function codesOfKind(codes: readonly CodebookEntry[], kind: CodebookEntry['kind']): CodebookEntry[] {
  return codes.filter((code) => code.kind === kind);
}
