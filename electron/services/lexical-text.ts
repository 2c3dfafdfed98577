/** The plain text of a serialized Lexical state: blocks separated by blank lines, citations left out. */
export function lexicalPlainText(state: Record<string, unknown> | null): string {
  if (state === null) return '';
  const root = state.root as { children?: unknown[] } | undefined;
  const blocks = (root?.children ?? []).map(inlineText).map((block) => block.trim());
  return blocks.filter((block) => block.length > 0).join('\n\n');
}

function inlineText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const record = node as { type?: unknown; text?: unknown; children?: unknown };
  if (record.type === 'text' && typeof record.text === 'string') return record.text;
  if (record.type === 'linebreak') return '\n';
  if (Array.isArray(record.children)) {
    const parts = record.children.map(inlineText);
    const isBlockList = record.type === 'list';
    return parts.join(isBlockList ? '\n' : '');
  }
  return '';
}
