import { z } from 'zod';
import { CRISIS_CLUSTERS, CRISIS_TYPE_IDS, POSTURES } from './codebook.ts';
import { codeId, hexColor, id, partialDate, requiredShortText, shortText, slug, text, textOf, timestamp } from './schema-primitives.ts';
import { MAX_NARRATIVE_BYTES } from './text-limits.ts';

/**
 * The case document, casebook.case/v1 (see shared/design/case-format.md). Field names are a contract:
 * add, never rename or drop. Object schemas strip unknown keys so a newer app's additions still import.
 */
export const CASE_FORMAT = 'casebook.case/v1';
export const NOTEBOOK_FORMAT = 'casebook.notebook/v1';
export const NARRATIVE_FORMAT_VERSION = 1;

export const CASE_STATUSES = ['draft', 'review', 'final'] as const;
export const PRIOR_REPUTATIONS = ['positive', 'neutral', 'negative'] as const;
export const ACTOR_KINDS = ['organization', 'person', 'group', 'other'] as const;
export const ACTOR_ROLES = ['subject', 'spokesperson', 'accuser', 'influencer', 'competitor', 'regulator', 'media', 'public', 'other'] as const;
export const EVENT_KINDS = ['trigger', 'allegation', 'response', 'apology', 'corrective-action', 'escalation', 'media', 'resolution', 'other'] as const;
export const ITEM_STATUSES = ['confirmed', 'suggested'] as const;
export const SOURCE_KINDS = ['news', 'press-release', 'social-post', 'report', 'interview', 'academic', 'other'] as const;
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const CODE_KINDS = ['crisis-type', 'scct-strategy', 'benoit-strategy'] as const;

export const citationSchema = z.object({
  sourceId: id,
  locator: shortText.nullable().default(null),
});

export const tagSchema = z.object({
  name: requiredShortText,
  color: hexColor.nullable().default(null),
});

export const caseSchema = z.object({
  id,
  slug,
  title: requiredShortText,
  summary: text.default(''),
  status: z.enum(CASE_STATUSES).default('draft'),
  crisisCluster: z.enum(CRISIS_CLUSTERS).nullable().default(null),
  crisisType: z.enum(CRISIS_TYPE_IDS).or(codeId).nullable().default(null),
  crisisHistory: z.boolean().nullable().default(null),
  priorReputation: z.enum(PRIOR_REPUTATIONS).nullable().default(null),
  industry: shortText.nullable().default(null),
  region: shortText.nullable().default(null),
  startedOn: partialDate.nullable().default(null),
  startedApprox: z.boolean().default(false),
  endedOn: partialDate.nullable().default(null),
  endedApprox: z.boolean().default(false),
  tags: z.array(tagSchema).max(200).default([]),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const narrativeSchema = z.object({
  formatVersion: z.number().int().min(1).max(NARRATIVE_FORMAT_VERSION, {
    message: `is from a newer version of Casebook (this one reads narrative format ${NARRATIVE_FORMAT_VERSION})`,
  }),
  /** Serialized Lexical editor state; null for a case whose narrative was never written. */
  lexical: z.record(z.string(), z.unknown()).nullable(),
  text: textOf(MAX_NARRATIVE_BYTES),
});

export const actorSchema = z.object({
  id,
  name: requiredShortText,
  kind: z.enum(ACTOR_KINDS).default('organization'),
  role: z.enum(ACTOR_ROLES).default('other'),
  private: z.boolean().default(false),
});

const coded = {
  strategy: codeId.nullable().default(null),
  benoit: codeId.nullable().default(null),
};
const evidenced = {
  status: z.enum(ITEM_STATUSES).default('confirmed'),
  citations: z.array(citationSchema).max(500).default([]),
};

export const issueRowSchema = z.object({
  id,
  issue: text.default(''),
  response: text.default(''),
  impact: text.default(''),
  incomplete: z.boolean().default(false),
  ...coded,
  actorId: id.nullable().default(null),
  ...evidenced,
});

export const eventSchema = z.object({
  id,
  on: partialDate,
  approx: z.boolean().default(false),
  title: requiredShortText,
  detail: text.nullable().default(null),
  kind: z.enum(EVENT_KINDS).default('other'),
  ...coded,
  actorId: id.nullable().default(null),
  ...evidenced,
});

export const quoteSchema = z.object({
  id,
  text: text.refine((value) => value.trim().length > 0, { message: 'must not be empty' }),
  verbatim: z.boolean().default(true),
  speaker: shortText.nullable().default(null),
  actorId: id.nullable().default(null),
  on: partialDate.nullable().default(null),
  approx: z.boolean().default(false),
  original: text.nullable().default(null),
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: 'is not a language tag like "zh" or "en-GB"' }).nullable().default(null),
  ...coded,
  ...evidenced,
});

