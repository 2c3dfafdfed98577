import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProcedureName, RequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import type { NotebookDb } from '../../electron/store/database.ts';
import { dispatch } from '../../electron/services/dispatch.ts';
import { generateNarrative } from './narratives.ts';
import type { Random } from './random.ts';
import { caseScope, sourceScope, type Scope } from './scope-hash.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
const PAGE_NAMES = ['ars-1', 'bbc-1', 'lemonde-1', 'medium-1', 'nytimes-1', 'qq', 'wapo-1'];

/** A procedure answered with a coded error: the transaction is rolled back and the run goes on. */
export class Refused extends Error {
  readonly code: string;
  constructor(procedure: string, code: string, message: string) {
    super(`${procedure}: ${message}`);
    this.code = code;
  }
}

export interface WorkContext {
  readonly db: NotebookDb;
  readonly random: Random;
}

export interface Operation {
  readonly name: string;
  /** How often to pick it now (0: not possible in this notebook's state). */
  weight(state: NotebookState): number;
  /** Does its writes through the contract, inside the caller's transaction; returns every scope it changed. */
  run(context: WorkContext, state: NotebookState): Scope[];
}

export interface NotebookState {
  readonly liveCases: readonly string[];
  readonly liveSources: readonly string[];
  readonly trashCount: number;
}

export function call<P extends ProcedureName>(db: NotebookDb, procedure: P, request: RequestOf<P>): ResponseOf<P> {
  const result = dispatch(db, procedure, request);
  if (!result.ok) throw new Refused(procedure, result.error.code, result.error.message);
  return result.value as ResponseOf<P>;
}

export function readState(db: NotebookDb): NotebookState {
  return {
    liveCases: call(db, 'cases.list', { limit: 500 }).cases.map((item) => item.id),
    liveSources: call(db, 'sources.list', { limit: 500 }).sources.map((item) => item.id),
    trashCount: call(db, 'trash.list', { limit: 500 }).entries.length,
  };
}

/** The cases that cite a source anywhere (rows, events, quotes, facts, narrative): their documents show it. */
function citingCases(db: NotebookDb, sourceId: string): Scope[] {
  const result = dispatch(db, 'sources.usage', { id: sourceId });
  if (!result.ok) return [];
  return (result.value as ResponseOf<'sources.usage'>).uses.map((use) => caseScope(use.caseId));
}

function sourceWithCiters(db: NotebookDb, sourceId: string): Scope[] {
  return [sourceScope(sourceId), ...citingCases(db, sourceId)];
}

const pages = new Map<string, string>();
function page(name: string): string {
  let html = pages.get(name);
  if (html === undefined) {
    html = readFileSync(join(FIXTURES, 'web-pages', name, 'source.html'), 'utf8');
    pages.set(name, html);
  }
  return html;
}

let seedArticle: string | undefined;
function article(): string {
  seedArticle ??= readFileSync(join(FIXTURES, 'seed', 'xiaomi-kol-2026.txt'), 'utf8');
  return seedArticle;
}

const MAX_LIVE_CASES = 24;
const hasCases = (state: NotebookState) => state.liveCases.length > 0;

const words = (random: Random, count: number) =>
  Array.from({ length: count }, () =>
    random.pick(['crisis', 'apology', 'recall', '小米', 'board', 'hotline', 'KOL', 'naïve']),
  ).join(' ');

type ItemList = 'issueRows' | 'lessons' | 'quotes' | 'facts';

function liveItems(db: NotebookDb, caseId: string, list: ItemList): string[] {
  const document = call(db, 'cases.get', { id: caseId });
  return document[list].map((item) => item.id);
}

