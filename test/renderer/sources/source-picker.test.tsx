import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SourcePickerDialog } from '../../../renderer/features/sources/SourcePickerDialog.tsx';
import { AddSourceDialog } from '../../../renderer/features/sources/AddSourceDialog.tsx';
import { ToastProvider } from '../../../renderer/ui/toasts.tsx';
import { installServiceBridge } from '../service-bridge.ts';
import type { ServiceBridge } from '../service-bridge.ts';
import { addSource } from './case-harness.tsx';

function library(): ServiceBridge {
  const bridge = installServiceBridge();
  addSource(bridge, { title: 'Xiaomi denies paying KOLs', publisher: 'Reuters', publishedOn: '2026-01-12' });
  addSource(bridge, { title: 'Weibo statement by Lei Jun', publisher: 'Weibo', url: 'https://weibo.com/leijun/1' });
  addSource(bridge, { title: 'Black PR in China’s phone market', publisher: 'Caixin', publishedOn: '2026-01' });
  return bridge;
}

function renderPicker(bridge: ServiceBridge) {
  const onPick = vi.fn();
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <ToastProvider>
      <button type="button">Opener</button>
      <SourcePickerDialog caseId={null} onPick={onPick} onClose={onClose} />
    </ToastProvider>,
  );
  return { onPick, onClose, user, bridge };
}

function optionTitles(): string[] {
  return within(screen.getByRole('listbox', { name: 'Sources' }))
    .queryAllByRole('option')
    .map((option) => option.querySelector('.source-option-title')?.textContent ?? '');
}

