import { z } from 'zod';
import { CRISIS_CLUSTERS } from '../domain/codebook.ts';
import {
  actorSchema,
  CASE_STATUSES,
  caseDocumentSchema,
  RELIABILITY_GRADES,
  SOURCE_KINDS,
  caseSchema,
  citationSchema,
  conflictSchema,
  eventSchema,
  factSchema,
  issueRowSchema,
  lessonSchema,
  narrativeSchema,
  notebookDocumentSchema,
  quoteSchema,
  sourceSchema,
} from '../domain/case-document.ts';
import { patchOf } from '../domain/patch-schema.ts';
import { id, partialDate, shortText, textOf, timestamp } from '../domain/schema-primitives.ts';
import { MAX_NARRATIVE_BYTES } from '../domain/text-limits.ts';
import type { TableName } from './tables.ts';
import { caseTemplateSchema, codebookEntrySchema, codeRefSchema, saveCodeRequestSchema } from './codebook.ts';
import { caseAnalysisResponseSchema } from './case-analysis.ts';
import { historyUsageSchema, versionDetailSchema, versionSummarySchema } from './version-schemas.ts';
import { backupRetentionSchema, backupSchema } from './backup-schemas.ts';
import { REQUESTABLE_VERSION_REASONS } from '../domain/version-history.ts';
import {
  compareCsvResponseSchema,
  compareRequestSchema,
  compareResponseSchema,
  dashboardResponseSchema,
} from './compare.ts';

/**
 * THE contract: every call from the window to the notebook, by name, with its request and response
 * schema and the tables it writes. The main process, the preload, the test rig and the command line all
 * derive from this table; none of them adds logic.
 */
interface ProcedureSpec<Req extends z.ZodType, Res extends z.ZodType> {
  readonly request: Req;
  readonly response: Res;
  /** Tables this call may change; empty for reads. Announced after a successful write. */
  readonly writes: readonly TableName[];
}

function read<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ProcedureSpec<Req, Res> {
  return { request, response, writes: [] };
}

function write<Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
  writes: readonly TableName[],
): ProcedureSpec<Req, Res> {
  return { request, response, writes };
}

const empty = z.strictObject({});
const byId = z.strictObject({ id });
const trashed = z.object({ trashId: id });
const reorder = z.strictObject({ caseId: id, ids: z.array(id).max(10_000) });
const reordered = z.object({ ids: z.array(id) });

/** Where a new row goes: at the end (afterId absent), at the top (null), or right after a given row. */
const afterId = id.nullable().optional();

export const caseSummarySchema = z.object({
  id,
  slug: z.string(),
  title: z.string(),
  status: z.enum(CASE_STATUSES),
  startedOn: partialDate.nullable(),
  startedApprox: z.boolean(),
  endedOn: partialDate.nullable(),
  crisisCluster: z.enum(CRISIS_CLUSTERS).nullable(),
  crisisType: z.string().nullable(),
  tags: z.array(z.object({ name: z.string(), color: z.string().nullable() })),
  updatedAt: timestamp,
});

export const CASE_SORTS = ['updated', 'started', 'title'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export const ATTACHMENT_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
/** 20 MB of bytes is at most 26,666,668 base64 characters. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** A running import's id, chosen by the window. */
const importId = z.string().min(1).max(100);
const base64 = z
  .string()
  .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4, { message: `is longer than ${MAX_ATTACHMENT_BYTES.toLocaleString('en')} bytes` })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'is not base64' });
export type CaseSummary = z.infer<typeof caseSummarySchema>;

const caseOverviewPatch = patchOf(caseSchema.omit({ id: true, createdAt: true, updatedAt: true }));
const actorFields = patchOf(actorSchema.omit({ id: true }));
const issueRowFields = patchOf(issueRowSchema.omit({ id: true, citations: true }));
const eventFields = patchOf(eventSchema.omit({ id: true, citations: true }));
const quoteFields = patchOf(quoteSchema.omit({ id: true, citations: true }));
const factFields = patchOf(factSchema.omit({ id: true, citations: true }));
const lessonFields = patchOf(lessonSchema.omit({ id: true }));
const sourceFields = patchOf(sourceSchema.omit({ id: true, snapshot: true }));

/** What a citation is attached to. The narrative is cited through citation nodes in its Lexical state. */
export const CITING_KINDS = ['issueRow', 'event', 'quote', 'fact'] as const;
export const citationTargetSchema = z.strictObject({ kind: z.enum(CITING_KINDS), id });

