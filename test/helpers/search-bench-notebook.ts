import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inWriteTransaction, type NotebookDb } from '../../electron/store/database.ts';
import { openNotebook, type OpenNotebook } from '../../electron/store/notebook.ts';

/**
 * A large notebook for the search benchmark: cases with every searchable part and sources with
 * snapshots, their text drawn from the real pages in ../shared/fixtures with a Zipf-like word
 * distribution, some Chinese and some French. Written through the real schema and search triggers,
 * and cached under the system temp folder, keyed by GENERATOR_VERSION.
 */
export const GENERATOR_VERSION = 3;

const FIXTURES = join(import.meta.dirname, '../../../shared/fixtures');

/** A small deterministic random generator (mulberry32), so every run builds the same notebook. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pageText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/giu, ' ')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&nbsp;|&#160;/gu, ' ')
    .replace(/&[a-z]+;|&#\d+;/giu, ' ')
    .replace(/\s+/gu, ' ');
}

export interface Vocabulary {
  /** Latin-script words, most frequent first. */
  readonly words: readonly string[];
  /** French words with accents. */
  readonly accented: readonly string[];
  /** Chinese sentences. */
  readonly chinese: readonly string[];
}

export function loadVocabulary(): Vocabulary {
  const pages = join(FIXTURES, 'web-pages');
  const counts = new Map<string, number>();
  const accented = new Set<string>();
  let chinese: string[] = [];
  for (const name of readdirSync(pages)) {
    const file = join(pages, name, 'source.html');
    if (!existsSync(file)) continue;
    const text = pageText(readFileSync(file, 'utf8'));
    for (const word of text.match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) {
      if (/\p{Script=Han}/u.test(word)) continue;
      const lower = word.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + 1);
      if (/[à-ÿ]/u.test(lower)) accented.add(lower);
    }
    chinese = chinese.concat(text.match(/[\p{Script=Han}，、“”：]{6,60}/gu) ?? []);
  }
  const seed = readFileSync(join(FIXTURES, 'seed', 'xiaomi-kol-2026.txt'), 'utf8');
  for (const word of seed.match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) {
    const lower = word.toLowerCase();
    counts.set(lower, (counts.get(lower) ?? 0) + 1);
  }
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  return { words, accented: [...accented], chinese };
}

/** Draws words with probability proportional to 1 / rank (Zipf), by binary search over the cumulative weights. */
export function zipfSampler(words: readonly string[], next: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const target = next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return words[low] ?? '';
  };
}

interface TextMaker {
  sentence(words: number): string;
  text(bytes: number): string;
  readonly next: () => number;
}