describe('source picker', () => {
  it('searches the library, moves with the arrows and picks with Enter, with a locator', async () => {
    const { onPick, user } = renderPicker(library());
    const dialog = await screen.findByRole('dialog', { name: 'Choose a source' });
    const search = within(dialog).getByRole('searchbox', { name: 'Search sources' });
    await waitFor(() => expect(document.activeElement).toBe(search));
    await waitFor(() => expect(optionTitles()).toHaveLength(3));
    expect(within(dialog).getByRole('option', { name: /Xiaomi denies paying KOLs/ }).textContent).toContain(
      'Reuters · 12 January 2026',
    );

    await user.type(search, 'b');
    await waitFor(() =>
      expect(optionTitles()).toEqual(['Black PR in China’s phone market', 'Weibo statement by Lei Jun']),
    );
    expect(screen.getAllByRole('option', { selected: true }).map((option) => option.id)).toEqual([
      search.getAttribute('aria-activedescendant'),
    ]);
    await user.keyboard('{ArrowDown}');
    expect(within(dialog).getByRole('option', { selected: true }).textContent).toContain('Weibo statement');
    await user.click(within(dialog).getByRole('textbox', { name: 'Locator' }));
    await user.keyboard('para. 3{Enter}');
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(onPick.mock.calls[0]![0]).toMatchObject({
      sourceId: expect.any(String),
      locator: 'para. 3',
      source: { title: 'Weibo statement by Lei Jun' },
    });
  });

  it('picks with Enter in the search box, without a locator, and closes on Escape', async () => {
    const { onPick, onClose, user } = renderPicker(library());
    const search = await screen.findByRole('searchbox', { name: 'Search sources' });
    await waitFor(() => expect(optionTitles()).toHaveLength(3));
    await user.type(search, 'reuters');
    await waitFor(() => expect(optionTitles()).toEqual(['Xiaomi denies paying KOLs']));
    await user.keyboard('{Enter}');
    expect(onPick.mock.calls[0]![0]).toMatchObject({ locator: null, source: { title: 'Xiaomi denies paying KOLs' } });
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('does not pick on the Enter an input method uses to choose a candidate', async () => {
    const { onPick } = renderPicker(library());
    const search = await screen.findByRole('searchbox', { name: 'Search sources' });
    await waitFor(() => expect(optionTitles()).toHaveLength(3));
    fireEvent.keyDown(search, { key: 'Enter', keyCode: 229, isComposing: true });
    fireEvent.keyDown(search, { key: 'ArrowDown', keyCode: 229, isComposing: true });
    expect(onPick).not.toHaveBeenCalled();
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Black PR');
  });

  it('drops the answer to an older search that arrives after a newer one', async () => {
    const bridge = library();
    const realCall = window.casebook.call.bind(window.casebook);
    window.casebook.call = ((procedure: string, request: { query?: string }) => {
      const answer = realCall(procedure as never, request as never);
      // The search for "b" (two matches) answers late, after the search for "bl" (one match).
      if (procedure === 'sources.list' && request.query === 'b')
        return new Promise((resolve) => setTimeout(() => resolve(answer), 400));
      return answer;
    }) as typeof window.casebook.call;
    const { user } = renderPicker(bridge);
    const search = await screen.findByRole('searchbox', { name: 'Search sources' });
    await waitFor(() => expect(optionTitles()).toHaveLength(3));
    await user.type(search, 'b');
    await waitFor(() =>
      expect(bridge.calls.some((call) => (call.request as { query?: string }).query === 'b')).toBe(true),
    );
    await user.type(search, 'l');
    await waitFor(() => expect(optionTitles()).toEqual(['Black PR in China’s phone market']));
    await act(() => new Promise((resolve) => setTimeout(resolve, 450)));
    expect(optionTitles()).toEqual(['Black PR in China’s phone market']);
  });

  it('says when nothing matches and offers to add a source', async () => {
    const { user } = renderPicker(library());
    await user.type(await screen.findByRole('searchbox', { name: 'Search sources' }), 'nothing like this');
    expect(await screen.findByText(/No source matches “nothing like this”\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Choose' })).toHaveProperty('disabled', true);
  });
});

describe('adding a source', () => {
  it('checks the title, URL, date and language before sending anything', async () => {
    const { user, bridge } = renderPicker(library());
    await user.click(await screen.findByRole('button', { name: 'Add source' }));
    const dialog = screen.getByRole('dialog', { name: 'Add source' });
    await user.click(within(dialog).getByRole('button', { name: 'Add source' }));
    expect(within(dialog).getByText('Give the source a title.')).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Title' }));

    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Regulator notice');
    await user.type(within(dialog).getByRole('textbox', { name: 'URL' }), 'samr.gov.cn/notice');
    await user.type(within(dialog).getByRole('textbox', { name: 'Published on' }), 'Febtober 2026');
    await user.type(within(dialog).getByRole('textbox', { name: 'Language' }), 'Chinese');
    await user.click(within(dialog).getByRole('button', { name: 'Add source' }));
    expect(within(dialog).queryByText('Give the source a title.')).toBeNull();
    expect(
      within(dialog).getByText(
        '“samr.gov.cn/notice” is not a web address. Use one that starts with https:// or http://.',
      ),
    ).toBeTruthy();
    expect(within(dialog).getByText(/“Febtober 2026” is not a date/)).toBeTruthy();
    expect(within(dialog).getByText('“Chinese” is not a language tag like “zh” or “en-GB”.')).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: 'URL' }).getAttribute('aria-invalid')).toBe('true');
    expect(bridge.calls.filter((call) => call.procedure === 'sources.create')).toHaveLength(0);
  });

  it('adds a source with its metadata and comes back to the picker with it chosen', async () => {
    const { user, bridge, onPick } = renderPicker(library());
    await user.click(await screen.findByRole('button', { name: 'Add source' }));
    const dialog = screen.getByRole('dialog', { name: 'Add source' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Regulator notice');
    await user.type(within(dialog).getByRole('textbox', { name: 'URL' }), 'https://www.samr.gov.cn/notice/1');
    await user.type(within(dialog).getByRole('textbox', { name: 'Publisher' }), 'SAMR');
    await user.type(within(dialog).getByRole('textbox', { name: 'Authors' }), 'Wang Li; Zhao Min');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind' }), 'Report');
    await user.type(within(dialog).getByRole('textbox', { name: 'Published on' }), 'April 2026');
    expect(within(dialog).getByText('Month · April 2026')).toBeTruthy();
    await user.type(within(dialog).getByRole('textbox', { name: 'Language' }), 'zh');
    await user.click(within(dialog).getByRole('button', { name: 'Add source' }));

    const picker = await screen.findByRole('dialog', { name: 'Choose a source' });
    expect(within(picker).getByRole('status').textContent).toBe('Added “Regulator notice” to your library.');
    expect(within(picker).getByRole('option', { selected: true }).textContent).toContain('Regulator notice');
    expect(document.activeElement).toBe(within(picker).getByRole('textbox', { name: 'Locator' }));
    await user.keyboard('art. 4{Enter}');
    const stored = bridge.notebook.call('sources.get', { id: onPick.mock.calls[0]![0].sourceId });
    expect(stored).toMatchObject({
      title: 'Regulator notice',
      url: 'https://www.samr.gov.cn/notice/1',
      publisher: 'SAMR',
      authors: ['Wang Li', 'Zhao Min'],
      kind: 'report',
      publishedOn: '2026-04',
      language: 'zh',
    });
    expect(onPick.mock.calls[0]![0].locator).toBe('art. 4');
  });

  it('says so when the URL is already in the library and uses that source', async () => {
    const { user, bridge, onPick } = renderPicker(library());
    const existing = bridge.notebook.call('sources.list', {}).sources.find((source) => source.url)!;
    await user.click(await screen.findByRole('button', { name: 'Add source' }));
    const dialog = screen.getByRole('dialog', { name: 'Add source' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Lei Jun on Weibo');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'URL' }),
      'https://WEIBO.com/leijun/1?utm_source=share',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add source' }));
    const picker = await screen.findByRole('dialog', { name: 'Choose a source' });
    expect(within(picker).getByRole('status').textContent).toBe(
      'This URL is already in your library: using the existing source.',
    );
    await user.click(within(picker).getByRole('button', { name: 'Choose' }));
    expect(onPick.mock.calls[0]![0].sourceId).toBe(existing.id);
    expect(bridge.notebook.call('sources.list', {}).sources).toHaveLength(3);
  });

  it('the standalone dialog adds the source, closes and tells what happened', async () => {
    installServiceBridge();
    const onAdded = vi.fn();
    const onClose = vi.fn();
    const user = userEvent.setup();
    render(
      <ToastProvider>
        <AddSourceDialog caseId={null} onClose={onClose} onAdded={onAdded} />
      </ToastProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Add source' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Title' })));
    await user.keyboard('Caixin investigation{Enter}');
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(onAdded.mock.calls[0]![0]).toMatchObject({
      merged: false,
      source: { title: 'Caixin investigation', kind: 'news' },
    });
    expect(screen.getByText('Added “Caixin investigation” to your library.')).toBeTruthy();
  });
});
