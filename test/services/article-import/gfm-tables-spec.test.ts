import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../electron/services/article-import/article-model.ts';
import { parseArticle } from '../../../electron/services/article-import/parse-article.ts';
import { parseMarkdownBlocks } from '../../../electron/services/article-import/parse-markdown.ts';
import { readSpecExamples } from './gfm-spec-examples.ts';

const examples = readSpecExamples();

function tablesOf(markdown: string): { header: string[]; rows: string[][] }[] {
  return parseMarkdownBlocks(markdown)
    .filter((block): block is TableBlock => block.type === 'table')
    .map((table) => ({
      header: table.header.map((cell) => cell.replace(/\s+/g, ' ').trim()),
      rows: table.rows.map((row) => row.map((cell) => cell.replace(/\s+/g, ' ').trim())),
    }));
}

describe('the GFM table specification (cmark-gfm extensions.txt, Tables)', () => {
  it('has its sixteen examples', () => {
    expect(examples).toHaveLength(16);
  });

  it.each(examples.map((example) => [example.number, example.section, example] as const))(
    'example %i (%s) parses into the cells of its expected HTML',
    (_number, _section, example) => {
      expect(tablesOf(example.markdown)).toEqual(example.tables);
    },
  );
});

/** Header wordings authors use for the three columns (the issue's examples). */
const HEADERS = [
  ['Issue', 'Response', 'Impact'],
  ['Problem', 'What the company did', 'Consequence'],
  ['Allegation', 'Xiaomi’s Response', 'Industry impact'],
  ['CONCERN', 'Action', 'Outcome'],
] as const;

const escapeCell = (cell: string): string =>
  cell
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([*_`[\]<>])/g, '\\$1');

describe('three-column issue / response / impact tables built from the spec examples become rows', () => {
  const withRows = examples.filter((example) => example.tables.some((table) => table.rows.length > 0));

  it.each(withRows.map((example) => [example.number, example] as const))('from example %i', (number, example) => {
    const headers = HEADERS[number % HEADERS.length]!;
    const rows = example.tables.flatMap((table) => table.rows).map((row) => [0, 1, 2].map((i) => row[i] ?? ''));
    // Without outer pipes an empty first or last cell cannot be written, so such tables keep them.
    const outerPipes = number % 2 === 0 || rows.some((row) => row[0] === '' || row[2] === '');
    const line = (cells: readonly string[]): string => {
      const inner = cells.map((cell) => ` ${escapeCell(cell)} `).join('|');
      return outerPipes ? `|${inner}|` : inner;
    };
    const nonEmpty = rows.filter((row) => row.some((cell) => cell !== ''));
    const markdown = [
      line(headers),
      outerPipes ? '| :--- | :---: | ---: |' : '--- | :-: | ---',
      ...rows.map(line),
    ].join('\n');

    const parsed = parseArticle({ text: `# Case\n\n${markdown}\n\nAfter the table.\n`, format: 'markdown' });

    expect(parsed.rows.map((row) => [row.issue, row.response, row.impact])).toEqual(nonEmpty);
    expect(parsed.rows.every((row) => !row.incomplete)).toBe(true);
    expect(parsed.model.blocks.some((block) => block.type === 'table')).toBe(false);
    expect(parsed.text).toBe('After the table.');
  });
});