export const factSchema = z.object({
  id,
  statement: text.refine((value) => value.trim().length > 0, { message: 'must not be empty' }),
  value: z.number().finite().nullable().default(null),
  unit: shortText.nullable().default(null),
  origin: shortText.nullable().default(null),
  on: partialDate.nullable().default(null),
  approx: z.boolean().default(false),
  ...evidenced,
});

export const lessonSchema = z.object({ id, text: text.refine((value) => value.trim().length > 0, { message: 'must not be empty' }) });

export const conflictSchema = z.object({ a: id, b: id, note: shortText.nullable().default(null) });

export const snapshotSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'is not a SHA-256 in lower-case hex' }),
  capturedAt: timestamp,
  text: textOf(MAX_NARRATIVE_BYTES),
  html: textOf(MAX_NARRATIVE_BYTES),
});

export const sourceSchema = z.object({
  id,
  url: shortText.nullable().default(null),
  title: requiredShortText,
  publisher: shortText.nullable().default(null),
  authors: z.array(shortText).max(200).default([]),
  kind: z.enum(SOURCE_KINDS).default('other'),
  publishedOn: partialDate.nullable().default(null),
  accessedOn: partialDate.nullable().default(null),
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { message: 'is not a language tag like "zh" or "en-GB"' }).nullable().default(null),
  reliability: z.enum(RELIABILITY_GRADES).nullable().default(null),
  credibility: z.number().int().min(1).max(6).nullable().default(null),
  note: text.nullable().default(null),
  snapshot: snapshotSchema.nullable().default(null),
});

export const customCodeSchema = z.object({
  id: codeId,
  kind: z.enum(CODE_KINDS),
  label: requiredShortText,
  definition: text.default(''),
  /** Custom SCCT strategies: their posture, so another notebook's analysis can read them. */
  posture: z.enum(POSTURES).nullable().optional(),
  example: text.optional(),
  /** Retired in the notebook that exported it: past codings keep it, new ones cannot choose it. */
  retired: z.boolean().optional(),
});

export const caseDocumentSchema = z.object({
  format: z.literal(CASE_FORMAT, { message: `is not "${CASE_FORMAT}"` }),
  exportedAt: timestamp.optional(),
  case: caseSchema,
  narrative: narrativeSchema,
  actors: z.array(actorSchema).max(10_000).default([]),
  issueRows: z.array(issueRowSchema).max(10_000).default([]),
  events: z.array(eventSchema).max(10_000).default([]),
  quotes: z.array(quoteSchema).max(10_000).default([]),
  facts: z.array(factSchema).max(10_000).default([]),
  lessons: z.array(lessonSchema).max(10_000).default([]),
  conflicts: z.array(conflictSchema).max(10_000).default([]),
  sources: z.array(sourceSchema).max(10_000).default([]),
  codebook: z.array(customCodeSchema).max(1_000).default([]),
});

export const notebookDocumentSchema = z.object({
  format: z.literal(NOTEBOOK_FORMAT, { message: `is not "${NOTEBOOK_FORMAT}"` }),
  exportedAt: timestamp.optional(),
  cases: z.array(caseDocumentSchema).max(100_000),
});

export type Citation = z.infer<typeof citationSchema>;
export type Tag = z.infer<typeof tagSchema>;
export type CaseOverview = z.infer<typeof caseSchema>;
export type Narrative = z.infer<typeof narrativeSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type IssueRow = z.infer<typeof issueRowSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type CustomCode = z.infer<typeof customCodeSchema>;
export type CaseDocument = z.infer<typeof caseDocumentSchema>;
export type NotebookDocument = z.infer<typeof notebookDocumentSchema>;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type ActorRole = (typeof ACTOR_ROLES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
