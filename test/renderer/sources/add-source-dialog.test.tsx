import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { dispatchAsync } from '../../../electron/services/dispatch.ts';
import { createPreparers, PREPARED_PROCEDURES } from '../../../electron/services/preparers.ts';
import { procedures } from '../../../shared/contract/procedures.ts';
import type { ProcedureName } from '../../../shared/contract/procedures.ts';
import { AddSourceDialog } from '../../../renderer/features/sources/AddSourceDialog.tsx';
import { clearEditHistory } from '../../../renderer/edit-history.ts';
import { ToastProvider } from '../../../renderer/ui/toasts.tsx';
import { tinyPdf } from '../../helpers/tiny-pdf.ts';
import { installServiceBridge } from '../service-bridge.ts';

// Tests run from the checkout; the shared fixtures sit beside it.
const PAGES = resolve(process.cwd(), '../shared/fixtures/web-pages');
const bbcHtml = readFileSync(resolve(PAGES, 'bbc-1/source.html'), 'utf8');
const bbc = JSON.parse(readFileSync(resolve(PAGES, 'bbc-1/expected-metadata.json'), 'utf8')) as {
  title: string;
  byline: string;
  siteName: string;
};
/** A 1×1 transparent PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (char) => char.charCodeAt(0),
);

/**
 * The real services behind the window; the procedures that reach the network first (capture, files) go
 * through dispatchAsync with `fetchPage` answering from the test instead of the network.
 */
function setup(fetchPage: typeof fetch = () => Promise.reject(new Error('no network in this test'))) {
  clearEditHistory();
  const bridge = installServiceBridge();
  const preparers = createPreparers({ fetch: fetchPage, timeoutMs: 2000 });
  const syncCall = window.casebook.call.bind(window.casebook);
  Object.defineProperty(window, 'casebook', {
    configurable: true,
    value: {
      ...window.casebook,
      call: async (procedure: string, request: unknown) => {
        if (!PREPARED_PROCEDURES.has(procedure)) return syncCall(procedure as ProcedureName, request as never);
        const result = structuredClone(await dispatchAsync(bridge.notebook.db, procedure, request, preparers));
        if (result.ok) bridge.emit('tables-changed', { tables: [...procedures[procedure as ProcedureName].writes] });
        return result;
      },
    },
  });
  const onClose = vi.fn();
  const onAdded = vi.fn();
  const onViewSnapshot = vi.fn();
  const user = userEvent.setup();
  render(
    <ToastProvider>
      <AddSourceDialog caseId={null} onClose={onClose} onAdded={onAdded} onViewSnapshot={onViewSnapshot} />
    </ToastProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'Add source' });
  const zone = within(dialog).getByRole('region', { name: 'Saved page' });
  return { bridge, user, dialog, zone, onClose, onAdded, onViewSnapshot };
}

function paste(zone: HTMLElement, data: Record<string, string>): void {
  fireEvent.paste(zone, { clipboardData: { getData: (type: string) => data[type] ?? '', files: [] } });
}
function drop(zone: HTMLElement, file: File): void {
  fireEvent.drop(zone, { dataTransfer: { getData: () => '', files: [file] } });
}

function field(region: HTMLElement, term: string): string | null {
  const terms = within(region).getAllByRole('term');
  const found = terms.find((element) => element.textContent === term);
  return found?.nextElementSibling?.textContent ?? null;
}

