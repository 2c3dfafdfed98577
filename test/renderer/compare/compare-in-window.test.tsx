import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderShell } from '../shell/render-shell.tsx';

describe('comparing from the window', () => {
  it('Ctrl+click chooses cases in the case list; Compare shows them side by side; Back returns to the case', async () => {
    const { user, notebook } = renderShell((bridge) => {
      const ids = ['Kettle recall', 'Airline outage', 'Data breach'].map(
        (title) => bridge.notebook.call('cases.create', { title }).id,
      );
      return { openCase: ids[0] };
    });
    const list = await screen.findByRole('list', { name: 'Cases' });
    const caseButton = async (title: string) => within(list).findByRole('button', { name: new RegExp(`^${title}`) });

    await user.keyboard('{Control>}');
    await user.click(await caseButton('Kettle recall'));
    await user.keyboard('{/Control}');
    const bar = screen.getByRole('region', { name: 'Cases chosen for comparison' });
    expect(within(bar).getByRole('status').textContent).toBe('1 case chosen: Ctrl/Cmd+click another to compare');
    expect(within(bar).getByRole<HTMLButtonElement>('button', { name: 'Compare' }).disabled).toBe(true);
    expect((await caseButton('Kettle recall')).textContent).toContain('chosen for comparison');

    // Ctrl+Enter on the focused case chooses it from the keyboard.
    (await caseButton('Data breach')).focus();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(within(bar).getByRole('status').textContent).toBe('2 cases chosen');
    // A plain click still opens a case, and does not change the choice.
    await user.click(await caseButton('Airline outage'));
    expect(within(bar).getByRole('status').textContent).toBe('2 cases chosen');

    await user.click(within(bar).getByRole('button', { name: 'Compare' }));
    const table = await screen.findByRole('table', { name: 'Comparison of 2 cases' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Kettle recall', 'Data breach']);
    expect(notebook.call('cases.list', {}).cases).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('textbox', { name: 'Title' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Title' }).value).toBe('Airline outage');
  });

  it('offers the comparison and the dashboard in the sidebar and the command palette', async () => {
    const { user } = renderShell((bridge) => {
      bridge.notebook.call('cases.create', { title: 'Only case' });
    });
    await user.click(await screen.findByRole('button', { name: 'Dashboard' }));
    expect(await screen.findByRole('heading', { name: 'Notebook dashboard' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { name: 'Notebook dashboard' })).toBeNull();

    await user.keyboard('{Control>}p{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    await user.keyboard('Compare cases');
    expect(within(palette).getAllByRole('option')[0]?.textContent).toContain('Compare cases…');
    await user.keyboard('{Enter}');
    const picker = await screen.findByRole('dialog', { name: 'Compare cases' });
    expect(await within(picker).findByRole('checkbox', { name: 'Only case' })).toBeTruthy();
  });
});
