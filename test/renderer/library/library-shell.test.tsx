import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dispatchAppEvent } from '../../../renderer/app-events.ts';
import { renderShell } from '../shell/render-shell.tsx';

function setup() {
  const ids = { sourceId: '', caseId: '', quoteId: '' };
  const shell = renderShell(({ notebook }) => {
    notebook.call('cases.create', { title: 'Baby formula recall' });
    const kol = notebook.call('cases.create', { title: 'Xiaomi KOL controversy' });
    ids.caseId = kol.id;
    ids.sourceId = notebook.call('sources.create', {
      fields: { title: 'Xiaomi denies paying KOLs', publisher: 'Caixin' },
    }).source.id;
    notebook.call('sources.create', { fields: { title: 'Statement on online rumours', publisher: 'Xiaomi' } });
    const quote = notebook.call('quotes.create', { caseId: kol.id, fields: { text: 'We never paid anyone.' } });
    ids.quoteId = quote.id;
    notebook.call('citations.add', {
      target: { kind: 'quote', id: quote.id },
      citation: { sourceId: ids.sourceId, locator: null },
    });
    return { openCase: kol.id };
  });
  return { ...shell, ids };
}

function selectedCaseTab(): string | undefined {
  return screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent;
}

describe('the source library in the window', () => {
  it('opens from the sidebar, and a "cited by" place opens the case at that quote', async () => {
    const { user, ids } = setup();
    await screen.findByRole('tab', { name: 'Overview' });
    await user.click(screen.getByRole('button', { name: 'Source library' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Source library' })).toBeTruthy();
    expect(await screen.findByText('2 sources')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Source library' }).getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByRole('button', { name: /Xiaomi denies paying KOLs/ }));
    const citedBy = await screen.findByRole('region', { name: 'Cited by' });
    await user.click(await within(citedBy).findByRole('button', { name: 'Quote: We never paid anyone.' }));

    await waitFor(() => expect(selectedCaseTab()).toMatch(/^Quotes/));
    // The quote itself gets the caret.
    await waitFor(() =>
      expect(document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id')).toBe(ids.quoteId),
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Xiaomi KOL controversy');
    expect(screen.queryByRole('heading', { name: 'Source library' })).toBeNull();
    expect(window.localStorage.getItem('casebook.lastCase')).toBe(ids.caseId);
  });

  it('opens with a source selected when a case asks for it, and from the command palette', async () => {
    const { user, ids } = setup();
    await screen.findByRole('tab', { name: 'Overview' });
    act(() => dispatchAppEvent('casebook:open-library', { sourceId: ids.sourceId }));
    expect(await screen.findByRole('region', { name: 'Source: Xiaomi denies paying KOLs' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /Baby formula recall/ }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Source library' })).toBeNull());

    await user.keyboard('{Control>}p{/Control}');
    await user.type(screen.getByRole('combobox', { name: 'Command' }), 'source library');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Source library' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /^Source:/ })).toBeNull();
  });
  it('takes back a source edit with Ctrl+Z, and the field shows the value again', async () => {
    const { user, ids, notebook } = setup();
    await screen.findByRole('tab', { name: 'Overview' });
    act(() => dispatchAppEvent('casebook:open-library', { sourceId: ids.sourceId }));
    const detail = await screen.findByRole('region', { name: 'Source: Xiaomi denies paying KOLs' });
    const publisher = within(detail).getByRole('textbox', { name: 'Publisher' });
    await user.clear(publisher);
    await user.type(publisher, 'Caixin Global');
    await user.tab();
    await waitFor(() => expect(notebook.call('sources.get', { id: ids.sourceId }).publisher).toBe('Caixin Global'));
    expect(await screen.findByText('Saved')).toBeTruthy();

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(notebook.call('sources.get', { id: ids.sourceId }).publisher).toBe('Caixin'));
    expect(await screen.findByText('Undone: Edit source')).toBeTruthy();
    await waitFor(() => expect(publisher).toHaveProperty('value', 'Caixin'));
    expect(screen.getByRole('heading', { level: 1, name: 'Source library' })).toBeTruthy();
  });
});
