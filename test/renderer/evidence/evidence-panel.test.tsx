import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { overwriteSnapshotHtmlKeepingHash } from '../../../electron/store/snapshots.ts';
import type { AppEventDetails } from '../../../renderer/app-events.ts';
import { EvidenceCheckPanel } from '../../../renderer/features/evidence/EvidenceCheckPanel.tsx';
import { addSource, renderCase } from '../sources/case-harness.tsx';

function page(title: string, text: string): string {
  return `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;
}

function openedItems(): AppEventDetails['casebook:open-item'][] {
  const opened: AppEventDetails['casebook:open-item'][] = [];
  window.addEventListener('casebook:open-item', (event) =>
    opened.push((event as CustomEvent<AppEventDetails['casebook:open-item']>).detail),
  );
  return opened;
}

describe('EvidenceCheckPanel', () => {
  it('groups the problems under plain headings, shows conflicts side by side, and links to the items', async () => {
    const opened = openedItems();
    let ids = { quote: '', fact: '', caseId: '' };
    const { user, bridge } = renderCase(
      (document) => <EvidenceCheckPanel caseId={document.case.id} />,
      (bridge, caseId) => {
        const statement = bridge.notebook.call('sources.addFromHtml', {
          html: page('Xiaomi statement', 'Xiaomi said it never paid bloggers to attack rivals.'),
        }).source.id;
        const bare = addSource(bridge, { title: 'Weibo post by @KOL', url: 'https://weibo.com/kol/1' });
        const quote = bridge.notebook.call('quotes.create', { caseId, fields: { text: 'We never paid any blogger.' } });
        const fact = bridge.notebook.call('facts.create', {
          caseId,
          fields: { statement: 'Invoices show 2.3 million yuan paid to KOL accounts.' },
        });
        bridge.notebook.call('citations.add', {
          target: { kind: 'quote', id: quote.id },
          citation: { sourceId: statement },
        });
        bridge.notebook.call('citations.add', { target: { kind: 'fact', id: fact.id }, citation: { sourceId: bare } });
        bridge.notebook.call('conflicts.add', {
          caseId,
          conflict: { a: quote.id, b: fact.id, note: 'Denial vs invoices' },
        });
        bridge.notebook.call('facts.create', { caseId, fields: { statement: '40 accounts were suspended.' } });
        ids = { quote: quote.id, fact: fact.id, caseId };
      },
    );
    const expected = bridge.notebook.call('evidence.check', { caseId: ids.caseId }).problems;
    expect(new Set(expected.map((problem) => problem.kind))).toEqual(
      new Set(['unsupported', 'single-source', 'conflicting', 'no-snapshot']),
    );
    const summary = await screen.findByRole('status');
    await waitFor(() => expect(summary.textContent).toBe(`${expected.length} problems`));

    const unsupported = screen.getByRole('region', { name: 'Claims with no source' });
    expect(within(unsupported).getByRole('button', { name: /40 accounts were suspended/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Claims with a single source' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Sources without a snapshot' })).toBeTruthy();

    const conflicting = screen.getByRole('region', { name: 'Conflicting claims' });
    const pair = await within(conflicting).findByRole('listitem');
    expect(within(pair).getByRole('button', { name: '“We never paid any blogger.”' })).toBeTruthy();
    expect(
      within(pair).getByRole('button', { name: '“Invoices show 2.3 million yuan paid to KOL accounts.”' }),
    ).toBeTruthy();
    expect(within(pair).getByText('Xiaomi statement')).toBeTruthy();
    expect(within(pair).getByText('Weibo post by @KOL')).toBeTruthy();
    expect(within(pair).getByText('Denial vs invoices')).toBeTruthy();

    await user.click(
      within(pair).getByRole('button', { name: '“Invoices show 2.3 million yuan paid to KOL accounts.”' }),
    );
    expect(opened.at(-1)).toEqual({ caseId: ids.caseId, kind: 'fact', itemId: ids.fact });
    await user.click(within(unsupported).getByRole('button', { name: /40 accounts were suspended/ }));
    expect(opened.at(-1)).toMatchObject({ caseId: ids.caseId, kind: 'fact' });
  });

  it('says there is nothing to fix once every claim has its sources, and updates after a write', async () => {
    const { bridge, caseId } = renderCase(
      (document) => <EvidenceCheckPanel caseId={document.case.id} />,
      (bridge, caseId) => {
        const quote = bridge.notebook.call('quotes.create', { caseId, fields: { text: 'We apologise.' } });
        for (const [index, text] of ['Statement one', 'Statement two'].entries()) {
          const sourceId = bridge.notebook.call('sources.addFromHtml', {
            html: page(`Statement ${index + 1}`, `${text}: Xiaomi apologised to its rivals on Weibo.`),
          }).source.id;
          bridge.notebook.call('citations.add', { target: { kind: 'quote', id: quote.id }, citation: { sourceId } });
        }
      },
    );
    const summary = await screen.findByRole('status');
    await waitFor(() => expect(summary.textContent).toBe('No problems: every claim has its sources.'));
    // A new claim without a source shows up without reopening the panel.
    bridge.notebook.call('facts.create', { caseId, fields: { statement: 'Sales fell 8%.' } });
    bridge.emit('tables-changed', { tables: ['facts'] });
    await waitFor(() => expect(summary.textContent).toBe('1 problem'));
  });

  it('opens a changed snapshot in the viewer, with its mismatch alert', async () => {
    let sourceId = '';
    const { user, bridge } = renderCase(
      (document) => <EvidenceCheckPanel caseId={document.case.id} />,
      (bridge, caseId) => {
        sourceId = bridge.notebook.call('sources.addFromHtml', {
          html: page('Xiaomi statement', 'Xiaomi said it never paid bloggers to attack rivals.'),
        }).source.id;
        const quote = bridge.notebook.call('quotes.create', { caseId, fields: { text: 'We never paid.' } });
        bridge.notebook.call('citations.add', { target: { kind: 'quote', id: quote.id }, citation: { sourceId } });
      },
    );
    overwriteSnapshotHtmlKeepingHash(bridge.notebook.db, sourceId, '<p>Xiaomi paid the bloggers.</p>');
    const changed = await screen.findByRole('region', { name: 'Snapshots that changed' });
    await user.click(within(changed).getByRole('button'));
    const viewer = await screen.findByRole('dialog', { name: 'Snapshot of “Xiaomi statement”' });
    expect((await within(viewer).findByRole('alert')).textContent).toBe(
      'The snapshot does not match the hash recorded when it was captured: it has changed since.',
    );
  });
});
