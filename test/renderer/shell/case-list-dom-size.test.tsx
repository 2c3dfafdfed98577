import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderShell } from './render-shell.tsx';
import { seedCases } from './seed-cases.ts';

/** The goal for the case list with 10,000 cases (the benchmark prints the real figure). */
const MAX_LIST_NODES = 1_400;

function countNodes(root: Node): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) count++;
  return count;
}

describe('case list size', () => {
  it('creates fewer than 1,400 DOM nodes for a notebook of 10,000 cases, reading one page', async () => {
    renderShell(({ notebook }) => {
      // Only the newest cases (the ones on screen) get every field; the rest are there to be paged past.
      seedCases(notebook, 10_000, (index) =>
        index < 9_900
          ? { title: `Case ${index}` }
          : {
              title: `Case ${index}: a product recall with a rather long title that needs an ellipsis`,
              status: index % 3 === 0 ? 'final' : 'draft',
              startedOn: `${2000 + (index % 25)}-0${1 + (index % 9)}`,
              tags: [
                { name: `tag-${index % 40}`, color: '#3b82f6' },
                { name: 'food safety', color: null },
                { name: 'china', color: null },
              ],
            },
      );
    });
    const list = await screen.findByRole('list', { name: 'Cases' });
    await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(10));
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeLessThan(60);
    expect(items[0]!.getAttribute('aria-setsize')).toBe('-1');
    const nodes = countNodes(list.closest('.case-list')!);
    expect(nodes).toBeLessThan(MAX_LIST_NODES);
  }, 60_000);
});
