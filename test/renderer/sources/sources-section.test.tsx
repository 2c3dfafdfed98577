import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { SourcesSection } from '../../../renderer/features/case/sections/SourcesSection.tsx';
import { addSource, renderCase } from './case-harness.tsx';

describe('Sources section', () => {
  it('shows an empty state and adds a source to the library with "Add source"', async () => {
    const { user, bridge } = renderCase((document) => <SourcesSection document={document} />);
    expect(await screen.findByText('No sources cited yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add source' }));
    const dialog = screen.getByRole('dialog', { name: 'Add source' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'SAMR notice on paid promotion');
    await user.type(within(dialog).getByRole('textbox', { name: 'Publisher' }), 'SAMR');
    await user.click(within(dialog).getByRole('button', { name: 'Add source' }));
    const library = await screen.findByRole('list', { name: 'Other sources in your library' });
    expect(within(library).getByText('SAMR notice on paid promotion')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.notebook.call('sources.list', {}).sources.map((source) => source.title)).toEqual([
      'SAMR notice on paid promotion',
    ]);
  });

  it('lists the case’s sources with publisher, date, kind, grading and where each is cited', async () => {
    const jumps = vi.fn();
    const listener = (event: Event) => jumps((event as CustomEvent).detail);
    window.addEventListener('casebook:jump-to-section', listener);
    onTestFinished(() => window.removeEventListener('casebook:jump-to-section', listener));
    const { user } = renderCase(
      (document) => <SourcesSection document={document} />,
      (bridge, caseId) => {
        const sourceId = addSource(bridge, {
          title: 'Xiaomi denies paying KOLs',
          publisher: 'Reuters',
          publishedOn: '2026-01-12',
        });
        bridge.notebook.call('sources.update', {
          id: sourceId,
          patch: { reliability: 'B', credibility: 2, kind: 'news' },
        });
        const row = bridge.notebook.call('issueRows.create', { caseId, fields: { issue: 'Paid posts' } });
        bridge.notebook.call('issueRows.create', { caseId, fields: { issue: 'Statement' } });
        const second = bridge.notebook.call('issueRows.create', { caseId, fields: { issue: 'Enquiry' } });
        const fact = bridge.notebook.call('facts.create', {
          caseId,
          fields: { statement: 'Shares fell 4% on the day the posts surfaced' },
        });
        for (const target of [
          { kind: 'issueRow' as const, id: row.id },
          { kind: 'issueRow' as const, id: second.id },
          { kind: 'fact' as const, id: fact.id },
        ])
          bridge.notebook.call('citations.add', { target, citation: { sourceId, locator: null } });
        addSource(bridge, { title: 'Uncited background piece' });
      },
    );
    const cited = await screen.findByRole('list', { name: 'Sources cited in this case' });
    const item = within(cited).getByRole('listitem');
    expect(item.textContent).toContain('Xiaomi denies paying KOLs');
    expect(item.textContent).toContain('Reuters');
    expect(item.textContent).toContain('12 January 2026');
    expect(item.textContent).toContain('News article');
    expect(within(item).getByText('Graded B2')).toBeTruthy();
    expect(
      within(item)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Row 1', 'Row 3', 'Fact “Shares fell 4% on the day the posts…”']);
    await user.click(within(item).getByRole('button', { name: 'Row 3' }));
    expect(jumps).toHaveBeenCalledWith({ section: 'issues' });
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Other sources in your library' })).getByText(
          'Uncited background piece',
        ),
      ).toBeTruthy(),
    );
  });
});
