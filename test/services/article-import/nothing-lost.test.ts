import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runsText, type ArticleBlock } from '../../../electron/services/article-import/article-model.ts';
import { parseArticle } from '../../../electron/services/article-import/parse-article.ts';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const seed = readFileSync(path.resolve(projectRoot, '../shared/fixtures/seed/xiaomi-kol-2026.txt'), 'utf8');
const tableStart = seed.indexOf('| Issue |');

const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** The issue table's column headings: structure that the rows' fields stand for, not article text. */
const headingWords = words(seed.split('\n').find((line) => line.startsWith('| Issue |')) ?? '');

/** The narrative's text block by block, table cells one by one (lexical-text.ts runs cells together). */
function narrativeText(blocks: readonly ArticleBlock[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'list') return block.items.map(runsText).join('\n');
      if (block.type === 'table')
        return [block.header, ...block.rows, ...block.overflow].map((row) => row.join(' ')).join('\n');
      if (block.type === 'rule') return '';
      return runsText(block.runs);
    })
    .join('\n');
}

/** Every word of the article is in the title, the narrative or an issue row. */
function lostWords(text: string): string[] {
  const parsed = parseArticle({ text, format: 'text' });
  const rows = parsed.rows.flatMap((row) => [row.issue, row.response, row.impact, ...Object.values(row.extra)]);
  const kept = new Set([
    ...words([parsed.model.title, narrativeText(parsed.model.blocks), ...rows].join(' ')),
    ...(parsed.rows.length > 0 ? headingWords : []),
  ]);
  return words(text).filter((word) => !kept.has(word));
}

describe('the seed article cut off or damaged anywhere loses no text', () => {
  it('cut off at any point inside its issue table', () => {
    fc.assert(
      fc.property(fc.integer({ min: tableStart, max: seed.length }), (end) => {
        expect(lostWords(seed.slice(0, end))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('cut off inside a row, that row is kept as far as it goes and marked incomplete', () => {
    const secondRow = seed.indexOf('| Potential damage');
    fc.assert(
      fc.property(fc.integer({ min: secondRow + 3, max: seed.indexOf('|', secondRow + 2) - 1 }), (end) => {
        const parsed = parseArticle({ text: seed.slice(0, end), format: 'text' });
        expect(parsed.rows).toHaveLength(2);
        expect(parsed.rows[1]!.incomplete).toBe(true);
        expect(seed.slice(secondRow, end)).toContain(parsed.rows[1]!.issue);
      }),
      { numRuns: 50 },
    );
  });

  it('with lines deleted, duplicated or pipes dropped', () => {
    const lines = seed.split('\n');
    const mutation = fc.array(
      fc.record({
        line: fc.integer({ min: 0, max: lines.length - 1 }),
        kind: fc.constantFrom('delete', 'duplicate', 'drop-pipe', 'escape-pipe'),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(mutation, (changes) => {
        const mutated = [...lines];
        for (const { line, kind } of changes) {
          const text = mutated[line] ?? '';
          if (kind === 'delete') mutated[line] = '';
          if (kind === 'duplicate') mutated[line] = `${text}\n${text}`;
          if (kind === 'drop-pipe') mutated[line] = text.replace('|', '');
          if (kind === 'escape-pipe') mutated[line] = text.replace(/ \| /, ' \\| ');
        }
        expect(lostWords(mutated.join('\n'))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
