import type { OpenItemKind } from '../../app-events.ts';
import type { SectionId } from '../case/sections.ts';

export const SECTION_OF: Readonly<Record<OpenItemKind, SectionId>> = {
  issueRow: 'issues',
  event: 'timeline',
  quote: 'quotes',
  fact: 'facts',
  narrative: 'narrative',
};

/**
 * Once its section has rendered, scrolls to the item's row and puts the caret in its first field. Rows
 * that carry data-item-id (quotes, facts) can be found; for others showing the section is all it does.
 */
export function focusItemSoon(itemId: string, attempts = 10): void {
  const row = document.querySelector<HTMLElement>(`[data-item-id="${itemId.replace(/["\\]/g, '\\$&')}"]`);
  if (row) {
    if (typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'center' });
    row.querySelector<HTMLElement>('textarea, input, [contenteditable="true"], button')?.focus();
    return;
  }
  if (attempts > 0) requestAnimationFrame(() => focusItemSoon(itemId, attempts - 1));
}
