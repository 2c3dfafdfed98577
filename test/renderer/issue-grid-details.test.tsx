import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { redoLastEdit, undoLastEdit } from '../../renderer/edit-history.ts';
import { IssueGrid } from '../../renderer/features/case/issue-table/IssueGrid.tsx';
import { addSource, renderCase } from './sources/case-harness.tsx';

const ROWS = [
  { issue: 'Paid posts alleged', response: 'Denied', impact: 'Trending' },
  { issue: 'Executive statement', response: 'Apology', impact: 'Calmer' },
  { issue: 'Regulator enquiry', response: '', impact: '', incomplete: true },
];

function renderGrid() {
  const harness = renderCase(
    (document) => (
      <IssueGrid
        caseId={document.case.id}
        rows={document.issueRows}
        sources={document.sources}
        actors={document.actors}
      />
    ),
    (bridge, caseId) => {
      for (const fields of ROWS) bridge.notebook.call('issueRows.create', { caseId, fields });
      bridge.notebook.call('actors.create', { caseId, fields: { name: 'Xiaomi' } });
      bridge.notebook.call('actors.create', { caseId, fields: { name: 'Lei Jun', kind: 'person' } });
      addSource(bridge, { title: 'Weibo statement by Lei Jun', publisher: 'Weibo' });
    },
  );
  const rows = () => harness.stored().issueRows;
  const issues = () => rows().map((row) => row.issue);
  return { ...harness, rows, issues };
}

async function grid(): Promise<HTMLElement> {
  return screen.findByRole('grid', { name: 'Issue / response / impact' });
}

function cell(gridElement: HTMLElement, row: number, col: number): HTMLElement {
  const rows = within(gridElement)
    .getAllByRole('row')
    .filter((element) => element.hasAttribute('data-row-id'));
  return within(rows[row]!).getAllByRole('gridcell')[col]!;
}

