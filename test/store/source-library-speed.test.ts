import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { RequestOf } from '../../shared/contract/procedures.ts';
import type { NotebookDb } from '../../electron/store/database.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

const SOURCES = 20_000;

/** A library of `count` varied sources, written in one statement (the search triggers run as usual). */
function fillLibrary(db: NotebookDb, count: number): void {
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :last)
     INSERT INTO sources (id, url, title, publisher, authors, kind, published_on, language, reliability, credibility,
       created_at, updated_at)
     SELECT printf('S%06d', i), printf('https://news%d.example.com/story/%d', i % 50, i),
       printf('Story %d about the crisis', i), printf('Publisher %d', i % 300), json_array(printf('Author %d', i % 700)),
       CASE i % 4 WHEN 0 THEN 'news' WHEN 1 THEN 'report' WHEN 2 THEN 'social-post' ELSE 'other' END,
       CASE WHEN i % 10 = 0 THEN NULL ELSE printf('20%02d-%02d-%02d', 10 + i % 16, 1 + i % 9, 1 + i % 28) END,
       CASE i % 4 WHEN 0 THEN 'en' WHEN 1 THEN 'zh-CN' WHEN 2 THEN 'fr' ELSE 'en-GB' END,
       CASE i % 3 WHEN 0 THEN 'A' WHEN 1 THEN 'B' ELSE NULL END, 1 + i % 6,
       strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', '+' || i || ' seconds'), '2026-01-01T00:00:00.000Z'
     FROM n`,
  ).run({ last: count - 1 });
}

/** Prints how long a page of a 20,000-source library takes; no assertion on time, as machines differ. */
describe('the source library at 20,000 sources', () => {
  it('answers a page of every order and filter, printing the times', () => {
    const notebook = tempNotebook();
    fillLibrary(notebook.db, SOURCES);
    const caseId = notebook.call('cases.create', { title: 'Big case' }).id;
    const fact = notebook.call('facts.create', { caseId, fields: { statement: 'Cited a lot' } });
    const cited = notebook.call('sources.list', { limit: 200 }).sources;
    for (const source of cited) {
      notebook.call('citations.add', { target: { kind: 'fact', id: fact.id }, citation: { sourceId: source.id } });
    }

    const requests: Record<string, RequestOf<'sources.list'>> = {
      'added, first page': { sort: 'added' },
      'published, page 50': { sort: 'published', offset: 5000 },
      'published-oldest': { sort: 'published-oldest' },
      title: { sort: 'title' },
      'kind + language + reliability': { kind: 'news', language: 'en', reliability: 'A', sort: 'published' },
      'publisher (any case)': { publisher: 'PUBLISHER 7' },
      'text query': { query: 'story 1999' },
      'has no snapshot': { hasSnapshot: false },
      'not cited': { notCited: true, sort: 'title' },
    };
    const lines: string[] = [];
    for (const [name, request] of Object.entries(requests)) {
      notebook.call('sources.list', request);
      const runs = 5;
      const start = performance.now();
      let result = notebook.call('sources.list', request);
      for (let run = 1; run < runs; run++) result = notebook.call('sources.list', request);
      const ms = (performance.now() - start) / runs;
      lines.push(`  ${name.padEnd(32)} ${ms.toFixed(1).padStart(6)} ms  (${result.sources.length} of ${result.total})`);
      expect(result.sources.length).toBeGreaterThan(0);
    }
    console.log(`sources.list on ${SOURCES.toLocaleString('en')} sources, 100 per page:\n${lines.join('\n')}`);
    expect(notebook.call('sources.list', { notCited: true }).total).toBe(SOURCES - cited.length);
    expect(notebook.call('sources.list', { publisher: 'publisher 7' }).total).toBe(67);
  }, 60_000);
});
