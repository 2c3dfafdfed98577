/** Reading a serialized Lexical state without trusting it: every field is checked before it is used. */

export type LexicalRecord = Record<string, unknown>;

/** Deeper nesting than this is not walked (a hostile or broken document must not overflow the stack). */
export const MAX_DEPTH = 100;

export function isRecord(value: unknown): value is LexicalRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function childrenOf(node: LexicalRecord): LexicalRecord[] {
  return Array.isArray(node.children) ? node.children.filter(isRecord) : [];
}

export function rootBlocks(state: LexicalRecord | null): LexicalRecord[] {
  if (state === null || !isRecord(state.root)) return [];
  return childrenOf(state.root);
}

export function stringField(node: LexicalRecord, key: string): string {
  const value = node[key];
  return typeof value === 'string' ? value : '';
}

/** Lexical's text format bits. */
export const FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const;

export function hasFormat(node: LexicalRecord, bit: number): boolean {
  return typeof node.format === 'number' && (node.format & bit) !== 0;
}

/** The level (1–6) of a heading node's tag, 2 when the tag is missing or strange. */
export function headingLevel(node: LexicalRecord): number {
  const match = /^h([1-6])$/.exec(stringField(node, 'tag'));
  return match ? Number(match[1]) : 2;
}

/** Links keep only addresses a reader can follow safely; anything else (javascript:, data:) is dropped. */
export function safeLinkUrl(url: string): string | null {
  const trimmed = url.trim();
  return /^(https?:|mailto:)/i.test(trimmed) ? trimmed : null;
}

/** A list item whose only content is a nested list (how Lexical nests lists). */
export function nestedListOf(item: LexicalRecord): LexicalRecord | null {
  const children = childrenOf(item);
  const [only] = children;
  return children.length === 1 && only !== undefined && only.type === 'list' ? only : null;
}
