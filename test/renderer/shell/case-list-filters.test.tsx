import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderShell } from './render-shell.tsx';
import { seedCases } from './seed-cases.ts';
import { CASE_ROW_HEIGHT } from '../../../renderer/features/case-list/case-list-layout.ts';

/** Oldest first in creation order, so the list (newest first) shows them reversed. */
const CASES = [
  {
    title: 'Baby formula recall',
    status: 'final',
    crisisType: 'human-error-product-harm',
    startedOn: '2008-09',
    tags: [
      { name: 'recall', color: null },
      { name: 'food safety', color: null },
    ],
  },
  {
    title: 'Airline passenger dragged',
    status: 'review',
    crisisType: 'management-misconduct',
    startedOn: '2017-04-09',
    tags: [{ name: 'aviation', color: null }],
  },
  {
    title: 'Xiaomi KOL controversy',
    status: 'draft',
    crisisType: 'rumor',
    startedOn: '2026-01',
    tags: [{ name: 'kol', color: null }],
  },
  {
    title: 'Cola contamination scare',
    status: 'final',
    crisisType: 'rumor',
    startedOn: '1999-06',
    tags: [{ name: 'recall', color: null }],
  },
] as const;

function seed() {
  return renderShell(({ notebook }) => {
    seedCases(notebook, CASES.length, (index) => ({ ...CASES[index]!, tags: [...CASES[index]!.tags] }));
  });
}

async function shownTitles(): Promise<string[]> {
  const list = screen.getByRole('list', { name: 'Cases' });
  return within(list)
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('.case-list-title')!.textContent);
}

async function expectTitles(titles: string[]): Promise<void> {
  await waitFor(async () => expect(await shownTitles()).toEqual(titles));
}

describe('case list filters and sorting', () => {
  it('lists newest first with status, dates and tags', async () => {
    seed();
    await screen.findByRole('list', { name: 'Cases' });
    await expectTitles([
      'Cola contamination scare',
      'Xiaomi KOL controversy',
      'Airline passenger dragged',
      'Baby formula recall',
    ]);
    const first = within(screen.getByRole('list', { name: 'Cases' })).getAllByRole('listitem')[3]!;
    expect(first.textContent).toContain('Final');
    expect(first.textContent).toContain('September 2008');
    expect(first.textContent).toContain('recall');
    expect(first.textContent).toContain('food safety');
  });

  it('narrows by status, tag, crisis cluster and year, and clears them', async () => {
    const { user } = seed();
    await expectTitles([
      'Cola contamination scare',
      'Xiaomi KOL controversy',
      'Airline passenger dragged',
      'Baby formula recall',
    ]);
    const filtersButton = screen.getByRole('button', { name: 'Filters' });
    await user.click(filtersButton);
    expect(filtersButton.getAttribute('aria-expanded')).toBe('true');
    const filters = screen.getByRole('group', { name: 'Filters' });

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Status' }), 'final');
    await expectTitles(['Cola contamination scare', 'Baby formula recall']);

    // The tag choices come from the notebook's tags, with how many cases carry each.
    const tag = within(filters).getByRole('combobox', { name: 'Tag' });
    await waitFor(() => expect(within(tag).getByRole('option', { name: 'food safety (1)' })).toBeTruthy());
    await user.selectOptions(tag, 'food safety');
    await expectTitles(['Baby formula recall']);

    await user.click(within(filters).getByRole('button', { name: 'Clear filters' }));
    await expectTitles([
      'Cola contamination scare',
      'Xiaomi KOL controversy',
      'Airline passenger dragged',
      'Baby formula recall',
    ]);

    await user.selectOptions(within(filters).getByRole('combobox', { name: 'Crisis cluster' }), 'victim');
    await expectTitles(['Cola contamination scare', 'Xiaomi KOL controversy']);
    await user.type(within(filters).getByRole('textbox', { name: 'Year' }), '2026');
    await expectTitles(['Xiaomi KOL controversy']);
    expect(screen.getByRole('button', { name: 'Filters, 2 active' })).toBeTruthy();
  });

  it('says so when nothing matches the filters', async () => {
    const { user } = seed();
    await expectTitles([
      'Cola contamination scare',
      'Xiaomi KOL controversy',
      'Airline passenger dragged',
      'Baby formula recall',
    ]);
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '1950');
    await expectTitles([]);
    expect(screen.getByText('No cases match these filters.')).toBeTruthy();
  });

  it('filters by title or tag through the filter box, together with the filters', async () => {
    const { user } = seed();
    await expectTitles([
      'Cola contamination scare',
      'Xiaomi KOL controversy',
      'Airline passenger dragged',
      'Baby formula recall',
    ]);
    await user.type(screen.getByRole('textbox', { name: 'Filter cases' }), 'recall');
    // "recall" is in one title and in two cases' tags.
    await expectTitles(['Cola contamination scare', 'Baby formula recall']);
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Crisis cluster' }), 'accidental');
    await expectTitles([]);
    expect(screen.getByText('No cases match “recall” with these filters.')).toBeTruthy();
  });

  it('sorts by title and by start date', async () => {
    const { user } = seed();
    await expectTitles([
      'Cola contamination scare',
      'Xiaomi KOL controversy',
      'Airline passenger dragged',
      'Baby formula recall',
    ]);
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    await user.selectOptions(sort, 'title');
    await expectTitles([
      'Airline passenger dragged',
      'Baby formula recall',
      'Cola contamination scare',
      'Xiaomi KOL controversy',
    ]);
    await user.selectOptions(sort, 'started');
    await expectTitles([
      'Xiaomi KOL controversy',
      'Airline passenger dragged',
      'Baby formula recall',
      'Cola contamination scare',
    ]);
  });

  it('pages through a long list with the opaque cursor, in the chosen order', async () => {
    const { bridge } = renderShell(({ notebook }) => {
      seedCases(notebook, 130, (index) => ({ title: `Case ${String(index).padStart(3, '0')}` }));
    });
    const list = await screen.findByRole('list', { name: 'Cases' });
    await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(5));
    const user = (await import('@testing-library/user-event')).default.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'title');
    await waitFor(() => expect(list.querySelector('.case-list-title')!.textContent).toBe('Case 000'));
    const scroller = list.parentElement!;
    scroller.scrollTop = 60 * CASE_ROW_HEIGHT;
    scroller.dispatchEvent(new Event('scroll'));
    await waitFor(() =>
      expect(
        bridge.calls.some(
          (call) =>
            call.procedure === 'cases.list' &&
            (call.request as { sort?: string; cursor?: string }).sort === 'title' &&
            typeof (call.request as { cursor?: string }).cursor === 'string',
        ),
      ).toBe(true),
    );
    const requests = bridge.calls
      .filter((call) => call.procedure === 'cases.list')
      .map((call) => call.request as { limit: number });
    expect(Math.max(...requests.map((request) => request.limit))).toBeLessThan(130);
  });
});
