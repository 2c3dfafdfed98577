import type { ParsedRequestOf, ProcedureName, ResponseOf } from '../../shared/contract/procedures.ts';
import type { NotebookDb } from '../store/database.ts';
import { nowTimestamp } from '../store/ids.ts';
import { createActor, deleteActor, mergeActors, reorderActors, updateActor } from './actors.ts';
import { addAttachment, getAttachmentById } from './attachments.ts';
import { importBundle, readCaseDocument } from './case-document.ts';
import { createCase, deleteCase, listCases, updateCase } from './cases.ts';
import { importArticle } from './article-import/import-article.ts';
import { isWrittenImport } from './article-import/analyse-off-thread.ts';
import type { AnalysedArticle } from './article-import/analyse-article.ts';
import { cancelImport } from './article-import/import-jobs.ts';
import { evidenceCheck } from './check.ts';
import { analysisOfCase } from './case-analysis.ts';
import { compareCases, compareCasesCsv } from './compare.ts';
import { notebookDashboard } from './dashboard.ts';
import { exportCase } from './export/case-export.ts';
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
import { captureUrl, type PreparedCapture } from './snapshots/capture-url.ts';
import { verifySnapshot } from './snapshots/verify.ts';
import { getSnapshotOfSource } from './snapshots/get-snapshot.ts';
import { formatBibliography } from './references/bibliography.ts';
import { exportReferences } from './references/export-references.ts';
import { importReferences } from './references/import-references.ts';
import { createSource, deleteSource, getSourceById, updateSource } from './sources.ts';
import { listSources, sourceFacets, sourceUsage } from './source-library.ts';
import { addSourceFromFile, type PreparedSourceFile } from './add-from-file.ts';
import { getSourceFileById } from './source-files.ts';
import { listTags } from './tags.ts';
import { listTrash, purgeFromTrash, restoreFromTrash } from './trash.ts';
import { getCodebook, retireCode, restoreCode, saveCode } from './codebook.ts';
import { deleteTemplate, listTemplates, saveTemplateFromCase } from './templates.ts';
import { setBackupRetention } from './backups/backup-retention-setting.ts';
import { keepImportedVersions, keepVersionBeforeMerge } from './versions/import-versions.ts';
import {
  getVersionDetail,
  listVersions,
  recordVersionRequest,
  restoreVersion,
  setHistoryBudget,
} from './versions/history.ts';

/** `prepared` is what the procedure's preparer (preparers.ts) gave, for the few procedures that have one. */
export type Handler<P extends ProcedureName> = (
  db: NotebookDb,
  request: ParsedRequestOf<P>,
  prepared?: unknown,
) => ResponseOf<P>;
export type Handlers = { readonly [P in ProcedureName]: Handler<P> };

/** Every procedure of the contract, bound to its service. Adapters call these only through dispatch. */
export const handlers: Handlers = {
  'notebook.info': notebookInfo,
  'notebook.addSample': (db) => addSampleCase(db),

  'cases.list': listCases,
  'cases.create': createCase,
  'cases.importArticle': (db, request, prepared) =>
    // A big article's worker already wrote the case on its own connection (write-imported-article.ts).
    isWrittenImport(prepared)
      ? prepared.written
      : keepImportedVersions(db, importArticle(db, request, prepared as AnalysedArticle | undefined)),
  'imports.cancel': (_db, request) => ({ cancelled: cancelImport(request.importId) }),
  'cases.get': (db, request) => readCaseDocument(db, request.id),
  'cases.update': updateCase,
  'cases.delete': deleteCase,
  'cases.export': (db, request) => exportCase(db, request),

  'tags.list': listTags,

  'narrative.save': saveNarrative,

  'actors.create': createActor,
  'actors.update': updateActor,
  'actors.reorder': reorderActors,
  'actors.delete': deleteActor,
  'actors.merge': (db, request) => {
    keepVersionBeforeMerge(db, request.keepId);
    return mergeActors(db, request);
  },

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
  'sources.facets': (db) => sourceFacets(db),
  'sources.usage': sourceUsage,
  'sources.get': getSourceById,
  'sources.create': createSource,
  'sources.update': updateSource,
  'sources.delete': deleteSource,
  'sources.addFromHtml': addSourceFromHtmlRequest,
  'sources.addFromFile': (db, request, prepared) => addSourceFromFile(db, request, prepared as PreparedSourceFile),
  'sources.getFile': getSourceFileById,
  'sources.captureUrl': (db, request, prepared) => captureUrl(db, request, prepared as PreparedCapture),
  'snapshots.verify': (db, request) => verifySnapshot(db, request.sourceId),
  'snapshots.get': getSnapshotOfSource,
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
  'cases.analysis': (db, request) => analysisOfCase(db, request.id),

  'cases.compare': compareCases,
  'cases.compareCsv': compareCasesCsv,
  'notebook.dashboard': (db) => notebookDashboard(db),

  'backups.list': (_db, _request, prepared) => prepared as ResponseOf<'backups.list'>,
  'backups.create': (_db, _request, prepared) => prepared as ResponseOf<'backups.create'>,
  'backups.copyForRestore': (_db, _request, prepared) => prepared as ResponseOf<'backups.copyForRestore'>,
  'backups.setRetention': setBackupRetention,

  'versions.list': listVersions,
  'versions.get': getVersionDetail,
  'versions.record': recordVersionRequest,
  'versions.restore': restoreVersion,
  'versions.setBudget': setHistoryBudget,

  'codebook.get': (db) => getCodebook(db),
  'codebook.saveCode': saveCode,
  'codebook.retireCode': retireCode,
  'codebook.restoreCode': restoreCode,

  'templates.list': (db) => listTemplates(db),
  'templates.saveFromCase': saveTemplateFromCase,
  'templates.delete': deleteTemplate,

  'bundles.exportCase': (db, request) => ({ ...readCaseDocument(db, request.id), exportedAt: nowTimestamp() }),
  'bundles.import': (db, request) =>
    keepImportedVersions(db, importBundle(db, request.document, { replace: request.replace })),
};
