import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { undoLastEdit, redoLastEdit } from '../../../renderer/edit-history.ts';
import { CitationChips } from '../../../renderer/features/sources/CitationChips.tsx';
import { addSource, renderCase } from './case-harness.tsx';

const LONG_TITLE =
  'Xiaomi says it never paid key opinion leaders to smear rivals, and asks the platforms to trace the accounts behind the campaign';

function renderChips(prepareCitation = true) {
  let rowId = '';
  let sourceIds: string[] = [];
  const harness = renderCase(
    (document) => {
      const row = document.issueRows[0]!;
      return (
        <CitationChips
          caseId={document.case.id}
          target={{ kind: 'issueRow', id: row.id }}
          citations={row.citations}
          sources={document.sources}
          itemLabel="row 1"
        />
      );
    },
    (bridge, caseId) => {
      rowId = bridge.notebook.call('issueRows.create', { caseId, fields: { issue: 'Paid posts alleged' } }).id;
      sourceIds = [
        addSource(bridge, { title: LONG_TITLE, publisher: 'Reuters' }),
        addSource(bridge, { title: 'Caixin investigation', publisher: 'Caixin' }),
      ];
      if (prepareCitation)
        bridge.notebook.call('citations.add', {
          target: { kind: 'issueRow', id: rowId },
          citation: { sourceId: sourceIds[0]!, locator: 'para. 2' },
        });
    },
  );
  const citations = () => harness.stored().issueRows[0]!.citations;
  return { ...harness, rowId, sourceIds, citations };
}

describe('citation chips', () => {
  it('shows each cited source with its full title in the text and tooltip, and the locator', async () => {
    renderChips();
    const list = await screen.findByRole('list', { name: 'Sources of row 1' });
    const chip = within(list).getAllByRole('listitem')[0]!;
    expect(chip.textContent).toContain(`${LONG_TITLE} · para. 2`);
    expect(chip.querySelector('.citation-chip-label')?.getAttribute('title')).toBe(`${LONG_TITLE} · para. 2`);
    expect(within(list).getByRole('button', { name: `Remove citation ${LONG_TITLE}` })).toBeTruthy();
  });

  it('cites a source picked with "Add source", and undo and redo take it back and again', async () => {
    const { user, citations, sourceIds } = renderChips();
    await user.click(await screen.findByRole('button', { name: 'Add source' }));
    const dialog = screen.getByRole('dialog', { name: 'Choose a source' });
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search sources' }), 'caixin');
    await waitFor(() => expect(within(dialog).getAllByRole('option')).toHaveLength(1));
    await user.type(within(dialog).getByRole('textbox', { name: 'Locator' }), 'p. 4');
    await user.click(within(dialog).getByRole('button', { name: 'Cite' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const list = screen.getByRole('list', { name: 'Sources of row 1' });
    await waitFor(() => expect(within(list).getByText('Caixin investigation')).toBeTruthy());
    expect(list.textContent).toContain('· p. 4');
    await waitFor(() =>
      expect(citations()).toEqual([
        { sourceId: sourceIds[0], locator: 'para. 2' },
        { sourceId: sourceIds[1], locator: 'p. 4' },
      ]),
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add source' }));

    await undoLastEdit();
    await waitFor(() => expect(within(list).queryByText('Caixin investigation')).toBeNull());
    expect(citations()).toHaveLength(1);
    await redoLastEdit();
    await waitFor(() => expect(within(list).getByText('Caixin investigation')).toBeTruthy());
    expect(citations()).toHaveLength(2);
  });

  it('removes a citation with its button; undo cites it again with its locator', async () => {
    const { user, citations, sourceIds } = renderChips();
    await user.click(await screen.findByRole('button', { name: `Remove citation ${LONG_TITLE}` }));
    expect(screen.queryByRole('button', { name: `Remove citation ${LONG_TITLE}` })).toBeNull();
    await waitFor(() => expect(citations()).toEqual([]));
    await undoLastEdit();
    await waitFor(() => expect(citations()).toEqual([{ sourceId: sourceIds[0], locator: 'para. 2' }]));
    expect(await screen.findByRole('button', { name: `Remove citation ${LONG_TITLE}` })).toBeTruthy();
  });

  it('shows nothing but the "Add source" button when the item cites nothing', async () => {
    renderChips(false);
    const list = await screen.findByRole('list', { name: 'Sources of row 1' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByRole('button', { name: 'Add source' })).toBeTruthy();
  });
});
