import type { Citation } from '../../shared/domain/case-document.ts';

/** The serialized shape of an inline citation in the narrative's Lexical state. */
export interface SerializedCitationNode {
  readonly type: 'citation';
  readonly version: 1;
  readonly sourceId: string;
  readonly locator: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCitationNode(node: Record<string, unknown>): boolean {
  return node.type === 'citation' && typeof node.sourceId === 'string';
}

/** Every citation node in a serialized Lexical state, in document order. */
export function lexicalCitations(state: Record<string, unknown> | null): Citation[] {
  const found: Citation[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (!isRecord(node) || depth > 200) return;
    if (isCitationNode(node)) {
      found.push({
        sourceId: node.sourceId as string,
        locator: typeof node.locator === 'string' ? node.locator : null,
      });
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child, depth + 1);
  };
  if (state) visit(state.root, 0);
  return found;
}

/** A copy of the state with the sourceId of every citation node passed through rename. */
export function renameLexicalSources(
  state: Record<string, unknown> | null,
  rename: (sourceId: string) => string,
): Record<string, unknown> | null {
  if (state === null) return null;
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (!isRecord(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = copy(value);
    if (isCitationNode(node)) out.sourceId = rename(node.sourceId as string);
    return out;
  };
  return copy(state) as Record<string, unknown>;
}
