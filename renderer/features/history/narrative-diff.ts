import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** Long unchanged stretches shrink to their ends, so the changes stand out. */
const CONTEXT_CHARS = 160;

/** The words added and removed between two narrative texts, with unchanged text shortened around them. */
export function narrativeDiff(before: string, after: string): DiffPart[] {
  const parts = diffWordsWithSpace(before, after).map((change): DiffPart => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
  return parts.map((part, index) => {
    if (part.kind !== 'same' || part.text.length <= CONTEXT_CHARS * 2) return part;
    const first = index === 0;
    const last = index === parts.length - 1;
    const head = first ? '' : part.text.slice(0, CONTEXT_CHARS);
    const tail = last ? '' : part.text.slice(-CONTEXT_CHARS);
    return { kind: 'same', text: `${head} … ${tail}` };
  });
}

export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== 'same');
}
