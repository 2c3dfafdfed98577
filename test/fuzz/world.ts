import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { openNotebook } from '../../electron/store/notebook.ts';
import { procedures, type ProcedureName, type RequestOf } from '../../shared/contract/procedures.ts';
import { fullCaseDocument } from '../helpers/factories.ts';
import { callOk, tempDir, withCalls, type TempNotebook } from '../helpers/temp-notebook.ts';
import { ZOTERO_BIBTEX } from '../services/references/reference-files.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures');
export const fixture = (...path: string[]) => readFileSync(join(FIXTURES, ...path), 'utf8');

/** A real 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export type Examples = Partial<Record<ProcedureName, Record<string, unknown>>>;

export interface WorldFile {
  /** A closed notebook file to copy for each test, so every test starts from the same state. */
  readonly path: string;
  /** A request each procedure accepts in this notebook, to derive near-valid requests from. */
  readonly examples: Examples;
  readonly remove: () => void;
}

/** A fresh copy of the world, closed and deleted when the current test ends. */
export function openWorld(world: WorldFile): TempNotebook {
  const dir = tempDir();
  const path = join(dir, 'world.casebook');
  copyFileSync(world.path, path);
  const notebook = openNotebook(path);
  onTestFinished(() => notebook.close());
  return withCalls(notebook, dir);
}

/**
 * A notebook holding a full case (every part, citations, a conflict), a captured page, an attachment, an
 * item in the trash and a saved-page source, with a valid request for every procedure it knows.
 */
