import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempNotebook } from '../../helpers/temp-notebook.ts';

/** Pieces real articles are made of, the broken ones included; joined at random into whole files. */
const PIECES = [
  '# A title',
  '## Timeline',
  '- 5 January 2026: the company apologized',
  'Xu Jieyun said that the work had stopped.',
  '“It was wrong,” said Lei Jun.',
  'Approximately 40% of value, according to a study by Deloitte.',
  'Did You Know? 12% of buyers left.',
  '| Issue | Response | Impact |',
  '|---|---|---|',
  '| a | b | c |',
  '| cut off',
  '> quoted',
  '— Name, 2026',
  'in early March 2018',
  'July 24',
  '<table><tr><th>Problem</th><th>Action</th><th>Outcome</th></tr><tr><td>x</td></tr></table>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[link](javascript:alert(1))',
  '---\ntitle: "Front"\n---',
  '',
  '中文标题',
  '\uFEFF',
];

const file = fc.record({
  text: fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 16 })), { maxLength: 24 })
    .map((parts) => parts.join('\n')),
  name: fc.constantFrom('a.md', 'a.txt', 'a.html', 'a.markdown', 'a.htm'),
});

describe('importing generated articles through the contract', () => {
  it('creates a whole case or answers with a clear error and writes nothing', () => {
    const notebook = tempNotebook();
    fc.assert(
      fc.property(file, ({ text, name }) => {
        const before = notebook.call('notebook.info', {}).caseCount;
        const sourcesBefore = notebook.call('sources.list', {}).total;
        const result = notebook.result('cases.importArticle', { fileName: name, text });
        if (!result.ok) {
          expect(result.error.code).toBe('invalid-request');
          expect(result.error.message.length).toBeGreaterThan(10);
          expect(notebook.call('notebook.info', {}).caseCount).toBe(before);
          expect(notebook.call('sources.list', {}).total).toBe(sourcesBefore);
          return;
        }
        const imported = result.value as { caseId: string };
        const document = notebook.call('cases.get', { id: imported.caseId });
        expect(document.case.title.trim()).not.toBe('');
        // Hostile markup may survive as words, never as a link or live markup.
        const urls = [...JSON.stringify(document.narrative.lexical).matchAll(/"url":"([^"]*)"/g)].map(
          (match) => match[1],
        );
        for (const url of urls) expect(url).toMatch(/^(https?:|mailto:)/);
        for (const source of document.sources)
          expect(source.snapshot?.html ?? '').not.toMatch(
            /<script|<[^>]*\son\w+\s*=|(?:href|src)\s*=\s*["']?\s*javascript:/i,
          );
      }),
      { numRuns: 200 },
    );
  });
});