describe('issue grid: coding, actor, sources and completeness', () => {
  it('codes a row with a strategy, a Benoit strategy and an actor from its details', async () => {
    const { user, rows } = renderGrid();
    await grid();
    await user.click(screen.getByRole('button', { name: 'Details of row 2' }));
    const details = screen.getByRole('group', { name: 'Details of row 2' });
    expect(screen.getByRole('button', { name: 'Details of row 2' }).getAttribute('aria-expanded')).toBe('true');
    const strategy = within(details).getByRole('combobox', { name: 'Strategy' });
    await user.selectOptions(strategy, 'Apology');
    expect(document.getElementById(strategy.getAttribute('aria-describedby')!)!.textContent).toContain(
      'Take full responsibility for the crisis',
    );
    await user.selectOptions(within(details).getByRole('combobox', { name: 'Benoit strategy' }), 'Mortification');
    await user.selectOptions(within(details).getByRole('combobox', { name: 'Actor' }), 'Lei Jun');
    await waitFor(() =>
      expect(rows()[1]).toMatchObject({ strategy: 'apology', benoit: 'mortification', actorId: expect.any(String) }),
    );
    const row2 = screen.getAllByRole('row').find((row) => row.getAttribute('data-row-id') === rows()[1]!.id)!;
    expect(within(row2).getByText('Apology', { selector: '.badge' })).toBeTruthy();
    expect(within(row2).getByText('Lei Jun')).toBeTruthy();

    await undoLastEdit();
    await waitFor(() => expect(rows()[1]!.actorId).toBeNull());
    await undoLastEdit();
    await waitFor(() => expect(rows()[1]!.benoit).toBeNull());
    expect(rows()[1]!.strategy).toBe('apology');
    await waitFor(() =>
      expect(within(details).getByRole<HTMLSelectElement>('combobox', { name: 'Benoit strategy' }).value).toBe(''),
    );
  });

  it('keeps one row’s details open at a time and closes them with Escape', async () => {
    const { user } = renderGrid();
    await grid();
    await user.click(screen.getByRole('button', { name: 'Details of row 1' }));
    await user.click(screen.getByRole('button', { name: 'Details of row 3' }));
    expect(screen.queryByRole('group', { name: 'Details of row 1' })).toBeNull();
    const details = screen.getByRole('group', { name: 'Details of row 3' });
    await user.click(within(details).getByRole('combobox', { name: 'Strategy' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Details of row 3' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Details of row 3' }));
  });

  it('clears "Incomplete" with "Mark complete", and undo marks it again', async () => {
    const { user, rows } = renderGrid();
    const table = await grid();
    expect(within(table).getAllByText('Incomplete')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Details of row 3' }));
    await user.click(screen.getByRole('button', { name: 'Mark complete' }));
    await waitFor(() => expect(rows()[2]!.incomplete).toBe(false));
    expect(within(table).queryByText('Incomplete')).toBeNull();
    expect(screen.getByRole('button', { name: 'Mark incomplete' })).toBeTruthy();
    await undoLastEdit();
    await waitFor(() => expect(rows()[2]!.incomplete).toBe(true));
    await waitFor(() => expect(within(table).getAllByText('Incomplete').length).toBeGreaterThan(0));
  });

  it('cites a source on a row from its details, shown as a chip in the row', async () => {
    const { user, rows } = renderGrid();
    const table = await grid();
    await user.click(screen.getByRole('button', { name: 'Details of row 1' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Details of row 1' })).getByRole('button', { name: 'Add source' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Choose a source' });
    await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(1));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(rows()[0]!.citations).toHaveLength(1));
    expect(
      within(screen.getByRole('list', { name: 'Sources of row 1' })).getByText('Weibo statement by Lei Jun'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Details of row 1' }));
    expect(within(cell(table, 0, 3)).getByText('Weibo statement by Lei Jun')).toBeTruthy();
  });
});

describe('issue grid: undo and redo', () => {
  it('undoes a cell edit once editing is over, and redoes it', async () => {
    const { user, rows } = renderGrid();
    const table = await grid();
    await user.click(cell(table, 0, 1));
    await user.keyboard('{Enter} firmly, then sued{Enter}');
    await waitFor(() => expect(rows()[0]!.response).toBe('Denied firmly, then sued'));
    expect(await undoLastEdit()).toMatchObject({ label: 'Edit cell' });
    await waitFor(() => expect(rows()[0]!.response).toBe('Denied'));
    await waitFor(() => expect(cell(table, 0, 1).textContent).toBe('Denied'));
    await redoLastEdit();
    await waitFor(() => expect(cell(table, 0, 1).textContent).toBe('Denied firmly, then sued'));
    expect(rows()[0]!.response).toBe('Denied firmly, then sued');
  });

  it('records a cell edit saved while typing as one edit', async () => {
    const { user, rows } = renderGrid();
    const table = await grid();
    await user.click(cell(table, 2, 1));
    await user.keyboard('Under review');
    await waitFor(() => expect(rows()[2]!.response).toBe('Under review'), { timeout: 2000 });
    await user.keyboard(' by SAMR{Tab}');
    await waitFor(() => expect(rows()[2]!.response).toBe('Under review by SAMR'));
    await undoLastEdit();
    await waitFor(() => expect(rows()[2]!.response).toBe(''));
    expect(await undoLastEdit()).toBeNull();
  });

  it('undoes a move, a delete and an add', async () => {
    const { user, issues } = renderGrid();
    const table = await grid();
    await user.click(cell(table, 0, 0));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(issues()).toEqual(['Executive statement', 'Paid posts alleged', 'Regulator enquiry']));
    await user.click(screen.getByRole('button', { name: 'Delete row 3' }));
    await waitFor(() => expect(issues()).toEqual(['Executive statement', 'Paid posts alleged']));
    await user.click(screen.getByRole('button', { name: 'Add row' }));
    await user.keyboard('New issue{Enter}');
    await waitFor(() => expect(issues()).toEqual(['Executive statement', 'Paid posts alleged', 'New issue']));

    expect(await undoLastEdit()).toMatchObject({ label: 'Edit cell' });
    expect(await undoLastEdit()).toMatchObject({ label: 'Add row' });
    await waitFor(() => expect(issues()).toEqual(['Executive statement', 'Paid posts alleged']));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(await undoLastEdit()).toMatchObject({ label: 'Delete row' });
    await waitFor(() => expect(issues()).toEqual(['Executive statement', 'Paid posts alleged', 'Regulator enquiry']));
    expect(await undoLastEdit()).toMatchObject({ label: 'Move row' });
    await waitFor(() => expect(issues()).toEqual(['Paid posts alleged', 'Executive statement', 'Regulator enquiry']));
    await waitFor(() => expect(cell(table, 0, 0).textContent).toBe('Paid posts alleged'));
    await redoLastEdit();
    await waitFor(() => expect(issues()).toEqual(['Executive statement', 'Paid posts alleged', 'Regulator enquiry']));
    await waitFor(() => expect(cell(table, 0, 0).textContent).toBe('Executive statement'));
  });
});

describe('issue grid: dragging rows', () => {
  it('moves a row dragged by its handle to the gap under the pointer, marking the gap', async () => {
    const { issues } = renderGrid();
    const table = await grid();
    const rowElements = () =>
      within(table)
        .getAllByRole('row')
        .filter((row) => row.hasAttribute('data-row-id'));
    rowElements().forEach((row, index) => {
      row.getBoundingClientRect = () => ({ top: 40 + index * 50, bottom: 90 + index * 50 }) as DOMRect;
    });
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Drag to reorder row 1' }), { button: 0, clientY: 60 });
    fireEvent.pointerMove(window, { clientY: 150 });
    expect(rowElements()[2]!.className).toContain('is-drop-before');
    fireEvent.pointerMove(window, { clientY: 185 });
    expect(rowElements()[2]!.className).toContain('is-drop-after');
    fireEvent.pointerUp(window, { clientY: 185 });
    expect(
      within(table)
        .getAllByRole('row')
        .some((row) => /is-drop/.test(row.className)),
    ).toBe(false);
    await waitFor(() => expect(issues()).toEqual(['Executive statement', 'Regulator enquiry', 'Paid posts alleged']));
    expect(cell(table, 2, 0).textContent).toBe('Paid posts alleged');
  });

  it('moves nothing when the drag is cancelled with Escape or dropped where it started', async () => {
    const { bridge } = renderGrid();
    const table = await grid();
    within(table)
      .getAllByRole('row')
      .filter((row) => row.hasAttribute('data-row-id'))
      .forEach((row, index) => {
        row.getBoundingClientRect = () => ({ top: index * 50, bottom: 50 + index * 50 }) as DOMRect;
      });
    const handle = screen.getByRole('button', { name: 'Drag to reorder row 2' });
    fireEvent.pointerDown(handle, { button: 0, clientY: 75 });
    fireEvent.pointerMove(window, { clientY: 140 });
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.pointerUp(window, { clientY: 140 });
    fireEvent.pointerDown(handle, { button: 0, clientY: 75 });
    fireEvent.pointerMove(window, { clientY: 60 });
    fireEvent.pointerUp(window, { clientY: 60 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bridge.calls.filter((call) => call.procedure === 'issueRows.reorder')).toHaveLength(0);
  });

  it('reorders with Alt+Arrow from the drag handle too', async () => {
    const { user, issues } = renderGrid();
    const table = await grid();
    await user.click(cell(table, 2, 0));
    screen.getByRole('button', { name: 'Drag to reorder row 3' }).focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(issues()).toEqual(['Paid posts alleged', 'Regulator enquiry', 'Executive statement']));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Drag to reorder row 2' }));
  });
});