export function buildWorld(): WorldFile {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-fuzz-world-'));
  const path = join(dir, 'world.casebook');
  const opened = openNotebook(path, { create: true });
  const notebook = {
    call: <P extends ProcedureName>(name: P, request: RequestOf<P>) => callOk(opened.db, name, request),
  };
  const imported = notebook.call('bundles.import', { document: fullCaseDocument('fuzz') });
  const caseId = imported.cases[0]!.id;
  const secondCaseId = notebook.call('cases.create', { title: 'A second case' }).id;
  const document = notebook.call('cases.get', { id: caseId });
  const page = notebook.call('sources.addFromHtml', {
    html: fixture('web-pages', 'ars-1', 'source.html'),
    url: 'https://arstechnica.example/1',
  }).source;
  const attachment = notebook.call('attachments.add', {
    caseId,
    fileName: 'chart.png',
    mediaType: 'image/png',
    base64: PNG,
  });
  const spare = notebook.call('lessons.create', { caseId, fields: { text: 'Spare lesson' } });
  const trashed = notebook.call('lessons.delete', { id: spare.id });
  const row = document.issueRows[0]!;
  const actor = document.actors[0]!;
  const otherActor = document.actors[1]!;
  const event = document.events[0]!;
  const quote = document.quotes[0]!;
  const fact = document.facts[0]!;
  const lesson = document.lessons[0]!;
  const source = document.sources[0]!;
  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
  const examples: Examples = {
    'notebook.info': {},
    'notebook.addSample': {},
    'cases.list': { query: 'full', sort: 'title', limit: 10 },
    'tags.list': {},
    'cases.create': { title: 'A new case' },
    'cases.importArticle': { fileName: 'article.md', text: '# Recall\n\nThe company apologized on 5 January 2026.' },
    'cases.get': { id: caseId },
    'cases.update': { id: caseId, patch: { summary: 'Changed', status: 'review' } },
    'cases.delete': { id: caseId },
    'cases.export': { id: caseId, format: 'markdown', style: 'apa' },
    'narrative.save': { caseId, narrative: document.narrative },
    'actors.create': { caseId, fields: { name: 'Regulator' } },
    'actors.update': { id: actor.id, patch: { role: 'critic' } },
    'actors.reorder': { caseId, ids: ids(document.actors).reverse() },
    'actors.delete': { id: otherActor.id },
    'actors.merge': { keepId: actor.id, mergeIds: [otherActor.id] },
    'issueRows.create': { caseId, afterId: row.id, fields: { issue: 'New issue' } },
    'issueRows.update': { id: row.id, patch: { impact: 'Changed' } },
    'issueRows.reorder': { caseId, ids: ids(document.issueRows).reverse() },
    'issueRows.delete': { id: row.id },
    'events.create': { caseId, fields: { on: '2026-01-06', title: 'Hearing' } },
    'events.update': { id: event.id, patch: { title: 'Renamed' } },
    'events.delete': { id: event.id },
    'quotes.create': { caseId, fields: { text: 'We are sorry.' } },
    'quotes.update': { id: quote.id, patch: { speaker: 'Lei Jun' } },
    'quotes.reorder': { caseId, ids: ids(document.quotes).reverse() },
    'quotes.delete': { id: quote.id },
    'facts.create': { caseId, fields: { statement: '40% of value' } },
    'facts.update': { id: fact.id, patch: { statement: '41% of value' } },
    'facts.reorder': { caseId, ids: ids(document.facts).reverse() },
    'facts.delete': { id: fact.id },
    'lessons.create': { caseId, fields: { text: 'Answer within a day' } },
    'lessons.update': { id: lesson.id, patch: { text: 'Changed' } },
    'lessons.reorder': { caseId, ids: ids(document.lessons).reverse() },
    'lessons.delete': { id: lesson.id },
    'attachments.add': { caseId, fileName: 'chart.png', mediaType: 'image/png', base64: PNG },
    'attachments.get': { id: attachment.id },
    'sources.list': { query: 'snapshot', limit: 5, sort: 'title' },
    'sources.facets': {},
    'sources.usage': { id: source.id },
    'sources.get': { id: page.id },
    'sources.create': { fields: { title: 'A report', url: 'https://example.org/report' } },
    'sources.update': { id: source.id, patch: { publisher: 'Caixin' } },
    'sources.delete': { id: source.id },
    'sources.addFromHtml': {
      html: '<html><head><title>Statement</title></head><body><article><p>We apologize.</p></article></body></html>',
      url: 'https://example.org/statement',
    },
    'sources.captureUrl': { url: 'https://example.org/page' },
    'sources.addFromFile': { fileName: 'shot.png', mediaType: 'image/png', base64: PNG, caption: 'A post' },
    'sources.getFile': { sourceId: page.id },
    'snapshots.get': { sourceId: page.id },
    'snapshots.verify': { sourceId: page.id },
    'citations.add': { target: { kind: 'event', id: event.id }, citation: { sourceId: page.id, locator: 'para 2' } },
    'citations.remove': { target: { kind: 'issueRow', id: row.id }, sourceId: row.citations[0]?.sourceId ?? source.id },
    'conflicts.add': { caseId, conflict: { a: fact.id, b: quote.id, note: 'Figures differ' } },
    'conflicts.remove': { caseId, a: document.conflicts[0]?.a ?? fact.id, b: document.conflicts[0]?.b ?? quote.id },
    'trash.list': { limit: 10 },
    'trash.restore': { id: trashed.trashId },
    'trash.purge': { id: trashed.trashId },
    'sources.importReferences': { format: 'bibtex', text: ZOTERO_BIBTEX },
    'sources.exportReferences': { format: 'ris', caseId },
    'bibliography.format': { caseId, style: 'harvard', output: 'html' },
    'search.query': { query: 'snapshot', limit: 5 },
    'evidence.check': { caseId },
    'bundles.exportCase': { id: caseId },
    'bundles.import': { document: fullCaseDocument('fuzz-again') },
  };
  // Procedures added since this list was written: the first simple request their schema accepts.
  for (const name of Object.keys(procedures) as ProcedureName[]) {
    if (examples[name]) continue;
    const guesses = [
      {},
      { id: caseId },
      { caseId },
      { id: source.id },
      { sourceId: source.id },
      { caseIds: [caseId, secondCaseId] },
      { caseId, name: 'A template' },
      { caseId, reason: 'manual' },
      { budgetBytes: 16 * 1024 * 1024 },
      { importId: 'import-1' },
      { kind: 'scct-strategy', id: 'fuzz-code', create: true, label: 'Fuzz code' },
      { kind: 'scct-strategy', id: 'apology' },
    ];
    const accepted = guesses.find((guess) => procedures[name].request.safeParse(guess).success);
    if (accepted) examples[name] = accepted;
  }
  opened.close();
  return { path, examples, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