export const TRASHABLE_KINDS = ['case', 'actor', 'issueRow', 'event', 'quote', 'fact', 'lesson', 'source'] as const;
export const trashEntrySchema = z.object({
  id,
  kind: z.enum(TRASHABLE_KINDS),
  itemId: id,
  caseId: id.nullable(),
  label: z.string(),
  deletedAt: timestamp,
});
export type TrashEntry = z.infer<typeof trashEntrySchema>;

export const SEARCH_HIT_KINDS = ['case', 'narrative', 'issueRow', 'event', 'quote', 'fact', 'lesson', 'source'] as const;
export const searchHitSchema = z.object({
  caseId: id.nullable(),
  kind: z.enum(SEARCH_HIT_KINDS),
  id,
  /** Text around the match; each matched term is wrapped in « and ». */
  snippet: z.string(),
  /** The case's title, for grouping results by case; null for a source hit. */
  caseTitle: z.string().nullable(),
  /** A short label of the item hit (event title, source title, the first words of a quote…). */
  title: z.string(),
  /** For a source: true when the match is in its snapshot text rather than its metadata. */
  inSnapshot: z.boolean(),
});

export const EVIDENCE_PROBLEM_KINDS = [
  'unsupported',
  'single-source',
  'conflicting',
  'foreign-key',
  'no-snapshot',
  'snapshot-mismatch',
] as const;
/** What a problem's itemId names, so the window can link to it ('source' for the two snapshot problems). */
export const EVIDENCE_ITEM_KINDS = ['issueRow', 'event', 'quote', 'fact', 'narrative', 'source'] as const;
export const evidenceProblemSchema = z.object({
  kind: z.enum(EVIDENCE_PROBLEM_KINDS),
  caseId: id.nullable(),
  itemId: id.nullable(),
  itemKind: z.enum(EVIDENCE_ITEM_KINDS).nullable().optional(),
  message: z.string(),
});

export const SOURCE_SORTS = ['added', 'published', 'published-oldest', 'title'] as const;
export type SourceSort = (typeof SOURCE_SORTS)[number];
/** A library row: the source without its snapshot text, with what the list shows about it. */
export const sourceSummarySchema = sourceSchema.omit({ snapshot: true }).extend({
  hasSnapshot: z.boolean(),
  snapshotCapturedAt: timestamp.nullable(),
  /** How many rows, events, quotes, facts and narrative citation nodes cite it, across the notebook. */
  citedCount: z.number().int(),
  /** The file a PDF or image source was made from, if any. */
  file: z.object({ mediaType: z.string(), fileName: z.string(), byteLength: z.number().int() }).nullable(),
});
export type SourceSummary = z.infer<typeof sourceSummarySchema>;

export const SOURCE_USE_KINDS = ['issueRow', 'event', 'quote', 'fact', 'narrative'] as const;
export const sourceUseSchema = z.object({
  caseId: id,
  caseTitle: z.string(),
  kind: z.enum(SOURCE_USE_KINDS),
  /** The row, event, quote or fact; null for the narrative. */
  itemId: id.nullable(),
  /** What a person would call it: the row's issue, the event's title, the quote's text (shortened). */
  label: z.string(),
  locator: z.string().nullable(),
});
export type SourceUse = z.infer<typeof sourceUseSchema>;

export const SOURCE_FILE_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
/** Sections of an exported case file, in document order; the title block is always there. */
export const EXPORT_SECTIONS = ['overview', 'narrative', 'issues', 'timeline', 'quotes', 'facts', 'lessons', 'bibliography'] as const;
export const ARTICLE_FORMATS = ['markdown', 'text', 'html'] as const;
export const CAPTURE_OUTCOMES = ['captured', 'offline', 'failed'] as const;
export type EvidenceProblem = z.infer<typeof evidenceProblemSchema>;

const importWarningSchema = z.object({ file: z.string().nullable(), message: z.string() });

