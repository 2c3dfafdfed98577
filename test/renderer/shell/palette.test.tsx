import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppEventDetails } from '../../../renderer/app-events.ts';
import { renderShell } from './render-shell.tsx';

function setup() {
  return renderShell(({ notebook }) => {
    notebook.call('cases.create', { title: 'Baby formula recall' });
    const open = notebook.call('cases.create', { title: 'Xiaomi KOL controversy' });
    return { openCase: open.id };
  });
}

function selectedTab(): string {
  return screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')!.textContent;
}

describe('command palette and quick open', () => {
  it('opens with Ctrl+P, filters fuzzily, shows shortcuts and runs a command', async () => {
    const { user } = setup();
    await screen.findByRole('tab', { name: 'Overview' });
    await user.keyboard('{Control>}p{/Control}');
    const palette = screen.getByRole('dialog', { name: 'Command palette' });
    const input = within(palette).getByRole('combobox', { name: 'Command' });
    expect(document.activeElement).toBe(input);
    await user.type(input, 'go lesns');
    const options = within(palette).getAllByRole('option');
    expect(options[0]!.textContent).toContain('Go to Lessons');
    expect(options[0]!.textContent).toContain('Ctrl+8');
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull();
    await waitFor(() => expect(selectedTab()).toBe('Lessons'));
  });

  it('"Add quote" shows the Quotes section and asks it to add a quote', async () => {
    const { user } = setup();
    await screen.findByRole('tab', { name: 'Overview' });
    const asked: AppEventDetails['casebook:add-item'][] = [];
    const listener = (event: Event) => {
      // The section listens only once it is on screen: the request arrives after the tab switched.
      if (selectedTab().startsWith('Quotes'))
        asked.push((event as CustomEvent<AppEventDetails['casebook:add-item']>).detail);
    };
    window.addEventListener('casebook:add-item', listener);
    try {
      await user.keyboard('{Control>}p{/Control}');
      await user.type(screen.getByRole('combobox', { name: 'Command' }), 'add quote');
      await user.keyboard('{Enter}');
      await waitFor(() => expect(asked).toEqual([{ kind: 'quote' }]));
    } finally {
      window.removeEventListener('casebook:add-item', listener);
    }
  });

  it('closes with Escape and gives focus back', async () => {
    const { user } = setup();
    const title = await screen.findByRole('textbox', { name: 'Title' });
    title.focus();
    await user.keyboard('{Control>}p{/Control}');
    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull();
    expect(document.activeElement).toBe(title);
  });

  it('never opens while an input method is composing', async () => {
    setup();
    await screen.findByRole('tab', { name: 'Overview' });
    fireEvent.keyDown(window, { key: 'p', ctrlKey: true, isComposing: true });
    fireEvent.keyDown(window, { key: 'p', ctrlKey: true, keyCode: 229 });
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull();
    fireEvent.keyDown(window, { key: '1', ctrlKey: true, isComposing: true });
    fireEvent.keyDown(window, { key: 'p', ctrlKey: true });
    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBeTruthy();
  });

  it('jumps to a section with Ctrl+number', async () => {
    const { user } = setup();
    await screen.findByRole('tab', { name: 'Overview' });
    await user.keyboard('{Control>}4{/Control}');
    await waitFor(() => expect(selectedTab()).toBe('Timeline'));
  });

  it('quick-opens a case by title with Ctrl+O', async () => {
    const { user, bridge } = setup();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Xiaomi KOL controversy'));
    await user.keyboard('{Control>}o{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Open case' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Case title' }), 'formula');
    const list = within(dialog).getByRole('listbox', { name: 'Matching cases' });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual([expect.stringContaining('Baby formula recall')]),
    );
    expect(
      bridge.calls.some(
        (call) => call.procedure === 'cases.list' && (call.request as { query?: string }).query === 'formula',
      ),
    ).toBe(true);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog', { name: 'Open case' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Baby formula recall'));
  });

  it('lists every shortcut in the help opened with "?"', async () => {
    const { user } = setup();
    await screen.findByRole('tab', { name: 'Overview' });
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('?');
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const text of ['Command palette', 'Open case', 'Add row', 'Insert citation', 'Ctrl+Shift+R', 'Ctrl+K'])
      expect(help.textContent).toContain(text);
    await user.click(within(help).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });
});
