import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempNotebook } from '../../helpers/temp-notebook.ts';
import { bylineMismatch, publishedMismatch, type ExpectedMetadata } from './expected-metadata.ts';
import { tamperWithSnapshot } from './tamper.ts';
import { problemsIn, rawProblemsIn } from './unsafe-html.ts';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const pagesDir = path.resolve(projectRoot, '../shared/fixtures/web-pages');
const pages = readdirSync(pagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('every saved page in the fixtures imports as a source with a safe snapshot', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages)('%s', (name) => {
    const bytes = readFileSync(path.join(pagesDir, name, 'source.html'));
    const expected = JSON.parse(
      readFileSync(path.join(pagesDir, name, 'expected-metadata.json'), 'utf8'),
    ) as ExpectedMetadata;
    const notebook = tempNotebook();

    const added = notebook.call('sources.addFromHtml', { base64: bytes.toString('base64'), fileName: `${name}.html` });
    const source = notebook.call('sources.get', { id: added.source.id });

    if (expected.title) expect(source.title).toBe(expected.title.replace(/\s+/g, ' ').trim());
    if (expected.byline) expect(bylineMismatch(expected.byline, source.authors)).toBeNull();
    if (expected.siteName) expect(source.publisher).toBe(expected.siteName);
    if (expected.publishedTime) expect(publishedMismatch(expected.publishedTime, source.publishedOn)).toBeNull();
    if (expected.lang) expect(source.language?.toLowerCase()).toBe(expected.lang.toLowerCase());
    if (expected.excerpt) expect(added.excerpt).toBe(expected.excerpt);
    if (expected.dir) expect(source.snapshot?.html).toMatch(new RegExp(`^<article[^>]* dir="${expected.dir}"`));

    const snapshot = source.snapshot;
    expect(snapshot).not.toBeNull();
    if (!snapshot) return;
    expect(snapshot.text.trim().length).toBeGreaterThan(200);
    expect(rawProblemsIn(snapshot.html)).toEqual([]);
    expect(problemsIn(snapshot.html)).toEqual([]);

    expect(notebook.call('snapshots.verify', { sourceId: source.id })).toEqual({
      ok: true,
      expected: snapshot.sha256,
      actual: snapshot.sha256,
    });
    tamperWithSnapshot(
      notebook.db,
      source.id,
      snapshot.html.replace('</article>', '<p>An added sentence.</p></article>'),
    );
    const verified = notebook.call('snapshots.verify', { sourceId: source.id });
    expect(verified.ok).toBe(false);
    expect(verified.expected).toBe(snapshot.sha256);
    expect(verified.actual).not.toBe(snapshot.sha256);
  });
});

describe('the kind a saved page is filed under', () => {
  it('files the newspaper pages as news and the blog post and portal page as other', () => {
    const kinds = Object.fromEntries(
      pages.map((name) => {
        const bytes = readFileSync(path.join(pagesDir, name, 'source.html'));
        const added = tempNotebook().call('sources.addFromHtml', { base64: bytes.toString('base64') });
        return [name, added.source.kind];
      }),
    );
    expect(kinds).toEqual({
      'ars-1': 'news',
      'bbc-1': 'news',
      'guardian-1': 'news',
      'lemonde-1': 'news',
      'medium-1': 'other',
      'nytimes-1': 'news',
      qq: 'other',
      'wapo-1': 'news',
    });
  });
});
