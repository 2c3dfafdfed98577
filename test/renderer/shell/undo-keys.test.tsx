import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderShell } from './render-shell.tsx';

function setup() {
  let caseId = '';
  const shell = renderShell(({ notebook }) => {
    caseId = notebook.call('cases.create', { title: 'KOL controversy' }).id;
    return { openCase: caseId };
  });
  const stored = () => shell.notebook.call('cases.get', { id: caseId }).case;
  return { ...shell, stored };
}

describe('undo and redo keys', () => {
  it('Ctrl+Z undoes an overview field edit once the field is left, Ctrl+Shift+Z redoes it', async () => {
    const { user, stored } = setup();
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Xiaomi KOL controversy');
    await user.tab();
    await waitFor(() => expect(stored().title).toBe('Xiaomi KOL controversy'));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(stored().title).toBe('KOL controversy'));
    const notifications = screen.getByRole('region', { name: 'Notifications' });
    expect(await within(notifications).findByText('Undone: Edit title')).toBeTruthy();
    await waitFor(() => expect((title as HTMLInputElement).value).toBe('KOL controversy'));

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(stored().title).toBe('Xiaomi KOL controversy'));
    expect(await within(notifications).findByText('Redone: Edit title')).toBeTruthy();

    // The toast's own button takes it back again.
    await user.click(within(notifications).getAllByRole('button', { name: 'Undo' }).at(-1)!);
    await waitFor(() => expect(stored().title).toBe('KOL controversy'));
  });

  it('undoes a choice with Ctrl+Z and redoes it with Ctrl+Y', async () => {
    const { user, stored } = setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Prior reputation' }), 'negative');
    await waitFor(() => expect(stored().priorReputation).toBe('negative'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Crisis history' }), 'yes');
    await waitFor(() => expect(stored().crisisHistory).toBe(true));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(stored().crisisHistory).toBeNull());
    expect(stored().priorReputation).toBe('negative');
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(() => expect(stored().crisisHistory).toBe(true));
  });

  it('leaves Ctrl+Z to the text field while it is being typed in', async () => {
    const { user, stored } = setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Status' }), 'review');
    await waitFor(() => expect(stored().status).toBe('review'));
    const summary = screen.getByRole('textbox', { name: 'Summary' });
    await user.click(summary);
    await user.type(summary, 'Paid posts');
    await user.keyboard('{Control>}z{/Control}');
    // The structured edit (the status) is untouched; the browser's own text undo is the field's business.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stored().status).toBe('review');
    expect(screen.queryByText('Undone: Change status')).toBeNull();
  });

  it('records tag edits, colour included, as undoable edits', async () => {
    const { user, stored } = setup();
    const tags = await screen.findByRole('textbox', { name: 'Tags' });
    await user.type(tags, 'recall{Enter}');
    await waitFor(() => expect(stored().tags).toHaveLength(1));
    expect(stored().tags[0]!.color).toMatch(/^#[0-9a-f]{6}$/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colour of tag recall' }), 'Red');
    await waitFor(() => expect(stored().tags[0]!.color).toBe('#dc2626'));
    await user.click(document.body);
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(stored().tags[0]!.color).not.toBe('#dc2626'));
    expect(stored().tags.map((tag) => tag.name)).toEqual(['recall']);
  });
});
