import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { putSnapshot } from '../../../electron/store/sources.ts';
import { BibliographyPanel } from '../../../renderer/features/bibliography/BibliographyPanel.tsx';
import { referencesFileName } from '../../../renderer/features/bibliography/reference-files.ts';
import { renderCase } from '../sources/case-harness.tsx';
import type { ServiceBridge } from '../service-bridge.ts';

const NEWS = {
  title: 'Xiaomi sues bloggers over black PR',
  kind: 'news' as const,
  authors: ['Lan Wu'],
  publisher: 'Caixin Global',
  publishedOn: '2026-01-05',
  url: 'https://www.caixinglobal.com/2026-01-05/xiaomi-sues-bloggers.html',
};

/** Formatting loads the CSL styles and locales the first time: slow on a busy machine. */
const SLOW = { timeout: 10_000 };

function citeFromFact(bridge: ServiceBridge, caseId: string, fields: Record<string, unknown>): string {
  const sourceId = bridge.notebook.call('sources.create', { fields: fields as typeof NEWS }).source.id;
  const fact = bridge.notebook.call('facts.create', { caseId, fields: { statement: 'Xiaomi sued four bloggers' } });
  bridge.notebook.call('citations.add', { target: { kind: 'fact', id: fact.id }, citation: { sourceId } });
  return sourceId;
}

function renderPanel(prepare?: (bridge: ServiceBridge, caseId: string) => void) {
  return renderCase(
    (document) => (
      <BibliographyPanel
        caseId={document.case.id}
        caseTitle={document.case.title}
        citedCount={document.sources.length}
      />
    ),
    prepare,
  );
}

function mockClipboard() {
  const writeText = vi.fn((_text: string) => Promise.resolve());
  const write = vi.fn((_items: unknown[]) => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText, write } });
  class FakeClipboardItem {
    readonly items: Record<string, Blob>;
    constructor(items: Record<string, Blob>) {
      this.items = items;
    }
  }
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
  return { writeText, write };
}

describe('Bibliography panel', () => {
  it('says there is no bibliography while the case cites nothing', async () => {
    renderPanel();
    expect(await screen.findByText(/No bibliography yet: this case cites no source\./)).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Citation style' })).toBeNull();
  });

  it('formats the cited sources in APA 7, Chicago and Harvard, with the snapshot date', async () => {
    const { user } = renderPanel((bridge, caseId) => {
      const id = citeFromFact(bridge, caseId, NEWS);
      putSnapshot(bridge.notebook.db, id, {
        sha256: 'c'.repeat(64),
        capturedAt: '2026-02-04T10:00:00.000Z',
        text: 't',
        html: '<p>t</p>',
      });
    });
    const apa = await screen.findByRole('list', { name: 'Bibliography, APA 7' }, SLOW);
    expect(within(apa).getByRole('listitem').textContent).toBe(
      'Wu, L. (2026, January 5). Xiaomi sues bloggers over black PR. Caixin Global. https://www.caixinglobal.com/2026-01-05/xiaomi-sues-bloggers.html Archived in Casebook on 4 February 2026.',
    );
    expect(within(apa).getByText('Caixin Global').tagName).toBe('I');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Citation style' }), 'Harvard');
    const harvard = await screen.findByRole('list', { name: 'Bibliography, Harvard' });
    await waitFor(() => expect(within(harvard).getByRole('listitem').textContent).toMatch(/^Wu, L\. \(2026\)/));
    expect(harvard.textContent).toContain('(Accessed: 4 February 2026)');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Citation style' }), 'Chicago (author-date)');
    const chicago = await screen.findByRole('list', { name: 'Bibliography, Chicago (author-date)' });
    await waitFor(() => expect(chicago.textContent).toMatch(/^Wu, Lan\. 2026\./));
  }, 20_000);

  it('shows markup in a title as text, never as elements', async () => {
    renderPanel((bridge, caseId) => {
      citeFromFact(bridge, caseId, {
        ...NEWS,
        title: 'Bloggers <img src=x onerror=alert(1)><script>alert(2)</script>',
      });
    });
    const list = await screen.findByRole('list', { name: 'Bibliography, APA 7' }, SLOW);
    expect(list.textContent).toContain('Bloggers <img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(list.querySelector('img, script, [onerror]')).toBeNull();
  });

  it('copies as plain text and as rich text (HTML with a plain-text fallback)', async () => {
    const { user } = renderPanel((bridge, caseId) => citeFromFact(bridge, caseId, NEWS));
    // After user-event's setup, which puts its own clipboard in place.
    const clipboard = mockClipboard();
    await screen.findByRole('list', { name: 'Bibliography, APA 7' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(clipboard.writeText).toHaveBeenCalledWith(
      'Wu, L. (2026, January 5). Xiaomi sues bloggers over black PR. Caixin Global. https://www.caixinglobal.com/2026-01-05/xiaomi-sues-bloggers.html',
    );
    await screen.findByText('Copied the bibliography (APA 7) as text.');
    await user.click(screen.getByRole('button', { name: 'Copy as rich text' }));
    await waitFor(() => expect(clipboard.write).toHaveBeenCalledTimes(1));
    const [item] = clipboard.write.mock.calls[0]![0] as { items: Record<string, Blob> }[];
    expect(await item!.items['text/html']!.text()).toBe(
      '<p>Wu, L. (2026, January 5). Xiaomi sues bloggers over black PR. <i>Caixin Global</i>. https://www.caixinglobal.com/2026-01-05/xiaomi-sues-bloggers.html</p>',
    );
    expect(await item!.items['text/plain']!.text()).toMatch(/^Wu, L\. \(2026, January 5\)/);
  });

  it('exports the case’s sources as BibTeX, RIS or CSL-JSON, saved as a download', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.href) as Blob });
    });
    onTestFinished(() => {
      vi.restoreAllMocks();
    });
    const { user } = renderPanel((bridge, caseId) => citeFromFact(bridge, caseId, NEWS));
    await screen.findByRole('list', { name: 'Bibliography, APA 7' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Export sources' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('kol-controversy-sources.bib');
    const bibtex = await saved[0]!.blob.text();
    expect(bibtex).toMatch(/^@\w+\{/m);
    expect(bibtex).toContain('title = {Xiaomi sues bloggers over black {PR}}');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Export format' }), 'CSL-JSON');
    await user.click(screen.getByRole('button', { name: 'Export sources' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.name).toBe('kol-controversy-sources.json');
    expect(JSON.parse(await saved[1]!.blob.text())).toEqual([
      expect.objectContaining({ title: 'Xiaomi sues bloggers over black PR' }),
    ]);
  });

  it('names export files after the case, in any script', () => {
    expect(referencesFileName('Xiaomi KOL “black PR” (2026)', 'ris')).toBe('xiaomi-kol-black-pr-2026-sources.ris');
    expect(referencesFileName('小米 黑公关', 'bib')).toBe('小米-黑公关-sources.bib');
    expect(referencesFileName('***', 'json')).toBe('case-sources.json');
  });
});
