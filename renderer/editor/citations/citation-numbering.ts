import type { LexicalEditor } from 'lexical';

/**
 * Citation markers are numbered per source, by the order in which each source is first cited in the
 * document. The numbering of each editor is computed off the typing path (when citation nodes are
 * created, moved or destroyed) and kept here, so a marker's text and label are a map lookup.
 */
export type CitationNumbering = ReadonlyMap<string, number>;

const numberings = new WeakMap<LexicalEditor, CitationNumbering>();
const listeners = new WeakMap<LexicalEditor, Set<() => void>>();

export function numberingOf(editor: LexicalEditor): CitationNumbering | undefined {
  return numberings.get(editor);
}

function sameNumbering(a: CitationNumbering | undefined, b: CitationNumbering): boolean {
  if (a === undefined || a.size !== b.size) return false;
  for (const [sourceId, number] of b) if (a.get(sourceId) !== number) return false;
  return true;
}

/** Stores a numbering; tells the markers of that editor only when it differs from the previous one. */
export function setNumbering(editor: LexicalEditor, numbering: CitationNumbering): void {
  if (sameNumbering(numberings.get(editor), numbering)) return;
  numberings.set(editor, numbering);
  for (const listener of listeners.get(editor) ?? []) listener();
}

export function subscribeToNumbering(editor: LexicalEditor, listener: () => void): () => void {
  const set = listeners.get(editor) ?? new Set();
  set.add(listener);
  listeners.set(editor, set);
  return () => set.delete(listener);
}