describe('Add source dialog: saved pages, files, references and capture', () => {
  it('adds a page pasted as HTML and shows what was read from it, with "Open snapshot"', async () => {
    const { bridge, user, zone, onAdded, onViewSnapshot, onClose } = setup();
    paste(zone, { 'text/html': bbcHtml });
    const added = await screen.findByRole('region', { name: 'Added source' });
    expect(within(added).getByRole('heading').textContent).toBe('Added to your library');
    expect(field(added, 'Title')).toBe(bbc.title);
    expect(field(added, 'Byline')).toBe(bbc.byline);
    expect(field(added, 'Site')).toBe(bbc.siteName);
    expect(field(added, 'Published')).toContain('2015');
    const [stored] = bridge.notebook.call('sources.list', {}).sources;
    expect(stored).toMatchObject({ title: bbc.title, hasSnapshot: true });
    expect(onAdded).toHaveBeenCalledWith({ source: expect.objectContaining({ id: stored?.id }), merged: false });
    await user.click(within(added).getByRole('button', { name: 'Open snapshot' }));
    expect(onClose).toHaveBeenCalled();
    expect(onViewSnapshot).toHaveBeenCalledWith(stored?.id);
  });

  it('takes markup pasted as plain text, and refuses a paste that is not a page, adding nothing', async () => {
    const { bridge, zone } = setup();
    paste(zone, { 'text/plain': 'just some words from an article' });
    expect((await screen.findByRole('alert')).textContent).toContain('The clipboard holds no web page');
    expect(bridge.notebook.call('sources.list', {}).sources).toEqual([]);
    paste(zone, {
      'text/plain':
        '<!doctype html><html><head><title>Xiaomi statement on KOL accounts</title></head><body><article><h1>Xiaomi statement on KOL accounts</h1><p>Xiaomi said on Monday that it had reported the accounts to the police and would pursue the bloggers in court for the false claims they spread.</p><p>The company added that it had never paid for negative coverage of its rivals.</p></article><script>alert(1)</script></body></html>',
    });
    const added = await screen.findByRole('region', { name: 'Added source' });
    expect(field(added, 'Title')).toBe('Xiaomi statement on KOL accounts');
    const [source] = bridge.notebook.call('sources.list', {}).sources;
    const snapshot = bridge.notebook.call('sources.get', { id: source?.id ?? '' }).snapshot;
    expect(snapshot?.html).not.toContain('<script');
  });

  it('imports a dropped BibTeX file and lists the references', async () => {
    const { bridge, zone } = setup();
    const bib = `@article{wu2026,\n  title = {Xiaomi and the black PR accounts},\n  author = {Wu, Lan},\n  journal = {Caixin},\n  year = {2026}\n}\n`;
    drop(zone, new File([bib], 'zotero-export.bib', { type: '' }));
    const imported = await screen.findByRole('region', { name: 'Imported references' });
    expect(within(imported).getByRole('heading').textContent).toBe('Imported 1 reference');
    expect(within(imported).getByText('Xiaomi and the black PR accounts')).toBeTruthy();
    expect(bridge.notebook.call('sources.list', {}).sources.map((source) => source.title)).toEqual([
      'Xiaomi and the black PR accounts',
    ]);
  });

  it('adds a dropped PDF with what its metadata says, its text kept to quote from', async () => {
    const { bridge, zone } = setup();
    const pdf = tinyPdf({
      info: {
        title: 'Xiaomi KOL Review (Interim)',
        author: 'Lei Jun; Wang Hua',
        creationDate: "D:20260115093000+08'00'",
      },
      pages: [['Findings: twelve accounts were paid by a rival agency.']],
    });
    drop(zone, new File([new Uint8Array(pdf)], 'kol-review.pdf', { type: 'application/pdf' }));
    const added = await screen.findByRole('region', { name: 'Added source' }, { timeout: 10_000 });
    expect(field(added, 'Title')).toBe('Xiaomi KOL Review (Interim)');
    expect(field(added, 'Byline')).toBe('Lei Jun, Wang Hua');
    expect(field(added, 'Kind')).toBe('Report');
    expect(within(added).getByRole('button', { name: 'Open snapshot' })).toBeTruthy();
    const [source] = bridge.notebook.call('sources.list', {}).sources;
    expect(source?.file).toMatchObject({ mediaType: 'application/pdf', fileName: 'kol-review.pdf' });
  }, 20_000);

  it('asks for the caption and alt text of a dropped image before adding it', async () => {
    const { bridge, user, dialog, zone } = setup();
    drop(zone, new File([PNG], 'weibo-post.png', { type: 'image/png' }));
    const caption = await within(dialog).findByRole('textbox', { name: 'Caption' });
    await user.type(caption, 'Weibo post by @tech_blogger, 12 January 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Add image' }));
    expect(within(dialog).getByText('Describe what the image shows, for people who cannot see it.')).toBeTruthy();
    expect(bridge.notebook.call('sources.list', {}).sources).toEqual([]);
    await user.type(within(dialog).getByRole('textbox', { name: 'Alt text' }), 'A post claiming the phone overheats');
    await user.click(within(dialog).getByRole('button', { name: 'Add image' }));
    await screen.findByRole('region', { name: 'Added source' });
    const [source] = bridge.notebook.call('sources.list', {}).sources;
    expect(source?.file).toMatchObject({ mediaType: 'image/png', fileName: 'weibo-post.png' });
    expect(bridge.notebook.call('sources.getFile', { sourceId: source?.id ?? '' }).altText).toBe(
      'A post claiming the phone overheats',
    );
  });

  it('says which files it cannot take, adding nothing', async () => {
    const { bridge, zone } = setup();
    drop(zone, new File(['x'], 'notes.docx', { type: '' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“notes.docx” is not a file Casebook can add. Use .html, .htm, .mhtml, .pdf, an image, or .bib, .ris, .json references.',
    );
    expect(bridge.notebook.call('sources.list', {}).sources).toEqual([]);
  });

  it('captures a typed URL: the page fills the source; offline, the URL is kept for later', async () => {
    let online = true;
    const { bridge, user, dialog } = setup(() => {
      if (!online) return Promise.reject(new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } }));
      return Promise.resolve(new Response(bbcHtml, { status: 200, headers: { 'content-type': 'text/html' } }));
    });
    const url = within(dialog).getByRole('textbox', { name: 'URL' });
    expect(within(dialog).queryByRole('button', { name: 'Capture page' })).toBeNull();
    await user.type(url, 'https://www.bbc.com/news/world-us-canada-33646563');
    await user.click(within(dialog).getByRole('button', { name: 'Capture page' }));
    const added = await screen.findByRole('region', { name: 'Added source' });
    expect(field(added, 'Title')).toBe(bbc.title);
    expect(field(added, 'Site')).toBe(bbc.siteName);
    expect(bridge.notebook.call('sources.list', {}).sources[0]).toMatchObject({ hasSnapshot: true });

    online = false;
    await user.click(within(added).getByRole('button', { name: 'Add another' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'URL' }), 'https://example.com/xiaomi-statement');
    await user.click(within(dialog).getByRole('button', { name: 'Capture page' }));
    const kept = await screen.findByRole('region', { name: 'Added source' });
    expect(within(kept).getByRole('status').textContent).toBe(
      'You are offline; the URL is kept and can be captured later.',
    );
    const sources = bridge.notebook.call('sources.list', { sort: 'added' }).sources;
    expect(sources.find((source) => source.url?.includes('xiaomi-statement'))).toMatchObject({ hasSnapshot: false });
    expect(within(kept).queryByRole('button', { name: 'Open snapshot' })).toBeNull();
  });

  it('says why a capture failed, in the service’s words, and keeps the URL', async () => {
    const { bridge, user, dialog } = setup(() =>
      Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' })),
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'URL' }), 'https://example.com/deleted-post');
    await user.click(within(dialog).getByRole('button', { name: 'Capture page' }));
    const kept = await screen.findByRole('region', { name: 'Added source' });
    expect(within(kept).getByRole('status').textContent).toMatch(
      /^The page could not be captured\. The server answered 404.*The address is kept so the page can be captured later\.$/,
    );
    expect(bridge.notebook.call('sources.list', {}).sources).toEqual([
      expect.objectContaining({ url: 'https://example.com/deleted-post', hasSnapshot: false }),
    ]);
  });

  it('checks the URL before capturing', async () => {
    const fetchPage = vi.fn();
    const { user, dialog } = setup(fetchPage);
    await user.type(within(dialog).getByRole('textbox', { name: 'URL' }), 'weibo post');
    await user.click(within(dialog).getByRole('button', { name: 'Capture page' }));
    await waitFor(() =>
      expect(
        within(dialog).getByText('“weibo post” is not a web address. Use one that starts with https:// or http://.'),
      ).toBeTruthy(),
    );
    expect(fetchPage).not.toHaveBeenCalled();
  });
});
