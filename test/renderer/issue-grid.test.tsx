import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openSection, renderApp, settle } from './render-app.tsx';

async function setup(
  rows: { issue: string; response?: string; impact?: string; incomplete?: boolean }[] = [
    { issue: 'Paid posts alleged', response: 'Denied', impact: 'Trending' },
    { issue: 'Executive statement', response: 'Apology', impact: 'Calmer' },
    { issue: 'Regulator enquiry', response: '', impact: '', incomplete: true },
  ],
) {
  const app = renderApp(
    (notebook) => {
      notebook.addCase({ id: 'case-a', title: 'KOL controversy' });
      notebook.addRows('case-a', rows);
    },
    { openCase: 'case-a' },
  );
  await openSection('Issue / response / impact');
  const grid = await screen.findByRole('grid');
  return { ...app, grid };
}

function cell(grid: HTMLElement, row: number, col: number): HTMLElement {
  const rows = within(grid).getAllByRole('row').slice(1);
  return within(rows[row]!).getAllByRole('gridcell')[col]!;
}

function storedTexts(notebook: { cases: Map<string, { issueRows: { issue: string }[] }> }): string[] {
  return notebook.cases.get('case-a')!.issueRows.map((row) => row.issue);
}

describe('issue / response / impact grid', () => {
  it('is an ARIA grid with the three named columns and the rows in order', async () => {
    const { grid } = await setup();
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .slice(0, 3)
        .map((header) => header.textContent),
    ).toEqual(['Issue', 'Response', 'Impact']);
    expect(within(grid).getAllByRole('row')).toHaveLength(4);
    expect(cell(grid, 0, 0).textContent).toBe('Paid posts alleged');
    expect(cell(grid, 2, 0).textContent).toBe('Regulator enquiry');
    expect(within(within(grid).getAllByRole('row')[3]!).getByText('Incomplete')).toBeTruthy();
  });

  it('moves between cells with the arrow keys', async () => {
    const { grid, user } = await setup();
    await user.click(cell(grid, 0, 0));
    expect(document.activeElement).toBe(cell(grid, 0, 0));
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toBe(cell(grid, 1, 2));
    await user.keyboard('{ArrowRight}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(cell(grid, 2, 2));
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(document.activeElement).toBe(cell(grid, 1, 1));
  });

  it('edits with Enter: Shift+Enter adds a line, Enter commits and moves down', async () => {
    const { grid, user, notebook } = await setup();
    await user.click(cell(grid, 0, 1));
    await user.keyboard('{Enter}');
    const editor = within(grid).getByRole('textbox', { name: 'Response, row 1' });
    expect(document.activeElement).toBe(editor);
    await user.keyboard(' firmly{Shift>}{Enter}{/Shift}then sued');
    expect((editor as HTMLTextAreaElement).value).toBe('Denied firmly\nthen sued');
    await user.keyboard('{Enter}');
    expect(within(grid).queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(cell(grid, 1, 1));
    expect(cell(grid, 0, 1).textContent).toBe('Denied firmly\nthen sued');
    await waitFor(() => expect(notebook.cases.get('case-a')!.issueRows[0]!.response).toBe('Denied firmly\nthen sued'));
  });

  it('starts editing when a character is typed, Tab commits and moves right', async () => {
    const { grid, user, notebook } = await setup();
    await user.click(cell(grid, 2, 1));
    await user.keyboard('Under review{Tab}');
    expect(document.activeElement).toBe(cell(grid, 2, 2));
    expect(cell(grid, 2, 1).textContent).toBe('Under review');
    await waitFor(() => expect(notebook.cases.get('case-a')!.issueRows[2]!.response).toBe('Under review'));
  });

  it('leaves the cell with Escape keeping what was typed', async () => {
    const { grid, user, notebook } = await setup();
    await user.click(cell(grid, 1, 2));
    await user.keyboard('{Enter} for a week{Escape}');
    expect(within(grid).queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(cell(grid, 1, 2));
    expect(cell(grid, 1, 2).textContent).toBe('Calmer for a week');
    await waitFor(() => expect(notebook.cases.get('case-a')!.issueRows[1]!.impact).toBe('Calmer for a week'));
  });

  it('never commits or moves on keys pressed while an input method is composing', async () => {
    const { grid, user, notebook } = await setup();
    await user.click(cell(grid, 0, 0));
    await user.keyboard('{Enter}');
    const editor = within(grid).getByRole('textbox', { name: 'Issue, row 1' });
    fireEvent.keyDown(editor, { key: 'Enter', keyCode: 229, isComposing: true });
    fireEvent.keyDown(editor, { key: 'Tab', keyCode: 229, isComposing: true });
    expect(within(grid).getByRole('textbox', { name: 'Issue, row 1' })).toBe(editor);
    expect(document.activeElement).toBe(editor);
    await user.keyboard('{Escape}');
    fireEvent.keyDown(cell(grid, 0, 0), { key: 'ArrowDown', altKey: true, keyCode: 229, isComposing: true });
    await settle(20);
    expect(notebook.callsTo('issueRows.reorder')).toHaveLength(0);
  });

  it('adds a row at the end and puts its first cell in editing', async () => {
    const { user, notebook } = await setup([]);
    expect(screen.getByText(/No rows yet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    const editor = await screen.findByRole('textbox', { name: 'Issue, row 1' });
    await waitFor(() => expect(document.activeElement).toBe(editor));
    await user.keyboard('First issue{Enter}');
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Issue, row 2' })));
    await user.keyboard('Second issue{Tab}');
    await waitFor(() => expect(storedTexts(notebook)).toEqual(['First issue', 'Second issue']));
    expect(notebook.callsTo('issueRows.create').map((call) => call.request)).toEqual([
      { caseId: 'case-a' },
      { caseId: 'case-a', afterId: expect.any(String) },
    ]);
  });

  it('inserts below the focused row when "Add row" is reached from a cell', async () => {
    const { grid, user, notebook } = await setup();
    await user.click(cell(grid, 0, 2));
    await user.tab(); // the row's buttons
    screen.getByRole('button', { name: 'Add row' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Issue, row 2' })));
    await user.keyboard('Inserted{Enter}');
    await waitFor(() =>
      expect(storedTexts(notebook)).toEqual([
        'Paid posts alleged',
        'Inserted',
        'Executive statement',
        'Regulator enquiry',
      ]),
    );
  });

  it('reorders with Alt+Arrow keys and with the move buttons, sending the full id list', async () => {
    const { grid, user, notebook } = await setup();
    const ids = notebook.cases.get('case-a')!.issueRows.map((row) => row.id);
    await user.click(cell(grid, 0, 0));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(cell(grid, 1, 0).textContent).toBe('Paid posts alleged');
    expect(document.activeElement).toBe(cell(grid, 1, 0));
    await waitFor(() =>
      expect(storedTexts(notebook)).toEqual(['Executive statement', 'Paid posts alleged', 'Regulator enquiry']),
    );
    expect(notebook.callsTo('issueRows.reorder')[0]!.request).toEqual({
      caseId: 'case-a',
      ids: [ids[1], ids[0], ids[2]],
    });
    await user.click(screen.getByRole('button', { name: 'Move row 3 up' }));
    await waitFor(() =>
      expect(storedTexts(notebook)).toEqual(['Executive statement', 'Regulator enquiry', 'Paid posts alleged']),
    );
    await user.click(screen.getByRole('button', { name: 'Move row 1 down' }));
    await waitFor(() =>
      expect(storedTexts(notebook)).toEqual(['Regulator enquiry', 'Executive statement', 'Paid posts alleged']),
    );
  });

  it('deletes a row to the trash and restores it with Undo', async () => {
    const { grid, user, notebook } = await setup();
    await user.click(screen.getByRole('button', { name: 'Delete row 2' }));
    await waitFor(() => expect(within(grid).getAllByRole('row')).toHaveLength(3));
    expect(storedTexts(notebook)).toEqual(['Paid posts alleged', 'Regulator enquiry']);
    expect(await screen.findByText('Row 2 moved to the trash.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(storedTexts(notebook)).toEqual(['Paid posts alleged', 'Executive statement', 'Regulator enquiry']),
    );
    await waitFor(() => expect(cell(grid, 1, 0).textContent).toBe('Executive statement'));
    expect(notebook.callsTo('trash.restore')).toHaveLength(1);
  });
});