export const procedures = {
  // The notebook
  'notebook.info': read(
    empty,
    z.object({
      path: z.string(),
      schemaVersion: z.number().int(),
      caseCount: z.number().int(),
      sampleAvailable: z.boolean(),
      /** Open for reading only (read-only media): the window says so and nothing can be saved. */
      readonly: z.boolean(),
    }),
  ),
  'notebook.addSample': write(empty, z.object({ caseId: id }), ['cases', 'tags', 'narratives', 'actors', 'issue_rows', 'events', 'quotes', 'facts', 'lessons', 'sources', 'citations']),

  // Cases
  'cases.list': read(
    z.strictObject({
      query: shortText.optional(),
      tag: shortText.optional(),
      status: z.enum(CASE_STATUSES).optional(),
      cluster: z.enum(CRISIS_CLUSTERS).optional(),
      /** Cases whose start date falls in this year. */
      year: z.number().int().min(1).max(9999).optional(),
      sort: z.enum(CASE_SORTS).default('updated'),
      limit: z.number().int().min(1).max(500).default(100),
      /** Keyset cursor for the default sort: the updatedAt and id of the last case of the previous page. */
      after: z.strictObject({ updatedAt: timestamp, id }).optional(),
      /** Opaque keyset cursor for any sort: `nextCursor` of the previous page. */
      cursor: z.string().max(1_000).optional(),
    }),
    z.object({ cases: z.array(caseSummarySchema), hasMore: z.boolean(), nextCursor: z.string().nullable() }),
  ),
  /** Every tag in the notebook with the number of live cases carrying it, for suggestions and filters. */
  'tags.list': read(empty, z.object({ tags: z.array(z.object({ name: z.string(), color: z.string().nullable(), cases: z.number().int() })) })),
  'cases.create': write(
    /** templateId: a template's id (templates.list); the case starts with its headings, prompts and prompt rows. */
    z.strictObject({ title: shortText.optional(), templateId: id.optional() }),
    caseSchema,
    ['cases', 'narratives', 'issue_rows', 'lessons', 'tags'],
  ),
  /**
   * An article (Markdown, plain text or a saved web page) becomes a draft case: title, narrative, issue /
   * response / impact rows from its tables, and suggested quotes, facts and events, each citing the
   * article, which becomes the case's first source. Warnings say what the importer was unsure of.
   */
  'cases.importArticle': write(
    z
      .strictObject({
        fileName: shortText.nullable().optional(),
        format: z.enum(ARTICLE_FORMATS).optional(),
        text: textOf(MAX_NARRATIVE_BYTES).optional(),
        base64: base64.optional(),
        /** Chosen by the window: names the import in 'import-progress' events and in imports.cancel. */
        importId: importId.optional(),
      })
      .refine((request) => (request.text === undefined) !== (request.base64 === undefined), {
        message: 'give the article as text or as base64, exactly one of them',
      }),
    z.object({
      caseId: id,
      title: z.string(),
      sourceId: id,
      created: z.object({
        issueRows: z.number().int(),
        events: z.number().int(),
        quotes: z.number().int(),
        facts: z.number().int(),
        /** Actors made for the speakers of quotes (and from a Casebook export's actors list). */
        actors: z.number().int().optional(),
      }),
      warnings: z.array(z.string()),
    }),
    ['cases', 'narratives', 'issue_rows', 'events', 'quotes', 'facts', 'sources', 'citations', 'actors', 'lessons'],
  ),
  /** Stops a running import: one cancelled before its write transaction writes nothing. */
  'imports.cancel': read(z.strictObject({ importId }), z.object({ cancelled: z.boolean() })),
  'cases.get': read(z.strictObject({ id: z.string().min(1).max(200) }), caseDocumentSchema),
  'cases.update': write(z.strictObject({ id, patch: caseOverviewPatch }), caseSchema, ['cases', 'tags']),
  'cases.delete': write(byId, trashed, ['cases', 'trash']),
  /** The case file as Markdown or one self-contained HTML file, bibliography in the chosen CSL style. */
  'cases.export': read(
    z.strictObject({
      id: z.string().min(1).max(200),
      format: z.enum(['markdown', 'html', 'docx']),
      style: z.enum(['apa', 'chicago-author-date', 'harvard']).default('apa'),
      sections: z.array(z.enum(EXPORT_SECTIONS)).max(EXPORT_SECTIONS.length * 2).optional(),
      /** Replace the names of actors marked private with "[private individual A]" and so on. */
      redact: z.boolean().default(false),
    }),
    /** Binary formats (docx) give their bytes in base64, and text is ''. */
    z.object({ fileName: z.string(), mediaType: z.string(), text: z.string(), base64: z.string().optional() }),
  ),

  // Narrative
  'narrative.save': write(
    z.strictObject({ caseId: id, narrative: narrativeSchema }),
    z.object({ savedAt: timestamp }),
    ['narratives'],
  ),

  // Actors
  'actors.create': write(z.strictObject({ caseId: id, fields: actorFields.extend({ name: actorSchema.shape.name }) }), actorSchema, ['actors']),
  'actors.update': write(z.strictObject({ id, patch: actorFields }), actorSchema, ['actors']),
  'actors.reorder': write(reorder, reordered, ['actors']),
  'actors.delete': write(byId, trashed, ['actors', 'trash']),
  /** Merges duplicates into one actor: everything that named a merged actor names the kept one; the merged go to the trash. */
  'actors.merge': write(
    z.strictObject({ keepId: id, mergeIds: z.array(id).min(1).max(100) }),
    z.object({ actor: actorSchema, trashIds: z.array(id) }),
    ['actors', 'issue_rows', 'events', 'quotes', 'trash'],
  ),

  // Issue / response / impact rows
  'issueRows.create': write(z.strictObject({ caseId: id, afterId, fields: issueRowFields.default({}) }), issueRowSchema, ['issue_rows']),
  'issueRows.update': write(z.strictObject({ id, patch: issueRowFields }), issueRowSchema, ['issue_rows']),
  'issueRows.reorder': write(reorder, reordered, ['issue_rows']),
  'issueRows.delete': write(byId, trashed, ['issue_rows', 'trash']),

  // Timeline (always in chronological order; no manual order)
  'events.create': write(z.strictObject({ caseId: id, fields: eventFields.extend({ on: partialDate, title: eventSchema.shape.title }) }), eventSchema, ['events']),
  'events.update': write(z.strictObject({ id, patch: eventFields }), eventSchema, ['events']),
  'events.delete': write(byId, trashed, ['events', 'trash']),

  // Quotes
  'quotes.create': write(z.strictObject({ caseId: id, fields: quoteFields.extend({ text: quoteSchema.shape.text }) }), quoteSchema, ['quotes']),
  'quotes.update': write(z.strictObject({ id, patch: quoteFields }), quoteSchema, ['quotes']),
  'quotes.reorder': write(reorder, reordered, ['quotes']),
  'quotes.delete': write(byId, trashed, ['quotes', 'trash']),

  // Facts and figures
  'facts.create': write(z.strictObject({ caseId: id, fields: factFields.extend({ statement: factSchema.shape.statement }) }), factSchema, ['facts']),
  'facts.update': write(z.strictObject({ id, patch: factFields }), factSchema, ['facts']),
  'facts.reorder': write(reorder, reordered, ['facts']),
  'facts.delete': write(byId, trashed, ['facts', 'trash']),

  // Lessons
  'lessons.create': write(z.strictObject({ caseId: id, afterId, fields: lessonFields.extend({ text: lessonSchema.shape.text }) }), lessonSchema, ['lessons']),
  'lessons.update': write(z.strictObject({ id, patch: lessonFields }), lessonSchema, ['lessons']),
  'lessons.reorder': write(reorder, reordered, ['lessons']),
  'lessons.delete': write(byId, trashed, ['lessons', 'trash']),

  // Attachments (images in the narrative), stored in the notebook, never loaded from the web
  'attachments.add': write(
    z.strictObject({ caseId: id, fileName: shortText, mediaType: z.enum(ATTACHMENT_MEDIA_TYPES), base64 }),
    z.object({ id, byteLength: z.number().int() }),
    ['attachments'],
  ),
  'attachments.get': read(byId, z.object({ id, mediaType: z.enum(ATTACHMENT_MEDIA_TYPES), base64: z.string(), fileName: z.string() })),

  // Sources (notebook-wide)
  'sources.list': read(
    z.strictObject({
      query: shortText.optional(),
      kind: z.enum(SOURCE_KINDS).optional(),
      publisher: shortText.optional(),
      language: shortText.optional(),
      reliability: z.enum(RELIABILITY_GRADES).optional(),
      credibility: z.number().int().min(1).max(6).optional(),
      hasSnapshot: z.boolean().optional(),
      /** Only sources nothing in the notebook cites. */
      notCited: z.boolean().optional(),
      sort: z.enum(SOURCE_SORTS).default('added'),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }),
    z.object({ sources: z.array(sourceSummarySchema), hasMore: z.boolean(), total: z.number().int() }),
  ),
  /** The publishers and languages the library holds, for its filters. */
  'sources.facets': read(empty, z.object({ publishers: z.array(z.string()), languages: z.array(z.string()) })),
  /** Where a source is cited, across the notebook. */
  'sources.usage': read(byId, z.object({ uses: z.array(sourceUseSchema) })),
  'sources.get': read(byId, sourceSchema),
  /** Adds a source, or returns the existing one with the same normalized URL (merged: true). */
  'sources.create': write(
    z.strictObject({ fields: sourceFields.extend({ title: sourceSchema.shape.title }) }),
    z.object({ source: sourceSchema, merged: z.boolean() }),
    ['sources'],
  ),
  'sources.update': write(z.strictObject({ id, patch: sourceFields }), sourceSchema, ['sources']),
  'sources.delete': write(byId, trashed, ['sources', 'citations', 'trash']),

  // Snapshots: saved pages become sources with a sanitized, hashed reader view
  /**
   * A saved page (HTML text, or its bytes in base64, decoded by sniffing) becomes a source with a snapshot;
   * a page whose normalized URL is already in the library goes to that source (merged: true) and fills only
   * its empty fields.
   */
  'sources.addFromHtml': write(
    z
      .strictObject({
        html: textOf(MAX_NARRATIVE_BYTES).optional(),
        base64: base64.optional(),
        url: shortText.nullable().optional(),
        fileName: shortText.nullable().optional(),
        contentType: shortText.nullable().optional(),
      })
      .refine((request) => (request.html === undefined) !== (request.base64 === undefined), {
        message: 'give the page as html or as base64, exactly one of them',
      }),
    z.object({ source: sourceSchema, merged: z.boolean(), excerpt: z.string().nullable(), warnings: z.array(z.string()) }),
    ['sources'],
  ),
  /**
   * The main process fetches the page itself (http/https only, no cookies or credentials, a timeout, a size
   * cap, a few redirects) and runs the snapshot pipeline. With sourceId, captures that source's URL again.
   * Offline or unreachable, the URL is kept as a source without a snapshot (outcome says which).
   */
  'sources.captureUrl': write(
    z.strictObject({ url: shortText.optional(), sourceId: id.optional() }).refine(
      (request) => (request.url === undefined) !== (request.sourceId === undefined),
      { message: 'give the url or the sourceId, exactly one of them' },
    ),
    z.object({
      source: sourceSchema,
      merged: z.boolean(),
      outcome: z.enum(CAPTURE_OUTCOMES),
      message: z.string().nullable(),
      warnings: z.array(z.string()),
    }),
    ['sources'],
  ),
  /**
   * A file becomes a source: a PDF (its text extracted for search and quoting, the file kept in the
   * notebook), an image (a screenshot of a post, with caption and alt text), or a saved page (.html, .htm,
   * .mhtml), which goes through the snapshot pipeline like sources.addFromHtml.
   */
  'sources.addFromFile': write(
    z.strictObject({
      fileName: shortText,
      mediaType: shortText.optional(),
      base64,
      url: shortText.nullable().optional(),
      title: shortText.nullable().optional(),
      caption: shortText.nullable().optional(),
      altText: shortText.nullable().optional(),
    }),
    z.object({ source: sourceSchema, merged: z.boolean(), warnings: z.array(z.string()) }),
    ['sources'],
  ),
  /** A PDF or image source's file, to show in the window. */
  'sources.getFile': read(
    z.strictObject({ sourceId: id }),
    z.object({ sourceId: id, mediaType: z.enum(SOURCE_FILE_MEDIA_TYPES), fileName: z.string(), base64: z.string(), altText: z.string().nullable() }),
  ),
  /** A source's snapshot, with its hash checked now: the view reports a mismatch instead of hiding it. */
  'snapshots.get': read(
    z.strictObject({ sourceId: id }),
    z.object({
      sourceId: id,
      html: z.string(),
      text: z.string(),
      sha256: z.string(),
      capturedAt: timestamp,
      verified: z.object({ ok: z.boolean(), actual: z.string() }),
    }),
  ),
  /** Recomputes the SHA-256 of a source's stored snapshot and compares it with the one recorded at capture. */
  'snapshots.verify': read(z.strictObject({ sourceId: id }), z.object({ ok: z.boolean(), expected: z.string(), actual: z.string() })),

  // Citations
  'citations.add': write(
    z.strictObject({ target: citationTargetSchema, citation: citationSchema }),
    citationSchema,
    ['citations'],
  ),
  'citations.remove': write(z.strictObject({ target: citationTargetSchema, sourceId: id }), z.object({ removed: z.boolean() }), ['citations']),

  // Conflicting claims
  'conflicts.add': write(z.strictObject({ caseId: id, conflict: conflictSchema }), conflictSchema, ['conflicts']),
  'conflicts.remove': write(z.strictObject({ caseId: id, a: id, b: id }), z.object({ removed: z.boolean() }), ['conflicts']),

  // Trash
  'trash.list': read(
    z.strictObject({ limit: z.number().int().min(1).max(500).default(100) }),
    z.object({ entries: z.array(trashEntrySchema) }),
  ),
  'trash.restore': write(byId, z.object({ kind: z.enum(TRASHABLE_KINDS), itemId: id, caseId: id.nullable() }), [
    'cases', 'actors', 'issue_rows', 'events', 'quotes', 'facts', 'lessons', 'sources', 'citations', 'trash',
  ]),
  'trash.purge': write(byId, z.object({ purged: z.boolean() }), ['trash', 'citations', 'attachments']),

  // Reference files (BibTeX, RIS, CSL-JSON, as Zotero reads and writes them) and bibliographies
  /** Adds the references of a file to the library; a reference whose normalized URL is already there is merged. */
  'sources.importReferences': write(
    z.strictObject({ format: z.enum(['bibtex', 'ris', 'csl-json']).optional(), text: z.string().min(1, { message: 'must not be empty' }).max(20_000_000, { message: 'is longer than 20,000,000 characters' }) }),
    z.object({ sources: z.array(z.object({ id, title: z.string() })), merged: z.number().int(), warnings: z.array(z.string()) }),
    ['sources', 'trash'],
  ),
  /** The given sources, a case's cited sources, or (neither given) the whole library. */
  'sources.exportReferences': read(
    z.strictObject({ format: z.enum(['bibtex', 'ris', 'csl-json']), sourceIds: z.array(id).max(10_000).optional(), caseId: id.optional() }),
    z.object({ text: z.string() }),
  ),
  /** A case's cited sources formatted in a bundled CSL style; html holds only <i>, <b> and <span>. */
  'bibliography.format': read(
    z.strictObject({ caseId: id, style: z.enum(['apa', 'chicago-author-date', 'harvard']), output: z.enum(['text', 'html']).default('text') }),
    z.object({ entries: z.array(z.string()), text: z.string() }),
  ),

  // Search and evidence
  /**
   * Full-text search with the query syntax of the search box: words, "exact phrases", -exclude, prefix*,
   * and the filters tag:, status:, cluster:, strategy:, year: and in: (a hit kind). caseId / sourceId
   * narrow the search to one case (find in the case on screen) or one source (find in its snapshot).
   */
  'search.query': read(
    z.strictObject({
      query: shortText,
      limit: z.number().int().min(1).max(200).default(50),
      caseId: id.optional(),
      sourceId: id.optional(),
    }),
    z.object({
      hits: z.array(searchHitSchema),
      /** True when more hits exist than were returned. */
      truncated: z.boolean(),
      /** Problems with the query a person should see (an unknown filter, a filter value that is not valid). */
      warnings: z.array(z.string()),
    }),
  ),
  'evidence.check': read(z.strictObject({ caseId: id.optional() }), z.object({ problems: z.array(evidenceProblemSchema) })),
  /** The SCCT analysis of a case's coding (recommended posture, postures used, rule warnings) and its response times. */
  'cases.analysis': read(byId, caseAnalysisResponseSchema),

  // Comparing cases and the notebook dashboard
  /** 2–8 live cases side by side: coding, response times, key impacts, evidence health, timelines from day 0. */
  'cases.compare': read(compareRequestSchema, compareResponseSchema),
  /** The comparison matrix of cases.compare as a CSV file (formula-injection guarded). */
  'cases.compareCsv': read(compareRequestSchema, compareCsvResponseSchema),
  /** Cases by cluster, strategy and year, and median response times by cluster, over the whole notebook. */
  'notebook.dashboard': read(empty, dashboardResponseSchema),

  // Backups of the notebook (files in the app's folder, outside the notebook)
  /** The open notebook's automatic and on-request backups, newest first. */
  'backups.list': read(
    empty,
    z.object({ folder: z.string(), backups: z.array(backupSchema), retention: backupRetentionSchema }),
  ),
  /** How many daily and weekly automatic backups this notebook keeps; applied at the next backup. */
  'backups.setRetention': write(backupRetentionSchema, backupRetentionSchema, ['notebook_settings']),
  /** Backs the notebook up now (SQLite's online backup, verified with integrity_check before it counts). */
  'backups.create': read(empty, backupSchema),
  /** Copies a backup, after checking it, to a new notebook file beside the open one; nothing is overwritten. */
  'backups.copyForRestore': read(z.strictObject({ name: z.string().min(1).max(200) }), z.object({ path: z.string() })),

  // Version history of cases
  /** A case's kept versions, newest first, with what changed since the one before each, and the space used. */
  'versions.list': read(
    z.strictObject({ caseId: id, limit: z.number().int().min(1).max(1_000).default(200) }),
    z.object({ versions: z.array(versionSummarySchema), hasMore: z.boolean(), usage: historyUsageSchema }),
  ),
  'versions.get': read(byId, versionDetailSchema),
  /** Keeps the case's current state as a version, unless its newest version already holds that state. */
  'versions.record': write(
    z.strictObject({ caseId: id, reason: z.enum(REQUESTABLE_VERSION_REASONS) }),
    z.object({ recorded: z.boolean(), versionId: id.nullable() }),
    ['case_versions'],
  ),
  /** The version becomes the case's current state; the state it replaces is kept as a version first. */
  'versions.restore': write(
    byId,
    z.object({ caseId: id, keptVersionId: id.nullable() }),
    ['cases', 'tags', 'narratives', 'actors', 'issue_rows', 'events', 'quotes', 'facts', 'lessons', 'sources', 'citations', 'conflicts', 'attachments', 'case_versions'],
  ),
  /** The most space version history may take; older versions are thinned to fit. */
  'versions.setBudget': write(
    z.strictObject({
      budgetBytes: z
        .number()
        .int()
        .min(8 * 1024 * 1024, { message: 'must be at least 8 MB' })
        .max(64 * 1024 * 1024 * 1024, { message: 'must be at most 64 GB' }),
    }),
    z.object({ usage: historyUsageSchema, removed: z.number().int() }),
    ['case_versions'],
  ),

  // Bundles (casebook.case/v1 and casebook.notebook/v1)
  'bundles.exportCase': read(byId, caseDocumentSchema),
  'bundles.import': write(
    z.strictObject({ document: z.union([caseDocumentSchema, notebookDocumentSchema]), replace: z.boolean().default(false) }),
    z.object({ cases: z.array(z.object({ id, title: z.string() })), warnings: z.array(importWarningSchema) }),
    ['cases', 'tags', 'narratives', 'actors', 'issue_rows', 'events', 'quotes', 'facts', 'lessons', 'sources', 'citations', 'conflicts', 'attachments', 'custom_codes'],
  ),

  // The notebook's codebook (built-in SCCT/Benoit codes with this notebook's changes, and its own codes)
  'codebook.get': read(empty, z.object({ codes: z.array(codebookEntrySchema) })),
  /** Adds a custom code (create: true), or renames / redefines any code; built-in ones keep their id and posture. */
  'codebook.saveCode': write(saveCodeRequestSchema, codebookEntrySchema, ['custom_codes', 'code_overrides']),
  /** Retired codes stay on the items coded with them but are no longer offered for new codings. */
  'codebook.retireCode': write(codeRefSchema, codebookEntrySchema, ['custom_codes', 'code_overrides']),
  'codebook.restoreCode': write(codeRefSchema, codebookEntrySchema, ['custom_codes', 'code_overrides']),

  // Case templates (built in, and saved from a case)
  'templates.list': read(empty, z.object({ templates: z.array(caseTemplateSchema) })),
  /** Saves a case's structure (headings, prompts, issue labels, event kinds, crisis type, tags), not its writing. */
  'templates.saveFromCase': write(z.strictObject({ caseId: id, name: shortText }), caseTemplateSchema, ['case_templates']),
  'templates.delete': write(byId, z.object({ deleted: z.boolean() }), ['case_templates']),
} as const;

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
export type RequestOf<P extends ProcedureName> = z.input<Procedures[P]['request']>;
export type ParsedRequestOf<P extends ProcedureName> = z.output<Procedures[P]['request']>;
export type ResponseOf<P extends ProcedureName> = z.output<Procedures[P]['response']>;
export const PROCEDURE_NAMES = Object.keys(procedures) as ProcedureName[];

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.hasOwn(procedures, name);
}
