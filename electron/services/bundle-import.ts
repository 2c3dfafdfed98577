import { createHash } from 'node:crypto';
import { describeZodError, isSizeError, CasebookError } from '../../shared/contract/result.ts';
import {
  caseDocumentSchema,
  NOTEBOOK_FORMAT,
  notebookDocumentSchema,
  type CaseDocument,
  type Citation,
  type Snapshot,
  type Source,
} from '../../shared/domain/case-document.ts';
import { insertActor } from '../store/actors.ts';
import { attachmentsOfCase, insertAttachment, type StoredAttachment } from '../store/attachments.ts';
import { getCase, insertCase, purgeCase } from '../store/cases.ts';
import { putCitation, type CitingKind } from '../store/citations.ts';
import { findConflict, insertConflict } from '../store/conflicts.ts';
import { getCustomCode, getStoredCustomCode, insertCustomCode, type CodeKind } from '../store/custom-codes.ts';
import { inWriteTransaction, type NotebookDb } from '../store/database.ts';
import { insertEvent } from '../store/events.ts';
import { insertFact } from '../store/facts.ts';
import { newId, nowTimestamp } from '../store/ids.ts';
import { insertIssueRow } from '../store/issue-rows.ts';
import { insertLesson } from '../store/lessons.ts';
import { putNarrative, setNarrativeCitations } from '../store/narratives.ts';
import { insertQuote } from '../store/quotes.ts';
import { findSourceByNormalizedUrl, getSnapshot, getSource, insertSource, putSnapshot } from '../store/sources.ts';
import { setCaseTags } from '../store/tags.ts';
import { dedupeTags } from './cases.ts';
import { isBuiltInCode } from './codes.ts';
import { invalid } from './errors.ts';
import { itemIdTaken } from './item-ids.ts';
import { lexicalCitations, renameLexicalSources } from './lexical-citations.ts';
import { htmlToText } from './snapshots/html-to-text.ts';
import { sanitizeHtml } from './snapshots/sanitize.ts';
import { sha256Hex } from './snapshots/sha256.ts';
import { slugify, uniqueSlug } from './slugs.ts';
import { normalizedUrlOf, restoreSource } from './sources.ts';
import { recordVersion } from './versions/record-version.ts';

export interface ImportWarning {
  readonly file: string | null;
  readonly message: string;
}

export interface ImportResult {
  cases: { id: string; title: string }[];
  warnings: ImportWarning[];
}

export interface ImportOptions {
  /** Overwrite a case that has the same id instead of importing a copy. */
  readonly replace?: boolean;
  /** The file the document came from, named in warnings. */
  readonly file?: string | null;
}

/**
 * Imports a casebook.case/v1 or casebook.notebook/v1 document (an unknown parsed JSON value) in ONE
 * transaction: on any error nothing is written.
 */
export function importBundle(db: NotebookDb, document: unknown, options: ImportOptions = {}): ImportResult {
  const documents = parseBundle(document);
  const isNotebook = documents.length !== 1 || isNotebookBundle(document);
  return inWriteTransaction(db, () => {
    const result: ImportResult = { cases: [], warnings: [] };
    documents.forEach((doc, index) => {
      const context: ImportContext = {
        db,
        path: isNotebook ? `cases.${index}.` : '',
        replace: options.replace ?? false,
        warn: (message) => result.warnings.push({ file: options.file ?? null, message }),
      };
      result.cases.push(importCase(context, doc));
    });
    return result;
  });
}

function isNotebookBundle(document: unknown): boolean {
  return (
    typeof document === 'object' && document !== null && (document as { format?: unknown }).format === NOTEBOOK_FORMAT
  );
}

function parseBundle(document: unknown): CaseDocument[] {
  const schema = isNotebookBundle(document) ? notebookDocumentSchema : caseDocumentSchema;
  const parsed = schema.safeParse(document);
  if (!parsed.success) {
    throw new CasebookError(
      isSizeError(parsed.error) ? 'too-large' : 'invalid-request',
      describeZodError(parsed.error),
    );
  }
  return 'cases' in parsed.data ? parsed.data.cases : [parsed.data];
}

interface ImportContext {
  readonly db: NotebookDb;
  /** Prefix naming the case inside the document in error messages ("cases.2."). */
  readonly path: string;
  readonly replace: boolean;
  readonly warn: (message: string) => void;
}

