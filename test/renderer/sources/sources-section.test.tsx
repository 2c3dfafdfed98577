import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { putSnapshot } from '../../../electron/store/sources.ts';
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
        putSnapshot(bridge.notebook.db, sourceId, {
          sha256: 'a'.repeat(64),
          capturedAt: '2026-02-04T10:00:00.000Z',
          text: 'Xiaomi said it never paid bloggers.',
          html: '<p>Xiaomi said it never paid bloggers.</p>',
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
    const grade = within(item).getByText((_text, element) => element?.classList.contains('source-grade') ?? false);
    expect(grade.textContent).toBe('Graded B2: Usually reliable, probably true');
    expect(grade.getAttribute('title')).toContain('Usually reliable, probably true');
    expect(within(item).getByText('Snapshot 4 February 2026')).toBeTruthy();
    expect(
      within(item.querySelector('.source-item-cited') as HTMLElement)
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
  it('opens the source library, whole or at a source, and shows a source’s snapshot', async () => {
    const opened = vi.fn();
    const listener = (event: Event) => opened((event as CustomEvent).detail);
    window.addEventListener('casebook:open-library', listener);
    onTestFinished(() => window.removeEventListener('casebook:open-library', listener));
    let sourceId = '';
    const { user } = renderCase(
      (document) => <SourcesSection document={document} />,
      (bridge, caseId) => {
        sourceId = addSource(bridge, { title: 'Caixin: the KOL contracts' });
        putSnapshot(bridge.notebook.db, sourceId, {
          sha256: 'b'.repeat(64),
          capturedAt: '2026-01-20T08:00:00.000Z',
          text: 'The contracts were signed in December.',
          html: '<p>The contracts were signed in December.</p>',
        });
        const row = bridge.notebook.call('issueRows.create', { caseId, fields: { issue: 'Contracts' } });
        bridge.notebook.call('citations.add', {
          target: { kind: 'issueRow', id: row.id },
          citation: { sourceId, locator: null },
        });
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Open source library' }));
    expect(opened).toHaveBeenLastCalledWith({});
    await user.click(screen.getByRole('button', { name: 'Open Caixin: the KOL contracts in the library' }));
    expect(opened).toHaveBeenLastCalledWith({ sourceId });
    await user.click(screen.getByRole('button', { name: 'View snapshot of Caixin: the KOL contracts' }));
    expect(await screen.findByRole('dialog', { name: 'Snapshot of “Caixin: the KOL contracts”' })).toBeTruthy();
  });

  it('asks before removing a cited source, naming where it is cited, and moves it to the trash', async () => {
    let sourceId = '';
    const { user, bridge } = renderCase(
      (document) => <SourcesSection document={document} />,
      (bridge, caseId) => {
        sourceId = addSource(bridge, { title: 'Weibo post by the blogger' });
        const row = bridge.notebook.call('issueRows.create', { caseId, fields: { issue: 'Paid posts' } });
        const fact = bridge.notebook.call('facts.create', { caseId, fields: { statement: 'The post was deleted' } });
        for (const target of [
          { kind: 'issueRow' as const, id: row.id },
          { kind: 'fact' as const, id: fact.id },
        ])
          bridge.notebook.call('citations.add', { target, citation: { sourceId, locator: null } });
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Remove Weibo post by the blogger' }));
    const confirm = await screen.findByRole('dialog', { name: 'Move “Weibo post by the blogger” to the trash?' });
    expect(confirm.textContent).toContain('It is cited in Row 1 and Fact “The post was deleted”.');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(bridge.notebook.call('sources.list', {}).sources.map((source) => source.id)).toEqual([sourceId]);

    await user.click(screen.getByRole('button', { name: 'Remove Weibo post by the blogger' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: /to the trash\?$/ })).getByRole('button', {
        name: 'Move to trash',
      }),
    );
    await screen.findByText('Moved “Weibo post by the blogger” to the trash.');
    expect(bridge.notebook.call('sources.list', {}).sources).toEqual([]);
    expect(bridge.notebook.call('trash.list', {}).entries.map((entry) => entry.label)).toEqual([
      'Weibo post by the blogger',
    ]);
    await screen.findByText('No sources cited yet.');
  });

  it('names the other cases that cite a source before removing it', async () => {
    const { user } = renderCase(
      (document) => <SourcesSection document={document} />,
      (bridge) => {
        const sourceId = addSource(bridge, { title: 'Reuters: Xiaomi shares fall' });
        const other = bridge.notebook.call('cases.create', { title: 'Smartphone price war' }).id;
        for (const statement of ['Shares fell 4%', 'Volume doubled']) {
          const fact = bridge.notebook.call('facts.create', { caseId: other, fields: { statement } });
          bridge.notebook.call('citations.add', {
            target: { kind: 'fact', id: fact.id },
            citation: { sourceId, locator: null },
          });
        }
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Remove Reuters: Xiaomi shares fall' }));
    const confirm = await screen.findByRole('dialog', { name: 'Move “Reuters: Xiaomi shares fall” to the trash?' });
    expect(confirm.textContent).toContain('It is cited in 2 places in “Smartphone price war”.');
  });

  it('removes a source no case cites without asking', async () => {
    const { user, bridge } = renderCase(
      (document) => <SourcesSection document={document} />,
      (bridge) => {
        addSource(bridge, { title: 'Unused draft source' });
      },
    );
    await user.click(await screen.findByRole('button', { name: 'Remove Unused draft source' }));
    await screen.findByText('Moved “Unused draft source” to the trash.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.notebook.call('sources.list', {}).sources).toEqual([]);
  });
});