export const OPERATIONS: readonly Operation[] = [
  {
    name: 'cases.create',
    weight: (state) => (state.liveCases.length < MAX_LIVE_CASES ? 6 : 0),
    run: ({ db, random }) => [caseScope(call(db, 'cases.create', { title: `Case ${words(random, 3)}` }).id)],
  },
  {
    name: 'narrative.save',
    weight: (state) => (hasCases(state) ? 8 : 0),
    run: ({ db, random }, state) => {
      const caseId = random.pick(state.liveCases);
      const cited = random.shuffle(state.liveSources).slice(0, random.int(4));
      const narrative = generateNarrative(random, 50_000 + random.int(450_000), cited);
      call(db, 'narrative.save', { caseId, narrative });
      return [caseScope(caseId)];
    },
  },
  {
    name: 'issueRows.create',
    weight: (state) => (hasCases(state) ? 8 : 0),
    run: ({ db, random }, state) => {
      const caseId = random.pick(state.liveCases);
      call(db, 'issueRows.create', {
        caseId,
        fields: { issue: words(random, 5), response: words(random, 8), impact: words(random, 4) },
      });
      return [caseScope(caseId)];
    },
  },
  {
    name: 'items.create',
    weight: (state) => (hasCases(state) ? 6 : 0),
    run: ({ db, random }, state) => {
      const caseId = random.pick(state.liveCases);
      const kind = random.int(4);
      if (kind === 0) call(db, 'lessons.create', { caseId, fields: { text: words(random, 9) } });
      else if (kind === 1)
        call(db, 'quotes.create', { caseId, fields: { text: words(random, 12), speaker: 'Lei Jun' } });
      else if (kind === 2) call(db, 'facts.create', { caseId, fields: { statement: words(random, 7) } });
      else
        call(db, 'events.create', {
          caseId,
          fields: { on: `2026-0${1 + random.int(9)}-1${random.int(10)}`, title: words(random, 4) },
        });
      return [caseScope(caseId)];
    },
  },
  {
    name: 'citations.add',
    weight: (state) => (hasCases(state) && state.liveSources.length > 0 ? 5 : 0),
    run: ({ db, random }, state) => {
      const caseId = random.pick(state.liveCases);
      const rows = liveItems(db, caseId, 'issueRows');
      if (rows.length === 0) return [];
      call(db, 'citations.add', {
        target: { kind: 'issueRow', id: random.pick(rows) },
        citation: { sourceId: random.pick(state.liveSources), locator: `p. ${1 + random.int(40)}` },
      });
      return [caseScope(caseId)];
    },
  },
  {
    name: 'issueRows.update',
    weight: (state) => (hasCases(state) ? 5 : 0),
    run: ({ db, random }, state) => {
      const caseId = random.pick(state.liveCases);
      const rows = liveItems(db, caseId, 'issueRows');
      if (rows.length === 0) return [];
      call(db, 'issueRows.update', {
        id: random.pick(rows),
        patch: { impact: words(random, 6), incomplete: random.int(2) === 0 },
      });
      return [caseScope(caseId)];
    },
  },
  {
    name: 'reorder',
    weight: (state) => (hasCases(state) ? 4 : 0),
    run: ({ db, random }, state) => {
      const caseId = random.pick(state.liveCases);
      const list = random.pick<'issueRows' | 'lessons'>(['issueRows', 'lessons']);
      const ids = liveItems(db, caseId, list);
      if (ids.length < 2) return [];
      call(db, list === 'issueRows' ? 'issueRows.reorder' : 'lessons.reorder', { caseId, ids: random.shuffle(ids) });
      return [caseScope(caseId)];
    },
  },
  {
    name: 'items.delete',
    weight: (state) => (hasCases(state) ? 3 : 0),
    run: ({ db, random }, state) => {
      const caseId = random.pick(state.liveCases);
      const rows = liveItems(db, caseId, 'issueRows');
      if (rows.length === 0) return [];
      call(db, 'issueRows.delete', { id: random.pick(rows) });
      return [caseScope(caseId)];
    },
  },
  {
    name: 'cases.update',
    weight: (state) => (hasCases(state) ? 3 : 0),
    run: ({ db, random }, state) => {
      const caseId = random.pick(state.liveCases);
      call(db, 'cases.update', {
        id: caseId,
        patch: { summary: words(random, 20), status: random.pick(['draft', 'review', 'final'] as const) },
      });
      return [caseScope(caseId)];
    },
  },
  {
    name: 'cases.delete',
    weight: (state) => (state.liveCases.length > 4 ? (state.liveCases.length >= MAX_LIVE_CASES ? 8 : 2) : 0),
    run: ({ db, random }, state) => {
      const caseId = random.pick(state.liveCases);
      call(db, 'cases.delete', { id: caseId });
      return [caseScope(caseId)];
    },
  },
  {
    name: 'trash.restore',
    weight: (state) => (state.trashCount > 0 ? 3 : 0),
    run: ({ db, random }) => {
      const entries = call(db, 'trash.list', { limit: 50 }).entries;
      if (entries.length === 0) return [];
      const restored = call(db, 'trash.restore', { id: random.pick(entries).id });
      if (restored.kind === 'source') return sourceWithCiters(db, restored.itemId);
      return restored.caseId ? [caseScope(restored.caseId)] : [];
    },
  },
  {
    name: 'trash.purge',
    weight: (state) => (state.trashCount > 12 ? 3 : 0),
    run: ({ db, random }) => {
      const entries = call(db, 'trash.list', { limit: 50 }).entries;
      const entry = random.pick(entries);
      call(db, 'trash.purge', { id: entry.id });
      if (entry.kind === 'source') return [sourceScope(entry.itemId)];
      return entry.caseId ? [caseScope(entry.caseId)] : [];
    },
  },
  {
    name: 'sources.addFromHtml',
    weight: () => 4,
    run: ({ db, random }) => {
      const name = random.pick(PAGE_NAMES);
      // A few URLs per page, so some captures merge into a source already in the library.
      const url = `https://news.example.org/${name}/${random.int(3)}`;
      const added = call(db, 'sources.addFromHtml', { html: page(name), url, fileName: `${name}.html` });
      return sourceWithCiters(db, added.source.id);
    },
  },
  {
    name: 'sources.create',
    weight: () => 2,
    run: ({ db, random }) => {
      const created = call(db, 'sources.create', {
        fields: { title: `Report ${words(random, 3)}`, publisher: 'Caixin' },
      });
      return sourceWithCiters(db, created.source.id);
    },
  },
  {
    name: 'sources.update',
    weight: (state) => (state.liveSources.length > 0 ? 2 : 0),
    run: ({ db, random }, state) => {
      const sourceId = random.pick(state.liveSources);
      call(db, 'sources.update', { id: sourceId, patch: { publisher: words(random, 2) } });
      return sourceWithCiters(db, sourceId);
    },
  },
  {
    name: 'sources.delete',
    weight: (state) => (state.liveSources.length > 6 ? 2 : 0),
    run: ({ db, random }, state) => {
      const sourceId = random.pick(state.liveSources);
      const citers = citingCases(db, sourceId);
      call(db, 'sources.delete', { id: sourceId });
      return [sourceScope(sourceId), ...citers];
    },
  },
  {
    name: 'cases.importArticle',
    weight: (state) => (state.liveCases.length < MAX_LIVE_CASES ? 2 : 0),
    run: ({ db, random }) => {
      const text = `# Imported ${words(random, 3)}\n\n${article()}`;
      const imported = call(db, 'cases.importArticle', { fileName: 'xiaomi-kol-2026.md', text });
      return [caseScope(imported.caseId), ...sourceWithCiters(db, imported.sourceId)];
    },
  },
];

export function chooseOperation(random: Random, state: NotebookState, backupWeight: number): Operation | 'backup' {
  const weights = OPERATIONS.map((operation) => operation.weight(state));
  const total = weights.reduce((sum, weight) => sum + weight, 0) + backupWeight;
  let point = random.next() * total;
  for (let index = 0; index < OPERATIONS.length; index += 1) {
    point -= weights[index]!;
    if (point < 0) return OPERATIONS[index]!;
  }
  return 'backup';
}
