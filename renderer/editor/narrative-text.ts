/**
 * The narrative's plain text, computed from its serialized Lexical state when it is saved: blocks
 * separated by blank lines, list items and table rows on lines of their own, citations left out (as
 * the services do for the sample case; the text feeds search, where "[1]" is noise).
 */
type SerializedNode = { readonly type?: unknown; readonly text?: unknown; readonly children?: unknown };

const LINE_PER_CHILD = new Set(['list', 'table', 'tablerow']);

function inlineText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const record = node as SerializedNode;
  if (record.type === 'text' && typeof record.text === 'string') return record.text;
  if (record.type === 'linebreak') return '\n';
  if (record.type === 'tab') return '\t';
  if (!Array.isArray(record.children)) return '';
  const parts = record.children.map(inlineText);
  if (record.type === 'tablerow') return parts.map((part) => part.trim()).join('\t');
  return parts.join(LINE_PER_CHILD.has(String(record.type)) ? '\n' : '');
}

export function narrativePlainText(state: { readonly root?: unknown } | null): string {
  if (state === null) return '';
  const root = state.root as SerializedNode | undefined;
  const blocks = Array.isArray(root?.children) ? root.children : [];
  return blocks
    .map((block) => inlineText(block).trim())
    .filter((block) => block.length > 0)
    .join('\n\n');
}
