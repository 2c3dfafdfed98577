import type { ParsedRequestOf, ProcedureName, ResponseOf } from '../../shared/contract/procedures.ts';
import type { NotebookDb } from '../store/database.ts';
import { nowTimestamp } from '../store/ids.ts';
import { createActor, deleteActor, mergeActors, reorderActors, updateActor } from './actors.ts';
import { addAttachment, getAttachmentById } from './attachments.ts';
import { importBundle, readCaseDocument } from './case-document.ts';
import { createCase, deleteCase, listCases, updateCase } from './cases.ts';
import { evidenceCheck } from './check.ts';
import { addCitation, removeCitation } from './citations.ts';
import { addConflict, removeConflict } from './conflicts.ts';
import { createEvent, deleteEvent, updateEvent } from './events.ts';
import { createFact, deleteFact, reorderFacts, updateFact } from './facts.ts';
import { createIssueRow, deleteIssueRow, reorderIssueRows, updateIssueRow } from './issue-rows.ts';
import { createLesson, deleteLesson, reorderLessons, updateLesson } from './lessons.ts';
import { saveNarrative } from './narrative.ts';
import { notebookInfo } from './notebook-info.ts';
import { createQuote, deleteQuote, reorderQuotes, updateQuote } from './quotes.ts';
import { addSampleCase } from './sample-case.ts';
import { searchQuery } from './search.ts';
import { addSourceFromHtmlRequest } from './snapshots/add-from-html-request.ts';
import { verifySnapshot } from './snapshots/verify.ts';
import { formatBibliography } from './references/bibliography.ts';
import { exportReferences } from './references/export-references.ts';
import { importReferences } from './references/import-references.ts';
import { createSource, deleteSource, getSourceById, listSources, updateSource } from './sources.ts';
import { listTags } from './tags.ts';
import { listTrash, purgeFromTrash, restoreFromTrash } from './trash.ts';

export type Handler<P extends ProcedureName> = (db: NotebookDb, request: ParsedRequestOf<P>) => ResponseOf<P>;
export type Handlers = { readonly [P in ProcedureName]: Handler<P> };

/** Every procedure of the contract, bound to its service. Adapters call these only through dispatch. */
export const handlers: Handlers = {
  'notebook.info': notebookInfo,
  'notebook.addSample': (db) => addSampleCase(db),

  'cases.list': listCases,
  'cases.create': createCase,
  'cases.get': (db, request) => readCaseDocument(db, request.id),
  'cases.update': updateCase,
  'cases.delete': deleteCase,

  'tags.list': listTags,

  'narrative.save': saveNarrative,

  'actors.create': createActor,
  'actors.update': updateActor,
  'actors.reorder': reorderActors,
  'actors.delete': deleteActor,
  'actors.merge': mergeActors,

  'issueRows.create': createIssueRow,
  'issueRows.update': updateIssueRow,
  'issueRows.reorder': reorderIssueRows,
  'issueRows.delete': deleteIssueRow,

  'events.create': createEvent,
  'events.update': updateEvent,
  'events.delete': deleteEvent,

  'quotes.create': createQuote,
  'quotes.update': updateQuote,
  'quotes.reorder': reorderQuotes,
  'quotes.delete': deleteQuote,

  'facts.create': createFact,
  'facts.update': updateFact,
  'facts.reorder': reorderFacts,
  'facts.delete': deleteFact,

  'lessons.create': createLesson,
  'lessons.update': updateLesson,
  'lessons.reorder': reorderLessons,
  'lessons.delete': deleteLesson,

  'attachments.add': addAttachment,
  'attachments.get': getAttachmentById,

  'sources.list': listSources,
  'sources.get': getSourceById,
  'sources.create': createSource,
  'sources.update': updateSource,
  'sources.delete': deleteSource,
  'sources.addFromHtml': addSourceFromHtmlRequest,
  'snapshots.verify': (db, request) => verifySnapshot(db, request.sourceId),
  'sources.importReferences': importReferences,
  'sources.exportReferences': exportReferences,
  'bibliography.format': formatBibliography,

  'citations.add': addCitation,
  'citations.remove': removeCitation,

  'conflicts.add': addConflict,
  'conflicts.remove': removeConflict,

  'trash.list': listTrash,
  'trash.restore': restoreFromTrash,
  'trash.purge': purgeFromTrash,

  'search.query': searchQuery,
  'evidence.check': evidenceCheck,

  'bundles.exportCase': (db, request) => ({ ...readCaseDocument(db, request.id), exportedAt: nowTimestamp() }),
  'bundles.import': (db, request) => importBundle(db, request.document, { replace: request.replace }),
};