function importCase(context: ImportContext, doc: CaseDocument): { id: string; title: string } {
  const { db, path } = context;
  checkReferences(path, doc);

  const existing = getCase(db, doc.case.id);
  let copy = false;
  // Bundles carry no attachments (case-format.md has no field for them): a replaced case keeps its own,
  // which its narrative's image nodes name by id.
  let keptAttachments: StoredAttachment[] = [];
  if (existing && context.replace) {
    // The state a replace overwrites stays restorable from the case's History.
    if (existing.deletedAt === null) recordVersion(db, doc.case.id, 'import');
    keptAttachments = attachmentsOfCase(db, doc.case.id);
    purgeCase(db, doc.case.id);
  } else if (existing) {
    copy = true;
    context.warn(
      `"${doc.case.title}" is already in this notebook; it was imported as a copy (import with replace to overwrite it).`,
    );
  }
  if (!copy && itemIdTaken(db, doc)) {
    copy = true;
    context.warn(
      `Some parts of "${doc.case.title}" have ids already used in this notebook; it was imported as a copy.`,
    );
  }
  const ids = new Map<string, string>();
  const idFor = (id: string): string => {
    if (!copy) return id;
    let mapped = ids.get(id);
    if (mapped === undefined) {
      mapped = newId();
      ids.set(id, mapped);
    }
    return mapped;
  };

  const sourceIds = importSources(context, doc.sources);
  const sourceFor = (id: string): string => sourceIds.get(id) ?? id;
  const citeAll = (kind: CitingKind, itemId: string, citations: readonly Citation[]) => {
    for (const citation of citations)
      putCitation(db, kind, itemId, { sourceId: sourceFor(citation.sourceId), locator: citation.locator });
  };
  importCodebook(context, doc);

  const at = nowTimestamp();
  const caseId = idFor(doc.case.id);
  const wantedSlug = copy ? doc.case.slug || slugify(doc.case.title) : doc.case.slug;
  const slug = uniqueSlug(db, wantedSlug);
  if (!copy && slug !== wantedSlug)
    context.warn(`The slug "${wantedSlug}" was taken; "${doc.case.title}" now has the slug "${slug}".`);
  const { tags, ...fields } = doc.case;
  insertCase(db, { ...fields, id: caseId, slug, ...(copy ? { createdAt: at, updatedAt: at } : {}) });
  setCaseTags(db, caseId, dedupeTags(tags));
  for (const attachment of keptAttachments) insertAttachment(db, { ...attachment, caseId });

  const lexical = renameLexicalSources(doc.narrative.lexical, sourceFor);
  putNarrative(db, caseId, { ...doc.narrative, lexical }, copy ? at : doc.case.updatedAt);
  setNarrativeCitations(db, caseId, lexicalCitations(lexical));

  const actorRef = (actorId: string | null) => (actorId === null ? null : idFor(actorId));
  doc.actors.forEach((actor, position) => insertActor(db, caseId, position, { ...actor, id: idFor(actor.id) }));
  doc.issueRows.forEach(({ citations, ...row }, position) => {
    const id = idFor(row.id);
    insertIssueRow(db, caseId, position, { ...row, id, actorId: actorRef(row.actorId) });
    citeAll('issueRow', id, citations);
  });
  doc.events.forEach(({ citations, ...event }) => {
    const id = idFor(event.id);
    insertEvent(db, caseId, { ...event, id, actorId: actorRef(event.actorId) });
    citeAll('event', id, citations);
  });
  doc.quotes.forEach(({ citations, ...quote }, position) => {
    const id = idFor(quote.id);
    insertQuote(db, caseId, position, { ...quote, id, actorId: actorRef(quote.actorId) });
    citeAll('quote', id, citations);
  });
  doc.facts.forEach(({ citations, ...fact }, position) => {
    const id = idFor(fact.id);
    insertFact(db, caseId, position, { ...fact, id });
    citeAll('fact', id, citations);
  });
  doc.lessons.forEach((lesson, position) => insertLesson(db, caseId, position, { ...lesson, id: idFor(lesson.id) }));
  importConflicts(context, doc, caseId, idFor);
  return { id: caseId, title: doc.case.title };
}

/** Checks what the schema cannot: ids unique within the case, and references that point inside it. */
function checkReferences(path: string, doc: CaseDocument): void {
  const seen = new Set<string>();
  const parts = [
    ['actors', doc.actors],
    ['issueRows', doc.issueRows],
    ['events', doc.events],
    ['quotes', doc.quotes],
    ['facts', doc.facts],
    ['lessons', doc.lessons],
  ] as const;
  for (const [name, items] of parts) {
    items.forEach((item, index) => {
      if (seen.has(item.id) || item.id === doc.case.id)
        throw invalid(`${path}${name}.${index}.id`, `"${item.id}" is used twice in this case`);
      seen.add(item.id);
    });
  }
  const actorIds = new Set(doc.actors.map((actor) => actor.id));
  const sourceIds = new Set<string>();
  doc.sources.forEach((source, index) => {
    if (sourceIds.has(source.id))
      throw invalid(`${path}sources.${index}.id`, `"${source.id}" is used twice in this case`);
    sourceIds.add(source.id);
  });
  const claims = [
    ['issueRows', doc.issueRows],
    ['events', doc.events],
    ['quotes', doc.quotes],
    ['facts', doc.facts],
  ] as const;
  for (const [name, items] of claims) {
    items.forEach((item, index) => {
      const actorId = 'actorId' in item ? item.actorId : null;
      if (actorId !== null && !actorIds.has(actorId)) {
        throw invalid(`${path}${name}.${index}.actorId`, `"${actorId}" is not one of this case's actors`);
      }
      item.citations.forEach((citation, citationIndex) => {
        if (!sourceIds.has(citation.sourceId)) {
          throw invalid(
            `${path}${name}.${index}.citations.${citationIndex}.sourceId`,
            `"${citation.sourceId}" is not in the document's sources`,
          );
        }
      });
    });
  }
}

