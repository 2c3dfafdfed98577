import {
  CASE_FORMAT,
  NARRATIVE_FORMAT_VERSION,
  type CaseDocument,
  type Citation,
  type CustomCode,
  type Source,
} from '../../shared/domain/case-document.ts';
import { comparePartialDates } from '../../shared/domain/partial-date.ts';
import { liveActorsOfCase } from '../store/actors.ts';
import { findCaseIdBySlug, getCase } from '../store/cases.ts';
import { citationsOfCase } from '../store/citations.ts';
import { conflictsOfCase } from '../store/conflicts.ts';
import { getStoredCustomCode, type CodeKind, type StoredCustomCode } from '../store/custom-codes.ts';
import { inReadTransaction, type NotebookDb } from '../store/database.ts';
import { liveEventsOfCase } from '../store/events.ts';
import { liveFactsOfCase } from '../store/facts.ts';
import { liveIssueRowsOfCase } from '../store/issue-rows.ts';
import { liveLessonsOfCase } from '../store/lessons.ts';
import { getNarrative, narrativeSourceIds } from '../store/narratives.ts';
import { liveQuotesOfCase } from '../store/quotes.ts';
import { getSnapshot, getSource } from '../store/sources.ts';
import { tagsOfCase } from '../store/tags.ts';
import { isBuiltInCode } from './codes.ts';
import { notFound } from './errors.ts';

export { importBundle } from './bundle-import.ts';

/** Finds a live case by id, else by slug. */
export function resolveCaseId(db: NotebookDb, idOrSlug: string): string {
  const byId = getCase(db, idOrSlug);
  const found = byId ?? getCase(db, findCaseIdBySlug(db, idOrSlug) ?? '');
  if (!found || found.deletedAt !== null) throw notFound('case', idOrSlug);
  return found.fields.id;
}

/** The case as a casebook.case/v1 document (without exportedAt), read from one snapshot of the notebook. */
export function readCaseDocument(db: NotebookDb, idOrSlug: string): CaseDocument {
  return inReadTransaction(db, () => buildDocument(db, resolveCaseId(db, idOrSlug)));
}

function buildDocument(db: NotebookDb, caseId: string): CaseDocument {
  const stored = getCase(db, caseId);
  if (!stored) throw notFound('case', caseId);
  const actors = liveActorsOfCase(db, caseId);
  const liveActorIds = new Set(actors.map((actor) => actor.id));
  // A reference to a trashed actor reads as none, so the document stays self-consistent.
  const actorRef = (actorId: string | null) => (actorId !== null && liveActorIds.has(actorId) ? actorId : null);
  const cited = (kind: 'issueRow' | 'event' | 'quote' | 'fact') => {
    const byItem = citationsOfCase(db, kind, caseId);
    return (id: string): Citation[] => byItem.get(id) ?? [];
  };
  const rowCitations = cited('issueRow');
  const eventCitations = cited('event');
  const quoteCitations = cited('quote');
  const factCitations = cited('fact');

  const issueRows = liveIssueRowsOfCase(db, caseId).map((row) => ({
    ...row,
    actorId: actorRef(row.actorId),
    citations: rowCitations(row.id),
  }));
  const events = liveEventsOfCase(db, caseId)
    .sort((a, b) => comparePartialDates(a.on, b.on) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((event) => ({ ...event, actorId: actorRef(event.actorId), citations: eventCitations(event.id) }));
  const quotes = liveQuotesOfCase(db, caseId).map((quote) => ({
    ...quote,
    actorId: actorRef(quote.actorId),
    citations: quoteCitations(quote.id),
  }));
  const facts = liveFactsOfCase(db, caseId).map((fact) => ({ ...fact, citations: factCitations(fact.id) }));
  const claimIds = new Set([...issueRows, ...events, ...quotes, ...facts].map((item) => item.id));
  const conflicts = conflictsOfCase(db, caseId).filter(
    (conflict) => claimIds.has(conflict.a) && claimIds.has(conflict.b),
  );

  const sourceOrder = new Set<string>();
  for (const item of [...issueRows, ...events, ...quotes, ...facts])
    for (const citation of item.citations) sourceOrder.add(citation.sourceId);
  for (const sourceId of narrativeSourceIds(db, caseId)) sourceOrder.add(sourceId);
  // A source goes out with its sanitized snapshot only: the page as captured (snapshots.original) and the
  // PDF or image it was made from (source_files) stay in the notebook and are never in a bundle.
  const sources: Source[] = [];
  for (const sourceId of sourceOrder) {
    const found = getSource(db, sourceId);
    if (found && found.deletedAt === null) sources.push({ ...found.source, snapshot: getSnapshot(db, sourceId) });
  }

  const overview = { ...stored.fields, tags: tagsOfCase(db, caseId) };
  const codebook = usedCustomCodes(db, [
    ['crisis-type', overview.crisisType],
    ...[...issueRows, ...events, ...quotes].flatMap((item): [CodeKind, string | null][] => [
      ['scct-strategy', item.strategy],
      ['benoit-strategy', item.benoit],
    ]),
  ]);

  return {
    format: CASE_FORMAT,
    case: overview,
    narrative: getNarrative(db, caseId) ?? { formatVersion: NARRATIVE_FORMAT_VERSION, lexical: null, text: '' },
    actors,
    issueRows,
    events,
    quotes,
    facts,
    lessons: liveLessonsOfCase(db, caseId),
    conflicts,
    sources,
    codebook,
  };
}

/** The notebook's own codes that the case uses, so that another notebook can read them. */
function usedCustomCodes(db: NotebookDb, uses: readonly [CodeKind, string | null][]): CustomCode[] {
  const found = new Map<string, CustomCode>();
  for (const [kind, id] of uses) {
    if (id === null || isBuiltInCode(kind, id)) continue;
    const code = getStoredCustomCode(db, kind, id);
    if (code) found.set(`${kind} ${id}`, bundledCode(code));
  }
  return [...found.values()].sort((a, b) => (a.kind === b.kind ? (a.id < b.id ? -1 : 1) : a.kind < b.kind ? -1 : 1));
}

/** A custom code as a bundle carries it: only the fields that say something (posture, example, retired). */
function bundledCode(code: StoredCustomCode): CustomCode {
  return {
    id: code.id,
    kind: code.kind,
    label: code.label,
    definition: code.definition,
    ...(code.kind === 'scct-strategy' && code.posture !== null ? { posture: code.posture } : {}),
    ...(code.example !== '' ? { example: code.example } : {}),
    ...(code.retiredAt !== null ? { retired: true } : {}),
  };
}
