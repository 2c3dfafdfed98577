import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMatchExpression } from '../../electron/services/search/match-expression.ts';
import { isFilterOnly, parseQuery } from '../../electron/services/search/query-syntax.ts';
import { searchNotebook } from '../../electron/services/search.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

const terms = (query: string) => parseQuery(query).terms.map((t) => ({ ...t }));

describe('the search query syntax', () => {
  it('reads words, the last one as a prefix while typing', () => {
    expect(terms('crisis resp')).toEqual([
      { text: 'crisis', phrase: false, prefix: false, negated: false },
      { text: 'resp', phrase: false, prefix: true, negated: false, typing: true },
    ]);
    expect(terms('crisis resp ').map((t) => t.prefix)).toEqual([false, false]);
  });

  it('reads "exact phrases", -exclusions, -"excluded phrases" and prefix*', () => {
    expect(terms('"black PR" -rival -"data breach" recal* x')).toEqual([
      { text: 'black PR', phrase: true, prefix: false, negated: false },
      { text: 'rival', phrase: false, prefix: false, negated: true },
      { text: 'data breach', phrase: true, prefix: false, negated: true },
      { text: 'recal', phrase: false, prefix: true, negated: false },
      { text: 'x', phrase: false, prefix: true, negated: false, typing: true },
    ]);
  });

  it('makes a one-character CJK word a prefix wherever it is', () => {
    expect(terms('米 xiaomi ').map((t) => t.prefix)).toEqual([true, false]);
  });

  it('reads filters, quoted values and lists of values', () => {
    const query = parseQuery(
      'tag:"data breach" status:draft,Review cluster:preventable strategy:apology year:2017..2019 in:row,quote',
    );
    expect(query.tags).toEqual([{ values: ['data breach'], negated: false }]);
    expect(query.statuses).toEqual([{ values: ['draft', 'review'], negated: false }]);
    expect(query.clusters).toEqual([{ values: ['preventable'], negated: false }]);
    expect(query.strategies).toEqual([{ values: ['apology'], negated: false }]);
    expect(query.years).toEqual([{ values: [{ from: 2017, to: 2019 }], negated: false }]);
    expect([...(query.kinds ?? [])].sort()).toEqual(['issueRow', 'quote']);
    expect(query.terms).toEqual([]);
    expect(query.warnings).toEqual([]);
    expect(isFilterOnly(query)).toBe(true);
  });

  it('accepts kinds in any case and a few synonyms; in:source covers the snapshot text', () => {
    expect([...(parseQuery('in:Rows').kinds ?? [])]).toEqual(['issueRow']);
    expect([...(parseQuery('in:SNAPSHOT').kinds ?? [])]).toEqual(['snapshot']);
    expect([...(parseQuery('in:timeline').kinds ?? [])]).toEqual(['event']);
    expect([...(parseQuery('in:source').kinds ?? [])]).toEqual(['source', 'snapshot']);
    expect([...(parseQuery('-in:source').kinds ?? [])]).not.toContain('snapshot');
  });

  it('warns about an unknown filter or a bad value and keeps the rest of the query', () => {
    const query = parseQuery('title:x status:done year:19 in:nowhere cluster: recall');
    expect(query.warnings).toHaveLength(5);
    expect(query.warnings.join('\n')).toMatch(/no filter called title:/);
    expect(query.warnings.join('\n')).toMatch(/status:done/);
    expect(query.warnings.join('\n')).toMatch(/year:19/);
    expect(query.warnings.join('\n')).toMatch(/in:nowhere/);
    expect(query.warnings.join('\n')).toMatch(/cluster: needs a value/);
    expect(query.statuses).toEqual([]);
    expect(query.terms.map((t) => t.text)).toEqual(['recall']);
  });

  it('does not take a pasted address for a filter', () => {
    const query = parseQuery('https://example.com/page');
    expect(query.warnings).toEqual([]);
    expect(query.terms.map((t) => t.text)).toEqual(['https://example.com/page']);
  });

  it('turns terms into an FTS5 expression of quoted phrases', () => {
    expect(toMatchExpression(parseQuery('"black PR" -rival apolog').terms)).toBe(
      '("black PR" AND "apolog"*) NOT ("rival")',
    );
    expect(toMatchExpression(parseQuery('say "hi"" there"').terms)).toBe('("say" AND "hi" AND " there")');
    expect(toMatchExpression(parseQuery('-rival').terms)).toBeNull();
  });
});

describe('nothing typed is ever an FTS5 syntax error', () => {
  it('runs any string as a query without failing (fuzzed)', () => {
    const notebook = tempNotebook();
    notebook.call('notebook.addSample', {});
    const piece = fc.constantFrom(
      '"',
      '*',
      '-',
      ':',
      '(',
      ')',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      '^',
      '+',
      ' ',
      'tag:',
      'in:',
      'year:',
      '小米',
      '米',
      'é',
      'black',
      'PR',
      '\u2063',
      '\uE000',
      '\u0000',
      ',',
      '..',
      "'",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece).map((parts) => parts.join('')),
        ),
        (query) => {
          const result = notebook.result('search.query', { query: query.slice(0, 200) });
          if (!result.ok) expect(result.error.code).toBe('invalid-request'); // only the contract may refuse (length)
        },
      ),
      { numRuns: 300 },
    );
  });

  it('searches operator words as words', () => {
    const notebook = tempNotebook();
    notebook.call('notebook.addSample', {});
    expect(searchNotebook(notebook.db, 'AND').hits.length).toBeGreaterThan(0);
  });
});
