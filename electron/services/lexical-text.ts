/** The plain text of a serialized Lexical state: blocks separated by blank lines, citations left out. */
export function lexicalPlainText(state: Record<string, unknown> | null): string {
  if (state === null) return '';
  const root = state.root as { children?: unknown[] } | undefined;
  const blocks = (root?.children ?? []).map(inlineText).map((block) => block.trim());
  return blocks.filter((block) => block.length > 0).join('\n\n');
}

/** The same text the window saves (renderer/editor/narrative-text.ts): list items and table rows on lines of their own, cells tab-separated. */
const LINE_PER_CHILD = new Set(['list', 'table', 'tablerow']);

function inlineText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const record = node as { type?: unknown; text?: unknown; children?: unknown };
  if (record.type === 'text' && typeof record.text === 'string') return record.text;
  if (record.type === 'linebreak') return '\n';
  if (record.type === 'tab') return '\t';
  if (!Array.isArray(record.children)) return '';
  const parts = record.children.map(inlineText);
  if (record.type === 'tablerow') return parts.map((part) => part.trim()).join('\t');
  return parts.join(LINE_PER_CHILD.has(String(record.type)) ? '\n' : '');
}
