import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderShell } from './render-shell.tsx';

function setup() {
  return renderShell(({ notebook }) => {
    const kept = notebook.call('cases.create', { title: 'Airline passenger dragged' });
    const gone = notebook.call('cases.create', { title: 'Baby formula recall' });
    notebook.call('cases.delete', { id: gone.id });
    return { openCase: kept.id };
  });
}

describe('trash', () => {
  it('restores a deleted case and opens it', async () => {
    const { user, notebook } = setup();
    await user.click(await screen.findByRole('button', { name: 'Trash' }));
    const trash = screen.getByRole('dialog', { name: 'Trash' });
    await user.click(await within(trash).findByRole('button', { name: 'Restore Baby formula recall' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Baby formula recall'));
    expect(notebook.call('trash.list', {}).entries).toHaveLength(0);
    expect(await within(trash).findByText('The trash is empty.')).toBeTruthy();
  });

  it('deletes forever only after a confirmation that names the item', async () => {
    const { user, notebook } = setup();
    await user.click(await screen.findByRole('button', { name: 'Trash' }));
    const trash = screen.getByRole('dialog', { name: 'Trash' });
    const deleteForever = await within(trash).findByRole('button', { name: 'Delete forever: Baby formula recall' });

    await user.click(deleteForever);
    const confirm = screen.getByRole('dialog', { name: 'Delete “Baby formula recall” forever?' });
    expect(confirm.textContent).toContain('cannot be undone');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(notebook.call('trash.list', {}).entries).toHaveLength(1);
    expect(document.activeElement).toBe(deleteForever);

    await user.click(deleteForever);
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete “Baby formula recall” forever?' })).getByRole('button', {
        name: 'Delete forever',
      }),
    );
    await waitFor(() => expect(notebook.call('trash.list', {}).entries).toHaveLength(0));
    expect(notebook.call('cases.list', {}).cases.map((summary) => summary.title)).toEqual([
      'Airline passenger dragged',
    ]);
    expect(await screen.findByText('Deleted “Baby formula recall” forever.')).toBeTruthy();
    expect(await within(trash).findByText('The trash is empty.')).toBeTruthy();
  });
});
