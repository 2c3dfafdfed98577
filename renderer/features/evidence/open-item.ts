import type { OpenItemKind } from '../../app-events.ts';
import type { SectionId } from '../case/sections.ts';

export const SECTION_OF: Readonly<Record<OpenItemKind, SectionId>> = {
  issueRow: 'issues',
  event: 'timeline',
  quote: 'quotes',
  fact: 'facts',
  narrative: 'narrative',
  lesson: 'lessons',
  case: 'overview',
};

/**
 * Once its section has rendered, scrolls to the item's row and puts the caret in its first field (a
 * table row: its first cell). Rows are found by data-item-id (quotes, facts), data-event-id,
 * data-lesson-id or data-row-id (issue rows); for the narrative showing the section is all it does.
 */
export function focusItemSoon(itemId: string, attempts = 10): void {
  const quoted = `"${itemId.replace(/["\\]/g, '\\$&')}"`;
  const row = document.querySelector<HTMLElement>(
    // :not(button): the timeline strip's markers carry data-event-id too, and hold no field to focus.
    ['data-item-id', 'data-event-id', 'data-lesson-id', 'data-row-id']
      .map((name) => `[${name}=${quoted}]:not(button)`)
      .join(', '),
  );
  if (row) {
    if (typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'center' });
    row.querySelector<HTMLElement>('[role="gridcell"], textarea, input, [contenteditable="true"], button')?.focus();
    return;
  }
  if (attempts > 0) requestAnimationFrame(() => focusItemSoon(itemId, attempts - 1));
}
