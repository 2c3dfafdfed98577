/**
 * Search benchmark (issue 6, acceptance 2): `node test/bench/search.ts [cases] [sources]`.
 * Builds (once; cached under the system temp folder) a notebook of 10,000 cases and 200,000 sources with
 * snapshots, then prints p50 / p95 latency of rare, common, prefix, phrase and CJK queries through the
 * search service (parse, filter, bounded ranking, snippets, labels: what the window waits for), and of
 * the same FTS5 expression as one plain SQL query that ranks every match, with the ratio of the two.
 * The filtered buckets (status:, in:, year:, tag: with a common word) give the raw query the same filter
 * as a SQL condition on the index's stored columns.
 * Figures, not a pass/fail test; the goal is a p95 under 50 ms for every bucket.
 */
import { searchNotebook } from '../../electron/services/search.ts';
import { toMatchExpression } from '../../electron/services/search/match-expression.ts';
import { parseQuery } from '../../electron/services/search/query-syntax.ts';
import {
  benchNotebook,
  matchCount,
  random,
  rareName,
  rawRankedSearch,
  type Vocabulary,
} from '../helpers/search-bench-notebook.ts';

const cases = Number(process.argv[2] ?? 10_000);
const sources = Number(process.argv[3] ?? 200_000);
/** Service runs per query; the raw query runs once. */
const ROUNDS = 3;
const LIMIT = 50;

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const STOP = new Set([
  'the',
  'and',
  'for',
  'that',
  'with',
  'this',
  'from',
  'have',
  'was',
  'are',
  'not',
  'but',
  'has',
  'his',
  'her',
  'its',
  'they',
  'you',
  'were',
  'their',
  'will',
  'would',
  'said',
  'been',
  'which',
  'about',
  'more',
  'than',
  'also',
  'into',
  'who',
  'what',
  'when',
  'there',
  'one',
]);

/** A benchmark query, and the same filter as SQL for the raw query (none for plain words). */
interface BenchQuery {
  readonly text: string;
  readonly where?: string;
}

/** Filtered buckets: a common word under each kind of filter, as the service runs it and as plain SQL. */
function filtered(common: readonly string[], phrases: readonly string[]): Record<string, BenchQuery[]> {
  const words = common.slice(0, 8);
  const caseWhere = (cases: string) => `case_id IN (${cases})`;
  return {
    'status:': words.map((word) => ({
      text: `status:final ${word}`,
      where: caseWhere(`SELECT id FROM cases WHERE status = 'final' AND deleted_at IS NULL`),
    })),
    'in:': words.map((word, index) => {
      const kind = index % 2 === 0 ? 'quote' : 'lesson';
      return { text: `in:${kind} ${word}`, where: `kind = '${kind}'` };
    }),
    'year:': words.map((word, index) => {
      const year = 2005 + index;
      return {
        text: `year:${year} ${word}`,
        where: `(${caseWhere(`SELECT id FROM cases WHERE started_on >= '${year}' AND started_on < '${year + 1}' AND deleted_at IS NULL`)}
          OR (case_id IS NULL AND item_id IN (SELECT id FROM sources WHERE published_on >= '${year}' AND published_on < '${year + 1}' AND deleted_at IS NULL)))`,
      };
    }),
    'status:"…"': phrases.slice(0, 8).map((phrase) => ({
      text: `status:final ${phrase}`,
      where: caseWhere(`SELECT id FROM cases WHERE status = 'final' AND deleted_at IS NULL`),
    })),
    'tag:': words.map((word) => ({
      text: `tag:recall ${word}`,
      where: caseWhere(
        `SELECT ct.case_id FROM case_tags ct JOIN tags t ON t.id = ct.tag_id JOIN cases c ON c.id = ct.case_id WHERE t.name = 'recall' AND c.deleted_at IS NULL`,
      ),
    })),
  };
}

function buckets(vocabulary: Vocabulary): Record<string, BenchQuery[]> {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const latin = vocabulary.words.filter((word) => /^[a-z]{4,}$/u.test(word) && !STOP.has(word));
  const common = latin.slice(0, 20);
  const rare = Array.from({ length: 20 }, (_, index) => rareName(index * 4_999));
  const prefix = latin
    .slice(0, 60)
    .filter((_, index) => index % 3 === 0)
    .map((word) => word.slice(0, 3));
  const phrase = Array.from({ length: 20 }, (_, index) => `"${latin[index] ?? ''} ${latin[index + 1] ?? ''}"`);
  const cjk: string[] = [];
  while (cjk.length < 20) {
    const sentence = [...pick(vocabulary.chinese)].filter((char) => /\p{Script=Han}/u.test(char));
    const at = Math.floor(next() * Math.max(1, sentence.length - 3));
    cjk.push(sentence.slice(at, at + (cjk.length % 2 === 0 ? 2 : 4)).join(''));
  }
  const plain = { rare, common, prefix, phrase, cjk };
  return {
    ...Object.fromEntries(
      Object.entries(plain).map(([name, texts]) => [name, texts.map((text): BenchQuery => ({ text }))]),
    ),
    ...filtered(common, phrase),
  };
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const log = (line: string) => console.log(line);
log(`search benchmark: ${cases} cases, ${sources} sources`);
const bench = benchNotebook(cases, sources, log);
log(
  bench.generatedIn === null
    ? `  notebook: ${bench.path} (cached)`
    : `  notebook generated in ${bench.generatedIn.toFixed(1)} s: ${bench.path}`,
);
const db = bench.notebook.db;
try {
  searchNotebook(db, 'warm up the page cache');
  log('');
  log('bucket     queries  matches (median)  service p50 / p95 ms   raw ranked SQL p50 / p95 ms   service/raw p50');
  for (const [name, queries] of Object.entries(buckets(bench.vocabulary))) {
    const service: number[] = [];
    const raw: number[] = [];
    const counts: number[] = [];
    let truncated = 0;
    for (const { text: query, where } of queries) {
      const match = toMatchExpression(parseQuery(query).terms);
      if (match === null) continue;
      counts.push(matchCount(db, match, where));
      for (let round = 0; round < ROUNDS; round++) {
        service.push(
          time(() => {
            if (searchNotebook(db, query, { limit: LIMIT }).truncated) truncated++;
          }),
        );
      }
      // Ranking every match of a common word takes seconds: once per query is enough to see it.
      raw.push(time(() => rawRankedSearch(db, match, LIMIT, where)));
    }
    const ratio = percentile(service, 50) / Math.max(percentile(raw, 50), 0.001);
    log(
      `${name.padEnd(10)} ${String(queries.length).padStart(7)}  ${String(percentile(counts, 50)).padStart(16)}  ${percentile(service, 50).toFixed(1).padStart(10)} / ${percentile(service, 95).toFixed(1).padStart(6)}  ${percentile(raw, 50).toFixed(1).padStart(17)} / ${percentile(raw, 95).toFixed(1).padStart(7)}  ${ratio.toFixed(2).padStart(15)}` +
        (truncated > 0 ? `   (${Math.round(truncated / ROUNDS)} truncated)` : ''),
    );
    log(
      `         e.g. ${queries
        .slice(0, 4)
        .map((query) => query.text)
        .join(', ')}`,
    );
  }
} finally {
  bench.notebook.close();
}