function textMaker(vocabulary: Vocabulary, seed: number): TextMaker {
  const next = random(seed);
  const word = zipfSampler(vocabulary.words, next);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentence = (count: number) => {
    const parts: string[] = [];
    for (let index = 0; index < count; index++) {
      const roll = next();
      parts.push(roll < 0.01 && vocabulary.accented.length > 0 ? pick(vocabulary.accented) : word());
    }
    const text = parts.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const text = (bytes: number) => {
    const parts: string[] = [];
    let length = 0;
    while (length < bytes) {
      const part =
        next() < 0.04 && vocabulary.chinese.length > 0
          ? pick(vocabulary.chinese)
          : sentence(6 + Math.floor(next() * 18));
      parts.push(part);
      length += part.length + 1;
    }
    return parts.join(' ');
  };
  return { sentence, text, next };
}

const id = (prefix: string, index: number) => `${prefix}${String(index).padStart(9, '0')}`;

const SYLLABLES = [
  'ka',
  'lo',
  'ri',
  'mu',
  'te',
  'sa',
  'vi',
  'no',
  'pe',
  'zu',
  'da',
  'fi',
  'go',
  'he',
  'ju',
  'ke',
  'ly',
  'ma',
  'ne',
  'po',
  'qu',
  'ro',
  'si',
  'tu',
];
export const RARE_NAMES = 100_000;

/**
 * The long tail real text has and a fixture vocabulary lacks: made-up names (people, brands, places),
 * each used by a handful of items only.
 */
export function rareName(index: number): string {
  let rest = index % RARE_NAMES;
  let name = '';
  for (let syllable = 0; syllable < 4; syllable++) {
    name += SYLLABLES[rest % SYLLABLES.length] ?? '';
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return name;
}

const rareFor = (index: number) => rareName((index * 7_919) % RARE_NAMES);
const STATUSES = ['draft', 'review', 'final'] as const;
const CLUSTERS = ['victim', 'accidental', 'preventable'] as const;
const STRATEGIES = ['denial', 'apology', 'excuse', 'justification', 'compensation', 'scapegoat'] as const;

function insertCases(db: NotebookDb, vocabulary: Vocabulary, count: number): void {
  const make = textMaker(vocabulary, 1);
  const statements = {
    case: db.prepare(
      `INSERT INTO cases (id, slug, title, summary, status, crisis_cluster, started_on, created_at, updated_at, updated_sort)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    narrative: db.prepare(
      `INSERT INTO narratives (case_id, format_version, lexical, text, updated_at) VALUES (?, 1, NULL, ?, ?)`,
    ),
    row: db.prepare(
      `INSERT INTO issue_rows (id, case_id, position, issue, response, impact, strategy) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    event: db.prepare(
      `INSERT INTO events (id, case_id, on_date, title, detail, kind, strategy) VALUES (?, ?, ?, ?, ?, 'response', ?)`,
    ),
    quote: db.prepare(`INSERT INTO quotes (id, case_id, position, text, speaker, original) VALUES (?, ?, ?, ?, ?, ?)`),
    fact: db.prepare(`INSERT INTO facts (id, case_id, position, statement) VALUES (?, ?, ?, ?)`),
    lesson: db.prepare(`INSERT INTO lessons (id, case_id, position, text) VALUES (?, ?, ?, ?)`),
    tag: db.prepare(`INSERT OR IGNORE INTO tags (id, name) VALUES (?, ?)`),
    caseTag: db.prepare(`INSERT INTO case_tags (case_id, tag_id, position) VALUES (?, ?, 0)`),
  };
  for (const [index, name] of ['recall', 'data breach', 'kol', 'food safety'].entries())
    statements.tag.run(`tag${index}`, name);
  const batch = 1_000;
  for (let start = 0; start < count; start += batch) {
    inWriteTransaction(db, () => {
      for (let index = start; index < Math.min(count, start + batch); index++) {
        const caseId = id('case', index);
        const year = 2000 + (index % 27);
        const at = new Date(Date.UTC(2020, 0, 1) + index * 60_000).toISOString();
        statements.case.run(
          caseId,
          `case-${index}`,
          `${make.sentence(6)} ${rareFor(index + 500_000)}`,
          make.text(300),
          STATUSES[index % 3],
          CLUSTERS[index % 3],
          `${year}-${String((index % 12) + 1).padStart(2, '0')}`,
          at,
          at,
          at,
        );
        statements.caseTag.run(caseId, `tag${index % 4}`);
        statements.narrative.run(caseId, make.text(3_000), at);
        for (let n = 0; n < 3; n++) {
          statements.row.run(
            `${caseId}r${n}`,
            caseId,
            n,
            make.sentence(10),
            make.sentence(12),
            make.sentence(10),
            STRATEGIES[(index + n) % STRATEGIES.length],
          );
        }
        for (let n = 0; n < 5; n++) {
          statements.event.run(
            `${caseId}e${n}`,
            caseId,
            `${year}-01-0${n + 1}`,
            make.sentence(8),
            make.sentence(20),
            n === 0 ? STRATEGIES[index % STRATEGIES.length] : null,
          );
        }
        for (let n = 0; n < 2; n++) {
          const original = make.next() < 0.1 ? (vocabulary.chinese[index % vocabulary.chinese.length] ?? null) : null;
          statements.quote.run(`${caseId}q${n}`, caseId, n, make.sentence(18), make.sentence(2), original);
        }
        for (let n = 0; n < 2; n++) statements.fact.run(`${caseId}f${n}`, caseId, n, make.sentence(12));
        for (let n = 0; n < 2; n++) statements.lesson.run(`${caseId}l${n}`, caseId, n, make.sentence(14));
      }
    });
  }
}

function insertSources(db: NotebookDb, vocabulary: Vocabulary, count: number, progress: (done: number) => void): void {
  const make = textMaker(vocabulary, 2);
  const source = db.prepare(
    `INSERT INTO sources (id, title, publisher, kind, published_on, created_at, updated_at) VALUES (?, ?, ?, 'news', ?, ?, ?)`,
  );
  const snapshot = db.prepare(
    `INSERT INTO snapshots (source_id, sha256, captured_at, text, html) VALUES (?, ?, ?, ?, '')`,
  );
  const batch = 5_000;
  for (let start = 0; start < count; start += batch) {
    inWriteTransaction(db, () => {
      for (let index = start; index < Math.min(count, start + batch); index++) {
        const sourceId = id('src', index);
        const at = new Date(Date.UTC(2021, 0, 1) + index * 1_000).toISOString();
        source.run(
          sourceId,
          `${make.sentence(9)} ${rareFor(index)}`,
          make.sentence(2),
          `${2005 + (index % 21)}-03-01`,
          at,
          at,
        );
        snapshot.run(sourceId, String(index).padStart(64, '0'), at, make.text(1_000 + Math.floor(make.next() * 2_000)));
      }
    });
    progress(Math.min(count, start + batch));
  }
}

/**
 * `count` sources published on `publishedOn`, each with `title(n)` and a snapshot of `text(n)`, written
 * straight to the tables (the search triggers index them): a crowd of matches for the filter tests.
 */
export function insertPlainSources(
  db: NotebookDb,
  count: number,
  publishedOn: string,
  title: (n: number) => string,
  text: (n: number) => string,
): void {
  const source = db.prepare(
    `INSERT INTO sources (id, title, kind, published_on, created_at, updated_at) VALUES (?, ?, 'news', ?, ?, ?)`,
  );
  const snapshot = db.prepare(
    `INSERT INTO snapshots (source_id, sha256, captured_at, text, html) VALUES (?, ?, ?, ?, '')`,
  );
  const at = new Date().toISOString();
  inWriteTransaction(db, () => {
    for (let n = 0; n < count; n++) {
      const sourceId = id('plain', n);
      source.run(sourceId, title(n), publishedOn, at, at);
      snapshot.run(sourceId, String(n).padStart(64, '0'), at, text(n));
    }
  });
}

export interface BenchNotebook {
  readonly notebook: OpenNotebook;
  readonly vocabulary: Vocabulary;
  /** Seconds spent generating, or null when the cached notebook was used. */
  readonly generatedIn: number | null;
  readonly path: string;
}

/** Opens the cached benchmark notebook, generating it first when it is missing. */
export function benchNotebook(cases: number, sources: number, progress: (line: string) => void): BenchNotebook {
  const vocabulary = loadVocabulary();
  const path = join(tmpdir(), `casebook-search-bench-v${GENERATOR_VERSION}-${cases}-${sources}.casebook`);
  let generatedIn: number | null = null;
  if (!existsSync(path)) {
    const partial = `${path}.partial`;
    rmSync(partial, { force: true });
    const started = performance.now();
    const notebook = openNotebook(partial, { create: true });
    try {
      insertCases(notebook.db, vocabulary, cases);
      progress(`  ${cases} cases written`);
      insertSources(notebook.db, vocabulary, sources, (done) => {
        if (done % 50_000 === 0 || done === sources) progress(`  ${done} sources written`);
      });
      notebook.db.pragma('wal_checkpoint(TRUNCATE)');
      notebook.db.exec(`INSERT INTO search_index (search_index) VALUES ('optimize')`);
    } finally {
      notebook.close();
    }
    renameSync(partial, path);
    generatedIn = (performance.now() - started) / 1000;
  }
  return { notebook: openNotebook(path), vocabulary, generatedIn, path };
}

/**
 * The FTS5 query alone, as an application without bounds would run it: rank every match (inside a filter
 * given as a SQL condition on the index's columns), keep the best.
 */
export function rawRankedSearch(db: NotebookDb, match: string, limit: number, where?: string): number {
  return db
    .prepare(
      `SELECT rowid, snippet(search_index, -1, '«', '»', '…', 16) FROM search_index
       WHERE search_index MATCH ?${where === undefined ? '' : ` AND ${where}`} ORDER BY rank LIMIT ?`,
    )
    .all(match, limit).length;
}

/** How many index rows match, inside a filter given as SQL (to describe the query buckets). */
export function matchCount(db: NotebookDb, match: string, where?: string): number {
  return db
    .prepare(
      `SELECT count(*) FROM search_index WHERE search_index MATCH ?${where === undefined ? '' : ` AND ${where}`}`,
    )
    .pluck()
    .get(match) as number;
}
