import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CasebookError } from '../../../shared/contract/result.ts';
import { parseArticle, type ArticleFormat } from '../../../electron/services/article-import/parse-article.ts';
import { reloadNarrative } from './load-narrative.ts';

/** Pieces real articles are made of, including the broken ones (cut-off rows, stray pipes, escapes). */
const PIECES = [
  '# Title',
  '## Section',
  'Did You Know? 40% of value.',
  'Issue: a',
  'Response: b',
  'Impact: c',
  '| Issue | Response | Impact |',
  '|---|---|---|',
  '| a | b | c |',
  '| cut off',
  '|',
  '\\|',
  'a | b',
  '--- | ---',
  '> quote',
  '— Name, 2026',
  '- item',
  '1. first',
  '---',
  '**bold**',
  '*it*',
  '[link](https://x.org)',
  '[bad](javascript:x)',
  '<table><tr><th>Issue</th><th>Response</th><th>Impact</th></tr><tr><td>x</td></tr></table>',
  '<p>para</p>',
  '<h1>H</h1>',
  '`code`',
  '```',
  '<!--',
  '&amp;',
  '\t',
  '',
  ' ',
  'Xiaomi’s Response',
  'é',
  '中文',
  '\u0000',
  '\r',
];

const article = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 30 })
  .map((parts) => parts.join('\n'));
const format = fc.constantFrom<ArticleFormat>('markdown', 'text', 'html');

describe('generated and mutated articles', () => {
  it('either import with a narrative Lexical loads, or are refused with a clear invalid-request error', () => {
    fc.assert(
      fc.property(article, format, (text, chosen) => {
        let parsed;
        try {
          parsed = parseArticle({ text, format: chosen });
        } catch (error) {
          expect(error).toBeInstanceOf(CasebookError);
          expect((error as CasebookError).code).toBe('invalid-request');
          return;
        }
        expect(parsed.model.title.trim()).not.toBe('');
        expect(reloadNarrative(parsed.lexical)).toEqual(parsed.lexical);
        for (const row of parsed.rows) expect(typeof row.issue).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
