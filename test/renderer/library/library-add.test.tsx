import { createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addSource, listedTitles, renderLibrary } from './library-harness.tsx';

const BIBTEX = `@article{wu2026,
  title = {Xiaomi asks platforms to trace the accounts behind a smear campaign},
  author = {Wu, Lan and Li, Wei},
  journal = {Caixin Global},
  year = {2026},
  url = {https://www.caixinglobal.com/2026-01-12/xiaomi-kol.html}
}
@misc{zhang2026,
  title = {Élan et défiance : les KOL dans la tourmente},
  author = {Zhang, Hui},
  year = {2026}
}
`;

const PAGE = `<html lang="en"><head><title>Statement on online rumours</title></head>
<body><article><h1>Statement on online rumours</h1>
<p>We have never paid key opinion leaders to attack other brands, and we have asked the platforms to trace the accounts.</p>
<p>We will publish what they find, and we will take legal action against anyone spreading false claims about our products.</p>
<p>Customers can reach our service team at any time with their questions.</p>
<script>window.pwned = true</script></article></body></html>`;

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('adding to the library', () => {
  it('imports a BibTeX file chosen with "Import file…" and selects the first reference', async () => {
    const { user } = renderLibrary();
    await screen.findByText('The library is empty');
    const input = screen.getByLabelText('Import files into the library');
    expect(input.getAttribute('accept')).toBe('.html,.htm,.mhtml,.pdf,.png,.jpg,.jpeg,.gif,.webp,.bib,.ris,.json');
    await user.upload(input, new File([BIBTEX], 'zotero.bib', { type: 'application/x-bibtex' }));
    expect(await screen.findByText('Imported 2 references from “zotero.bib” (2 new).')).toBeTruthy();
    await waitFor(() => expect(listedTitles()).toHaveLength(2));
    expect(listedTitles()).toContain('Élan et défiance : les KOL dans la tourmente');
    expect(
      await screen.findByRole('region', {
        name: 'Source: Xiaomi asks platforms to trace the accounts behind a smear campaign',
      }),
    ).toBeTruthy();
    expect(screen.getByText('2 sources')).toBeTruthy();
  });

  it('takes several dropped files with progress, and says which one it could not take and why', async () => {
    renderLibrary((bridge) => addSource(bridge, { title: 'Already here' }));
    await screen.findByText('1 source');
    const library = screen.getByRole('heading', { name: 'Source library' }).closest('.library')!;
    const files = [
      new File([BIBTEX], 'zotero.bib'),
      new File(['just some notes'], 'notes.txt', { type: 'text/plain' }),
    ];
    const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
    fireEvent.dragEnter(library, { dataTransfer });
    expect(screen.getByText('Drop files to add them to the library')).toBeTruthy();
    fireEvent.drop(library, { dataTransfer });
    expect(screen.queryByText('Drop files to add them to the library')).toBeNull();
    expect(await screen.findByText(/^Adding \d of 2…$/)).toBeTruthy();
    expect(await screen.findByText('Added 1 of 2 files to the library.')).toBeTruthy();
    expect(screen.getByText(/“notes\.txt” is not a file the library takes\. Use a saved page/)).toBeTruthy();
    await waitFor(() => expect(listedTitles()).toHaveLength(3));
  });

  it("asks for an image's caption and alt text before adding it, and adds nothing when skipped", async () => {
    const { user, bridge } = renderLibrary();
    await screen.findByText('The library is empty');
    const png = Uint8Array.from(atob(PNG_1X1), (char) => char.charCodeAt(0));
    await user.upload(
      screen.getByLabelText('Import files into the library'),
      new File([png], 'weibo-post.png', { type: 'image/png' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Describe the image' });
    expect(within(dialog).getByText(/“weibo-post\.png” becomes a source/)).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: 'Caption' })).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: 'Alt text' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Skip this image' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bridge.calls.some((call) => call.procedure === 'sources.addFromFile')).toBe(false);
    expect(screen.getByText('The library is empty')).toBeTruthy();
  });

  it('adds HTML pasted onto the library as a source with a sanitized snapshot', async () => {
    const { bridge } = renderLibrary();
    await screen.findByText('The library is empty');
    const paste = createEvent.paste(document.body);
    Object.defineProperty(paste, 'clipboardData', {
      value: { files: [], getData: (type: string) => (type === 'text/html' ? PAGE : '') },
    });
    fireEvent(document.body, paste);
    expect(await screen.findByText('Added “Statement on online rumours”.')).toBeTruthy();
    const detail = await screen.findByRole('region', { name: 'Source: Statement on online rumours' });
    expect(within(detail).getByText(/^Snapshot captured/)).toBeTruthy();
    const [summary] = bridge.notebook.call('sources.list', { sort: 'added', limit: 10, offset: 0 }).sources;
    const stored = bridge.notebook.call('sources.get', { id: summary!.id });
    expect(stored.snapshot?.html).not.toContain('<script');
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('leaves a paste into a text field alone', async () => {
    const { bridge } = renderLibrary();
    await screen.findByText('The library is empty');
    const search = screen.getByRole('searchbox', { name: 'Search sources' });
    search.focus();
    const paste = createEvent.paste(search);
    Object.defineProperty(paste, 'clipboardData', { value: { files: [], getData: () => PAGE } });
    fireEvent(search, paste);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bridge.calls.some((call) => call.procedure === 'sources.addFromHtml')).toBe(false);
  });

  it('exports the library as BibTeX through a download', async () => {
    const saved: { blob: Blob | null; name: string | null } = { blob: null, name: null };
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        saved.blob = blob;
        return 'blob:casebook/export';
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.name = this.download;
    });
    const { user } = renderLibrary((bridge) =>
      addSource(bridge, { title: 'Xiaomi denies paying KOLs', url: 'https://example.com/kol', publisher: 'Caixin' }),
    );
    await screen.findByText('1 source');
    await user.click(screen.getByRole('button', { name: 'Export library…' }));
    const dialog = screen.getByRole('dialog', { name: 'Export library' });
    await user.click(within(dialog).getByRole('button', { name: 'BibTeX (.bib)' }));
    expect(await within(dialog).findByText('Saved casebook-library.bib.')).toBeTruthy();
    expect(saved.name).toBe('casebook-library.bib');
    const text = await saved.blob!.text();
    expect(text).toMatch(/^@/);
    expect(text).toContain('url = {https://example.com/kol}');
  });
});
