import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchPanel } from '../../../renderer/features/search/SearchPanel.tsx';
import { SEARCH_DELAY_MS } from '../../../renderer/features/search/use-search.ts';
import { hit, installSearchBridge } from './search-bridge.ts';

function setup() {
  const bridge = installSearchBridge();
  const onOpenItem = vi.fn();
  const onOpenSource = vi.fn();
  const onClose = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <>
      <button type="button">Elsewhere</button>
      <SearchPanel focusRequest={1} onClose={onClose} onOpenItem={onOpenItem} onOpenSource={onOpenSource} />
    </>,
  );
  const input = screen.getByRole('combobox', { name: 'Search the notebook' });
  return { ...bridge, onOpenItem, onOpenSource, onClose, user, view, input };
}

const recall = { caseId: 'recall', caseTitle: 'Baby formula recall' };
const xiaomi = { caseId: 'xiaomi', caseTitle: 'Xiaomi KOL controversy' };

function optionTitles(): string[] {
  return within(screen.getByRole('listbox', { name: 'Search results' }))
    .getAllByRole('option')
    .map((option) => option.querySelector('.search-hit-title')?.textContent ?? '');
}

// The shared setup gives every element a 720 px height; result rows are about 40 px high.
const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('search-row') ? 40 : 720;
    },
  });
});
afterEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('notebook search panel', () => {
  it('asks once after a pause in typing, and shows the hits grouped by case and kind, terms marked', async () => {
    const { user, input, pending } = setup();
    expect(document.activeElement).toBe(input);
    expect(screen.getByText(/Type a word, a phrase in quotes/)).toBeTruthy();
    await user.type(input, 'apology');
    await pause(SEARCH_DELAY_MS * 2.5);
    expect(pending.map((search) => search.request)).toEqual([{ query: 'apology', limit: 100 }]);
    await act(async () =>
      pending[0]!.answer({
        hits: [
          hit({ ...xiaomi, kind: 'quote', title: 'Lei Jun', snippet: 'we «apologize» to every fan' }),
          hit({ ...recall, kind: 'event', title: 'Recall announced', snippet: 'an «apology» and a recall' }),
          hit({ ...xiaomi, kind: 'event', title: 'Apology posted', snippet: 'the «apology» on Weibo' }),
        ],
      }),
    );
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('3 results'));
    const list = screen.getByRole('listbox', { name: 'Search results' });
    const headings = [...list.querySelectorAll('.search-group, .search-kind')].map((row) => row.textContent);
    expect(headings).toEqual(['Xiaomi KOL controversy', 'Timeline', 'Quotes', 'Baby formula recall', 'Timeline']);
    expect(optionTitles()).toEqual(['Apology posted', 'Lei Jun', 'Recall announced']);
    const first = within(list).getAllByRole('option')[0]!;
    expect(first.querySelector('mark')?.textContent).toBe('apology');
    expect(first.textContent).toContain('Xiaomi KOL controversy, Timeline');
  });

  it('drops an answer that arrives after a newer request, and typing never waits for answers', async () => {
    const { user, input, pending } = setup();
    await user.type(input, 'reca');
    await waitFor(() => expect(pending).toHaveLength(1));
    await user.type(input, 'll');
    expect((input as HTMLInputElement).value).toBe('recall');
    await waitFor(() => expect(pending).toHaveLength(2));
    expect(pending[1]!.request.query).toBe('recall');
    await act(async () => pending[1]!.answer({ hits: [hit({ ...recall, kind: 'case', title: 'Newest answer' })] }));
    await act(async () => pending[0]!.answer({ hits: [hit({ ...recall, kind: 'case', title: 'Stale answer' })] }));
    await pause(20);
    expect(optionTitles()).toEqual(['Newest answer']);
    expect(screen.queryByText('Stale answer')).toBeNull();
  });

  it('moves through the hits with the arrow keys and opens the chosen one with Enter', async () => {
    const { user, input, pending, onOpenItem, onOpenSource } = setup();
    await user.type(input, 'kol');
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(async () =>
      pending[0]!.answer({
        hits: [
          hit({ ...xiaomi, kind: 'quote', id: 'q1', title: 'A quote' }),
          hit({ ...xiaomi, kind: 'narrative', id: 'n1', title: 'Narrative' }),
          hit({ caseId: null, caseTitle: null, kind: 'source', id: 's1', title: 'A source' }),
        ],
      }),
    );
    await waitFor(() => expect(optionTitles()).toEqual(['Narrative', 'A quote', 'A source']));
    const options = () => screen.getAllByRole('option');
    const activeTitle = () =>
      document.getElementById(input.getAttribute('aria-activedescendant') ?? '')?.querySelector('.search-hit-title')
        ?.textContent;
    expect(activeTitle()).toBe('Narrative');
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(activeTitle()).toBe('A quote');
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(options()[0]!.getAttribute('aria-selected')).toBe('false');
    await user.keyboard('{Enter}');
    expect(onOpenItem).toHaveBeenLastCalledWith({ caseId: 'xiaomi', kind: 'quote', itemId: 'q1' });
    await user.keyboard('{ArrowUp}');
    await user.keyboard('{Enter}');
    expect(onOpenItem).toHaveBeenLastCalledWith({ caseId: 'xiaomi', kind: 'narrative', itemId: null });
    await user.keyboard('{ArrowUp}');
    expect(activeTitle()).toBe('A source');
    await user.keyboard('{Enter}');
    expect(onOpenSource).toHaveBeenCalledWith('s1');
    expect(document.activeElement).toBe(input);
    await user.click(options()[1]!);
    expect(onOpenItem).toHaveBeenLastCalledWith({ caseId: 'xiaomi', kind: 'quote', itemId: 'q1' });
  });

  it('opens a hit in a snapshot with the matched term in the snapshot’s find box', async () => {
    const { user, input, pending, onOpenSource } = setup();
    await user.type(input, '小米');
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(async () =>
      pending[0]!.answer({
        hits: [
          hit({
            caseId: null,
            caseTitle: null,
            kind: 'source',
            id: 's9',
            title: '小米回应',
            snippet: '…«小米»公司…',
            inSnapshot: true,
          }),
        ],
      }),
    );
    await waitFor(() => expect(optionTitles()).toEqual(['小米回应in snapshot']));
    await user.keyboard('{Enter}');
    expect(onOpenSource).toHaveBeenCalledWith('s9');
    const viewer = await screen.findByRole('dialog', { name: /^Snapshot of/ });
    expect(within(viewer).getByRole<HTMLInputElement>('searchbox', { name: 'Find in snapshot' }).value).toBe('小米');
  });

  it('says when nothing matches, shows the query’s warnings, and when there are more results', async () => {
    const { user, input, pending } = setup();
    await user.type(input, 'colour:red');
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(async () => pending[0]!.answer({ hits: [], warnings: ['“colour:” is not a filter.'] }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No matches for “colour:red”.'));
    expect(
      within(screen.getByRole('list', { name: 'Query warnings' })).getByText('“colour:” is not a filter.'),
    ).toBeTruthy();
    await user.clear(input);
    await user.type(input, 'recall');
    await waitFor(() => expect(pending).toHaveLength(2));
    await act(async () => pending[1]!.answer({ hits: [hit({ ...recall, kind: 'case' })], truncated: true }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('1 result — more results: refine the query'),
    );
    expect(screen.queryByRole('list', { name: 'Query warnings' })).toBeNull();
  });

  it('shows why the notebook could not be searched', async () => {
    const { user, input, pending } = setup();
    await user.type(input, 'x');
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(async () => pending[0]!.fail('query is longer than 2,000 bytes'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The notebook could not be searched: query is longer than 2,000 bytes',
    );
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('lists the query syntax behind “?”', async () => {
    const { user } = setup();
    await user.click(screen.getByText('?'));
    expect(screen.getByText('"black PR"')).toBeTruthy();
    expect(screen.getByText('tag:kol')).toBeTruthy();
    expect(screen.getByText(/two characters are enough/)).toBeTruthy();
  });

  it('closes with Escape and gives focus back where it was', async () => {
    const bridge = installSearchBridge();
    void bridge;
    const onClose = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(<button type="button">Before</button>);
    screen.getByRole('button', { name: 'Before' }).focus();
    rerender(
      <>
        <button type="button">Before</button>
        <SearchPanel focusRequest={1} onClose={onClose} onOpenItem={vi.fn()} onOpenSource={vi.fn()} />
      </>,
    );
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Search the notebook' }));
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Before' }));
  });
});

describe('a long result list', () => {
  it('renders only the rows in view, and the arrow keys wrap from the first hit to the last', async () => {
    const { user, input, pending } = setup();
    await user.type(input, 'the');
    await waitFor(() => expect(pending).toHaveLength(1));
    const hits = Array.from({ length: 100 }, (_, index) =>
      hit({ caseId: `case${index % 10}`, caseTitle: `Case ${index % 10}`, kind: 'fact', title: `Fact ${index}` }),
    );
    await act(async () => pending[0]!.answer({ hits, truncated: true }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('100 results — more results: refine the query'),
    );
    expect(screen.getAllByRole('option').length).toBeLessThan(40);
    // jsdom cannot scroll, so the row scrolled to is not rendered here; the e2e test sees it.
    await user.keyboard('{ArrowUp}');
    expect(input.getAttribute('aria-activedescendant')).toMatch(/-hit-99$/);
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toMatch(/-hit-0$/);
  });
});
