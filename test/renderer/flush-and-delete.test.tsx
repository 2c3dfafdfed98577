import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openSection, renderApp } from './render-app.tsx';

function setup() {
  return renderApp(
    (notebook) => {
      notebook.addCase({ id: 'case-a', title: 'KOL controversy' });
      notebook.addRows('case-a', [{ issue: 'Paid posts alleged' }]);
    },
    { openCase: 'case-a' },
  );
}

describe('closing the window', () => {
  it('commits a title typed a moment ago before the flush request resolves', async () => {
    const { notebook, user } = setup();
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.type(title, ' (2026)');
    expect(notebook.callsTo('cases.update')).toHaveLength(0);
    await notebook.requestFlush();
    expect(notebook.cases.get('case-a')!.case.title).toBe('KOL controversy (2026)');
  });

  it('commits the text of a cell still being edited', async () => {
    const { notebook, user } = setup();
    await openSection('Issue / response / impact');
    const grid = await screen.findByRole('grid');
    await user.click(within(grid).getAllByRole('gridcell')[1]!);
    await user.keyboard('Brand denied it');
    expect(within(grid).getByRole('textbox', { name: 'Response, row 1' })).toBeTruthy();
    await notebook.requestFlush();
    expect(notebook.cases.get('case-a')!.issueRows[0]!.response).toBe('Brand denied it');
  });

  it('waits for a write already in flight', async () => {
    const { notebook, user } = setup();
    const summary = await screen.findByRole('textbox', { name: 'Summary' });
    let open: () => void = () => undefined;
    notebook.gate = new Promise<void>((resolve) => (open = resolve));
    await user.type(summary, 'A row over paid influencers.');
    let flushed = false;
    const flushing = notebook.requestFlush().then(() => (flushed = true));
    await waitFor(() => expect(notebook.callsTo('cases.update')).toHaveLength(1));
    expect(flushed).toBe(false);
    notebook.gate = null;
    open();
    await flushing;
    expect(notebook.cases.get('case-a')!.case.summary).toBe('A row over paid influencers.');
  });
});

describe('deleting a case', () => {
  it('asks first, moves the case to the trash, and Undo brings it back', async () => {
    const { notebook, user } = setup();
    await screen.findByRole('heading', { level: 1, name: 'KOL controversy' });
    await user.click(screen.getByRole('button', { name: 'Delete case' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “KOL controversy”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(notebook.cases.has('case-a')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Delete case' }));
    // While the dialog is open only its buttons are reachable, so the name is unambiguous.
    await user.click(screen.getByRole('button', { name: 'Delete case' }));
    await waitFor(() => expect(notebook.cases.has('case-a')).toBe(false));
    expect(await screen.findByText('Moved “KOL controversy” to the trash.')).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1, name: 'KOL controversy' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(notebook.cases.has('case-a')).toBe(true));
    expect(await screen.findByRole('heading', { level: 1, name: 'KOL controversy' })).toBeTruthy();
  });
});
