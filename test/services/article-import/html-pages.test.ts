import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../electron/services/article-import/parse-article.ts';
import { decodePage } from '../../../electron/services/snapshots/decode-page.ts';
import { extractArticle } from '../../../electron/services/snapshots/extract-article.ts';
import { htmlToText } from '../../../electron/services/snapshots/html-to-text.ts';
import { sanitizeHtml } from '../../../electron/services/snapshots/sanitize.ts';
import { reloadNarrative } from './load-narrative.ts';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const pagesDir = path.resolve(projectRoot, '../shared/fixtures/web-pages');
const pages = readdirSync(pagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Words of a text (letters and digits runs; each CJK character is a word). */
const words = (text: string): string[] => text.toLowerCase().match(/[\p{Script=Han}]|[\p{L}\p{N}]+/gu) ?? [];

describe('saved news pages import through the snapshot pipeline’s reader view', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages)('%s', (name) => {
    const html = decodePage(readFileSync(path.join(pagesDir, name, 'source.html'))).text;
    const expected = JSON.parse(readFileSync(path.join(pagesDir, name, 'expected-metadata.json'), 'utf8')) as {
      title: string;
    };
    const parsed = parseArticle({ text: html, format: 'html', fileName: `${name}.html` });

    expect(parsed.model.title).toBe(expected.title.replace(/\s+/g, ' ').trim());
    expect(parsed.model.titleGuessed).toBe(false);
    expect(parsed.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(reloadNarrative(parsed.lexical)).toEqual(parsed.lexical);

    // Nothing of the reader view (the snapshot's text, images as their alt text) is lost, and nothing from
    // outside it (navigation, share bars, scripts) comes in.
    const readerWords = words(htmlToText(sanitizeHtml(extractArticle(html, null).contentHtml)));
    const narrativeWords = new Set(words(`${parsed.model.title} ${parsed.text}`));
    const missing = readerWords.filter((word) => !narrativeWords.has(word));
    expect(missing.length / readerWords.length).toBeLessThan(0.01);
    const readerSet = new Set(readerWords);
    const extra = [...narrativeWords].filter(
      (word) => !readerSet.has(word) && !words(parsed.model.title).includes(word),
    );
    expect(extra).toEqual([]);
    expect(parsed.text).not.toMatch(/<script|function\s*\(|document\.write/);
  });
});
