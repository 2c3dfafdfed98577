/**
 * The sentence around each citation node of a serialized Lexical narrative, in the order lexicalCitations
 * finds the nodes (depth first), so that "cited by" can show the words a citation supports.
 */
const MARK = '\u0000';
const INLINE_TYPES = new Set(['link', 'autolink', 'mark', 'hashtag']);
const SENTENCE_END = /[.!?。！？…]/u;

interface LexicalNode {
  readonly type?: unknown;
  readonly text?: unknown;
  readonly children?: unknown;
  readonly sourceId?: unknown;
}

export function narrativeCitationContexts(state: Record<string, unknown> | null): string[] {
  const contexts: string[] = [];
  const block = (node: LexicalNode, depth: number): void => {
    const buffer: string[] = [];
    const marks: number[] = [];
    const inline = (child: unknown, level: number): void => {
      if (typeof child !== 'object' || child === null || level > 200) return;
      const record = child as LexicalNode;
      if (record.type === 'citation' && typeof record.sourceId === 'string') {
        marks.push(contexts.length + marks.length);
        buffer.push(MARK);
      } else if (record.type === 'text' && typeof record.text === 'string') {
        buffer.push(record.text.replaceAll(MARK, ''));
      } else if (record.type === 'linebreak') {
        buffer.push(' ');
      } else if (Array.isArray(record.children)) {
        if (typeof record.type === 'string' && INLINE_TYPES.has(record.type)) {
          for (const grandchild of record.children) inline(grandchild, level + 1);
        } else {
          flush();
          block(record, level + 1);
        }
      }
    };
    const flush = (): void => {
      const text = buffer.join('');
      buffer.length = 0;
      let from = 0;
      for (const _ of marks) {
        const at = text.indexOf(MARK, from);
        contexts.push(sentenceAround(text, at));
        from = at + 1;
      }
      marks.length = 0;
    };
    if (Array.isArray(node.children)) for (const child of node.children) inline(child, depth + 1);
    flush();
  };
  const root = state?.root;
  if (typeof root === 'object' && root !== null) block(root, 0);
  return contexts;
}

/** The sentence a citation mark at `at` belongs to: the one it closes, or the one it sits in. */
function sentenceAround(text: string, at: number): string {
  const before = text.slice(0, at).trimEnd();
  const closesSentence = before.length > 0 && SENTENCE_END.test(before.at(-1) ?? '');
  let start = 0;
  for (let i = before.length - (closesSentence ? 2 : 1); i >= 0; i--) {
    if (SENTENCE_END.test(before.charAt(i))) {
      start = i + 1;
      break;
    }
  }
  let sentence = before.slice(start);
  if (!closesSentence) {
    const after = text.slice(at + 1);
    const end = after.search(SENTENCE_END);
    sentence += end === -1 ? after : after.slice(0, end + 1);
  }
  return sentence.replaceAll(MARK, '').replace(/\s+/g, ' ').trim();
}
