import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullCaseDocument } from '../helpers/factories.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';
import { ZOTERO_BIBTEX, ZOTERO_CSL_JSON, ZOTERO_RIS } from '../services/references/reference-files.ts';
import { checkedCall, FIRST_CALL_TIME_LIMIT_MS } from './check-call.ts';
import { fuzzRuns, mutated } from './mutations.ts';
import { idsIn, nearValid } from './near-valid.ts';
import { fixture } from './world.ts';

const SEED_ARTICLE = fixture('seed', 'xiaomi-kol-2026.txt');
const GFM_TABLES = fixture('markdown', 'gfm-tables-spec.txt').slice(0, 40_000);
// The two smallest saved pages: a larger one takes seconds per import on a busy 2-core machine.
const PAGES = ['ars-1', 'lemonde-1'].map((name) => fixture('web-pages', name, 'source.html'));

/** Real inputs with bytes flipped, inserted or deleted, cut short, sections repeated or swapped. */
const ARTICLES = [
  { name: 'Markdown (the seed article)', fileName: 'xiaomi.md', format: 'markdown', original: SEED_ARTICLE },
  { name: 'Markdown (GFM table examples)', fileName: 'tables.md', format: 'markdown', original: GFM_TABLES },
  { name: 'plain text', fileName: 'xiaomi.txt', format: 'text', original: SEED_ARTICLE },
] as const;

describe('importers under random and mutated real inputs', () => {
  it.each(ARTICLES)(
    'cases.importArticle: $name imports whole or is refused with a coded error',
    async (article) => {
      const notebook = tempNotebook();
      await checkedCall(
        notebook.db,
        'cases.importArticle',
        { format: article.format, text: article.original },
        FIRST_CALL_TIME_LIMIT_MS,
      );
      const text = fc.oneof(
        { arbitrary: mutated(article.original), weight: 4 },
        { arbitrary: fc.string({ maxLength: 2_000 }), weight: 1 },
      );
      await fc.assert(
        fc.asyncProperty(text, fc.boolean(), async (input, named) => {
          await checkedCall(
            notebook.db,
            'cases.importArticle',
            named ? { fileName: article.fileName, text: input } : { format: article.format, text: input },
          );
        }),
        { numRuns: fuzzRuns(10) },
      );
    },
    180_000,
  );

  it('cases.importArticle and sources.addFromHtml: saved web pages, as text and as bytes', async () => {
    const notebook = tempNotebook();
    await checkedCall(
      notebook.db,
      'cases.importArticle',
      { fileName: 'page.html', text: PAGES[0]! },
      FIRST_CALL_TIME_LIMIT_MS,
    );
    const page = fc.constantFrom(...PAGES).chain((original) => mutated(original));
    await fc.assert(
      fc.asyncProperty(
        page,
        fc.constantFrom('article', 'source', 'article-bytes', 'source-bytes'),
        async (html, how) => {
          const base64 = Buffer.from(html, how.endsWith('bytes') ? 'latin1' : 'utf8').toString('base64');
          if (how === 'article')
            await checkedCall(notebook.db, 'cases.importArticle', { fileName: 'page.html', text: html });
          else if (how === 'article-bytes')
            await checkedCall(notebook.db, 'cases.importArticle', { fileName: 'page.html', base64 });
          else if (how === 'source')
            await checkedCall(notebook.db, 'sources.addFromHtml', { html, url: 'https://example.org/page' });
          else await checkedCall(notebook.db, 'sources.addFromHtml', { base64, fileName: 'page.htm' });
        },
      ),
      { numRuns: fuzzRuns(6) },
    );
  }, 180_000);

  it.each([
    { format: 'bibtex', original: ZOTERO_BIBTEX },
    { format: 'ris', original: ZOTERO_RIS },
    { format: 'csl-json', original: ZOTERO_CSL_JSON },
  ] as const)(
    'sources.importReferences: mutated $format adds whole references or is refused',
    async ({ format, original }) => {
      const notebook = tempNotebook();
      await checkedCall(notebook.db, 'sources.importReferences', { format, text: original }, FIRST_CALL_TIME_LIMIT_MS);
      const text = fc.oneof(
        { arbitrary: mutated(original), weight: 5 },
        { arbitrary: fc.string({ minLength: 1, maxLength: 500 }), weight: 1 },
      );
      await fc.assert(
        fc.asyncProperty(text, fc.boolean(), async (input, declared) => {
          await checkedCall(
            notebook.db,
            'sources.importReferences',
            declared ? { format, text: input } : { text: input },
          );
        }),
        { numRuns: fuzzRuns(30) },
      );
    },
    180_000,
  );

  it('bundles.import: mutated case bundles (edited as JSON, or as bytes that still parse) import whole or not at all', async () => {
    const notebook = tempNotebook();
    const original = fullCaseDocument('bundle') as unknown as Record<string, unknown>;
    const asText = JSON.stringify(original, null, 2);
    const structural = nearValid(original, idsIn(original));
    const textual = mutated(asText).map((text) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return null;
      }
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(structural, textual), fc.boolean(), async (document, replace) => {
        const casesBefore = notebook.call('notebook.info', {}).caseCount;
        const result = await checkedCall(notebook.db, 'bundles.import', { document, replace });
        if (result.ok) expect(notebook.call('notebook.info', {}).caseCount).toBeGreaterThanOrEqual(casesBefore);
      }),
      { numRuns: fuzzRuns(30) },
    );
  }, 180_000);
});