/**
 * Brings the document's sources into the notebook's library and returns how their ids map: a source
 * with the same normalized URL, or the same id, is the one already there; sources without a URL are
 * never merged by anything but their id.
 */
function importSources(context: ImportContext, sources: readonly Source[]): Map<string, string> {
  const { db } = context;
  const ids = new Map<string, string>();
  const at = nowTimestamp();
  for (const { snapshot, ...source } of sources) {
    const normalized = normalizedUrlOf(source.url);
    const existing =
      (normalized !== null ? findSourceByNormalizedUrl(db, normalized) : undefined) ?? getSource(db, source.id);
    if (existing) {
      ids.set(source.id, existing.source.id);
      if (existing.deletedAt !== null) restoreSource(db, existing.source.id);
      if (snapshot && getSnapshot(db, existing.source.id) === null)
        putSnapshot(db, existing.source.id, sanitizedSnapshot(context, source.title, snapshot));
      continue;
    }
    insertSource(db, source, normalized, at);
    ids.set(source.id, source.id);
    if (snapshot) {
      const actual = createHash('sha256').update(snapshot.html, 'utf8').digest('hex');
      if (actual !== snapshot.sha256)
        context.warn(
          `The snapshot of "${source.title}" does not match its SHA-256; it was kept as evidence but cannot be verified.`,
        );
      putSnapshot(db, source.id, sanitizedSnapshot(context, source.title, snapshot));
    }
  }
  return ids;
}

/**
 * A bundle's snapshot HTML is sanitized again exactly as on capture: a bundle is a file anyone can edit.
 * When that changes the HTML, the sanitized HTML is kept with its own text and SHA-256, and a warning says so.
 */
function sanitizedSnapshot(context: ImportContext, title: string, snapshot: Snapshot): Snapshot {
  const html = sanitizeHtml(snapshot.html);
  if (html === snapshot.html) return snapshot;
  context.warn(
    `The snapshot of "${title}" held HTML that Casebook never keeps (scripts, event handlers, unsafe links or embedded content); it was sanitized again, and its text and SHA-256 recomputed.`,
  );
  return { ...snapshot, html, text: htmlToText(html), sha256: sha256Hex(html) };
}

/** Adds the custom codes the case uses; a code the document uses but does not define is added under its id. */
function importCodebook(context: ImportContext, doc: CaseDocument): void {
  const { db } = context;
  for (const code of doc.codebook) {
    if (isBuiltInCode(code.kind, code.id)) continue;
    const existing = getStoredCustomCode(db, code.kind, code.id);
    if (!existing) {
      insertCustomCode(db, {
        ...code,
        posture: code.kind === 'scct-strategy' ? (code.posture ?? null) : null,
        example: code.example ?? '',
        retiredAt: code.retired ? nowTimestamp() : null,
      });
    } else if (
      existing.label !== code.label ||
      existing.definition !== code.definition ||
      (code.posture !== undefined && existing.posture !== code.posture)
    ) {
      context.warn(
        `The code "${code.id}" is already in this notebook as "${existing.label}" and the bundle defines it differently ("${code.label}"); the notebook's code was kept unchanged.`,
      );
    }
  }
  const uses: [CodeKind, string | null][] = [
    ['crisis-type', doc.case.crisisType],
    ...[...doc.issueRows, ...doc.events, ...doc.quotes].flatMap((item): [CodeKind, string | null][] => [
      ['scct-strategy', item.strategy],
      ['benoit-strategy', item.benoit],
    ]),
  ];
  for (const [kind, id] of uses) {
    if (id === null || isBuiltInCode(kind, id) || getCustomCode(db, kind, id)) continue;
    insertCustomCode(db, { kind, id, label: id, definition: '' });
    context.warn(
      `The code "${id}" is not defined in the document; it was added to the notebook's codebook under its id.`,
    );
  }
}

function importConflicts(
  context: ImportContext,
  doc: CaseDocument,
  caseId: string,
  idFor: (id: string) => string,
): void {
  const claimIds = new Set([...doc.issueRows, ...doc.events, ...doc.quotes, ...doc.facts].map((item) => item.id));
  for (const conflict of doc.conflicts) {
    if (!claimIds.has(conflict.a) || !claimIds.has(conflict.b) || conflict.a === conflict.b) {
      context.warn(
        `A conflict between "${conflict.a}" and "${conflict.b}" names claims that are not in "${doc.case.title}"; it was left out.`,
      );
      continue;
    }
    const mapped = { a: idFor(conflict.a), b: idFor(conflict.b), note: conflict.note };
    if (!findConflict(context.db, caseId, mapped.a, mapped.b)) insertConflict(context.db, caseId, mapped);
  }
}
