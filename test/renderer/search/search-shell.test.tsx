import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderShell } from '../shell/render-shell.tsx';

/** The whole window on a real notebook: a case with a quote, and a second case that is open. */
function setup() {
  let quoteId = '';
  let kolId = '';
  const shell = renderShell(({ notebook }) => {
    const kol = notebook.call('cases.create', { title: 'Xiaomi KOL controversy' });
    kolId = kol.id;
    quoteId = notebook.call('quotes.create', {
      caseId: kol.id,
      fields: { text: 'We never paid any influencer to smear a rival.' },
    }).id;
    const recall = notebook.call('cases.create', { title: 'Baby formula recall' });
    return { openCase: recall.id };
  });
  return { ...shell, quoteId, kolId };
}

function selectedTab(): string {
  return screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent ?? '';
}

// The whole window on a real notebook: slower than a unit, more so on a busy machine.
describe('search in the window', { timeout: 20_000 }, () => {
  it('Ctrl+Shift+F opens the notebook search; a hit opens its case at the item; Escape gives focus back', async () => {
    const { user, quoteId } = setup();
    const title = await screen.findByRole('textbox', { name: 'Title' }, { timeout: 5000 });
    title.focus();
    await user.keyboard('{Control>}{Shift>}f{/Shift}{/Control}');
    const input = screen.getByRole('combobox', { name: 'Search the notebook' });
    expect(document.activeElement).toBe(input);
    await user.type(input, 'influencer');
    const results = await screen.findByRole('listbox', { name: 'Search results' }, { timeout: 3000 });
    const option = await within(results).findByRole('option', { name: /We never paid any influencer/ });
    expect(option.querySelector('mark')?.textContent?.toLowerCase()).toBe('influencer');
    expect(option.textContent).toContain('Xiaomi KOL controversy, Quotes');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Xiaomi KOL controversy'));
    await waitFor(() => expect(selectedTab()).toMatch(/^Quotes/));
    await waitFor(() => expect(document.activeElement?.closest(`[data-item-id="${quoteId}"]`)).not.toBeNull());
    // The panel stays with its results; Ctrl+Shift+F goes back to it, Escape closes it.
    await user.keyboard('{Control>}{Shift>}f{/Shift}{/Control}');
    expect(document.activeElement).toBe(input);
    expect((input as HTMLInputElement).value).toBe('influencer');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Notebook search' })).toBeNull();
    expect(document.activeElement?.closest(`[data-item-id="${quoteId}"]`)).not.toBeNull();
  });

  it('Ctrl+F finds in the open case only; Ctrl+Shift+K filters the case list', async () => {
    const { user } = setup();
    await screen.findByRole('textbox', { name: 'Title' }, { timeout: 5000 });
    await user.keyboard('{Control>}f{/Control}');
    const find = screen.getByRole('textbox', { name: 'Find in the case' });
    expect(document.activeElement).toBe(find);
    await user.type(find, 'influencer');
    // The quote is in the other case.
    await waitFor(
      () => expect(screen.getByRole('search', { name: 'Find in the case' }).textContent).toContain('No matches'),
      {
        timeout: 3000,
      },
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Find in the case' })).toBeNull();
    // The notebook search takes the sidebar's place; filtering the cases gives the sidebar back.
    await user.keyboard('{Control>}{Shift>}f{/Shift}{/Control}');
    expect(screen.getByRole('region', { name: 'Notebook search' })).toBeTruthy();
    await user.keyboard('{Control>}{Shift>}k{/Shift}{/Control}');
    expect(screen.queryByRole('region', { name: 'Notebook search' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Filter cases' }));
  });

  it('lists both searches in the shortcuts help and the command palette', async () => {
    const { user } = setup();
    await screen.findByRole('textbox', { name: 'Title' }, { timeout: 5000 });
    await user.keyboard('{F1}');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const row = (label: string) => within(help).getByText(label).closest('tr, li, div')?.textContent ?? '';
    expect(row('Search the notebook')).toContain('Ctrl+Shift+F');
    expect(row('Find in the case')).toContain('Ctrl+F');
    expect(row('Filter cases')).toContain('Ctrl+Shift+K');
    await user.keyboard('{Escape}');
    await user.keyboard('{Control>}p{/Control}');
    await user.type(screen.getByRole('combobox', { name: 'Command' }), 'search the notebook');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Search the notebook' })),
    );
  });
});
