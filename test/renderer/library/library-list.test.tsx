import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addSource, listedTitles, renderLibrary } from './library-harness.tsx';
import type { ServiceBridge } from '../service-bridge.ts';

function seed(bridge: ServiceBridge): void {
  addSource(bridge, {
    title: 'Xiaomi denies paying KOLs',
    publisher: 'Caixin',
    kind: 'news',
    publishedOn: '2026-01-12',
    language: 'zh',
  });
  addSource(bridge, {
    title: 'Statement on online rumours',
    publisher: 'Xiaomi',
    kind: 'press-release',
    publishedOn: '2026-01-10',
    language: 'zh',
  });
  addSource(bridge, {
    title: 'Analysts weigh the fallout',
    publisher: 'Reuters',
    kind: 'news',
    publishedOn: '2026-01-20',
    language: 'en',
  });
  const graded = addSource(bridge, { title: 'A post that started it', kind: 'social-post', publishedOn: '2026-01-08' });
  bridge.notebook.call('sources.update', { id: graded, patch: { reliability: 'E', credibility: 5 } });
}

describe('the source library list', () => {
  it('counts the library, narrows it by kind, publisher, grading and search, and says how many match', async () => {
    const { user } = renderLibrary(seed);
    expect(await screen.findByText('4 sources')).toBeTruthy();
    const row = screen.getByRole('button', { name: /A post that started it/ });
    expect(row.textContent).toContain('E5');
    expect(row.textContent).toContain('not cited');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'News article');
    await waitFor(() =>
      expect(listedTitles().sort()).toEqual(['Analysts weigh the fallout', 'Xiaomi denies paying KOLs']),
    );
    expect(screen.getByText('2 of 4 sources match')).toBeTruthy();

    const publisher = screen.getByRole('combobox', { name: 'Publisher' });
    expect(
      within(publisher)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any publisher', 'Caixin', 'Reuters', 'Xiaomi']);
    await user.selectOptions(publisher, 'Reuters');
    await waitFor(() => expect(listedTitles()).toEqual(['Analysts weigh the fallout']));
    expect(screen.getByText('1 of 4 sources match')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Reset 2 filters' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reliability' }), 'E Unreliable');
    await waitFor(() => expect(listedTitles()).toEqual(['A post that started it']));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Reliability' }), '');
    await user.type(screen.getByRole('searchbox', { name: 'Search sources' }), 'rumours');
    await waitFor(() => expect(listedTitles()).toEqual(['Statement on online rumours']));
  });

  it('shows "No sources match" with a Clear filters button that brings every source back', async () => {
    const { user } = renderLibrary(seed);
    await screen.findByText('4 sources');
    await user.type(screen.getByRole('searchbox', { name: 'Search sources' }), 'nothing like this');
    expect(await screen.findByText('No sources match')).toBeTruthy();
    expect(listedTitles()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(listedTitles()).toHaveLength(4));
    expect(screen.getByRole('searchbox', { name: 'Search sources' })).toHaveProperty('value', '');
    expect(screen.getByText('4 sources')).toBeTruthy();
  });

  it('sorts by title and by publication date, newest or oldest first', async () => {
    const { user } = renderLibrary(seed);
    await screen.findByText('4 sources');
    const sort = screen.getByRole('combobox', { name: 'Sort sources by' });
    await user.selectOptions(sort, 'Title');
    await waitFor(() =>
      expect(listedTitles()).toEqual([
        'A post that started it',
        'Analysts weigh the fallout',
        'Statement on online rumours',
        'Xiaomi denies paying KOLs',
      ]),
    );
    await user.selectOptions(sort, 'Published (newest)');
    await waitFor(() => expect(listedTitles()[0]).toBe('Analysts weigh the fallout'));
    expect(listedTitles()).toEqual([
      'Analysts weigh the fallout',
      'Xiaomi denies paying KOLs',
      'Statement on online rumours',
      'A post that started it',
    ]);
    await user.selectOptions(sort, 'Published (oldest)');
    await waitFor(() => expect(listedTitles()[0]).toBe('A post that started it'));
    expect(listedTitles().at(-1)).toBe('Analysts weigh the fallout');
  });

  it('tells an empty library how to add sources', async () => {
    renderLibrary();
    expect(await screen.findByText('The library is empty')).toBeTruthy();
    expect(screen.getByText(/Add a source from a URL/)).toBeTruthy();
    expect(screen.getByText('0 sources')).toBeTruthy();
  });

  it('filters to the sources nothing cites', async () => {
    const { user } = renderLibrary((bridge) => {
      seed(bridge);
      const caseId = bridge.notebook.call('cases.create', { title: 'KOL controversy' }).id;
      const row = bridge.notebook.call('issueRows.create', { caseId, fields: { issue: 'Smear claims' } });
      const cited = bridge.notebook.call('sources.list', { query: 'Xiaomi denies', sort: 'added', limit: 1, offset: 0 })
        .sources[0]!;
      bridge.notebook.call('citations.add', {
        target: { kind: 'issueRow', id: row.id },
        citation: { sourceId: cited.id, locator: null },
      });
    });
    await screen.findByText('4 sources');
    expect(screen.getByRole('button', { name: /Xiaomi denies paying KOLs/ }).textContent).toContain('cited 1×');
    await user.click(screen.getByRole('checkbox', { name: 'Not cited' }));
    await waitFor(() => expect(listedTitles()).toHaveLength(3));
    expect(listedTitles()).not.toContain('Xiaomi denies paying KOLs');
  });
  it('moves through the list with the arrow keys, Home and End, one tab stop for the whole list', async () => {
    const { user } = renderLibrary(seed);
    await screen.findByText('4 sources');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort sources by' }), 'Title');
    await waitFor(() => expect(listedTitles()[0]).toBe('A post that started it'));
    const list = screen.getByRole('list', { name: 'Sources' });
    const tabbable = within(list)
      .getAllByRole('button')
      .filter((button) => button.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    tabbable[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('Analysts weigh the fallout');
    await user.keyboard('{End}');
    expect(document.activeElement?.textContent).toContain('Xiaomi denies paying KOLs');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('region', { name: 'Source: Xiaomi denies paying KOLs' })).toBeTruthy();
    expect(list.querySelector('[aria-current="true"]')?.textContent).toContain('Xiaomi denies paying KOLs');
    expect(list.querySelector('[aria-posinset="4"]')?.getAttribute('aria-setsize')).toBe('4');
  });
  it('reads a large library one page at a time and renders only the rows on screen', async () => {
    const { bridge } = renderLibrary((b) => {
      for (let index = 1; index <= 150; index++) addSource(b, { title: `Report ${String(index).padStart(3, '0')}` });
    });
    expect(await screen.findByText('150 sources')).toBeTruthy();
    const rows = within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('-1');
    const pages = bridge.calls
      .filter((call) => call.procedure === 'sources.list')
      .map((call) => call.request as { limit: number; offset: number });
    expect(pages).toContainEqual(expect.objectContaining({ limit: 60, offset: 0 }));
    expect(pages.every((page) => page.limit <= 60)).toBe(true);
  });
});
