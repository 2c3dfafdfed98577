import { z } from 'zod';
import { CRISIS_CLUSTERS, POSTURES } from '../domain/codebook.ts';
import { EVENT_KINDS, PRIOR_REPUTATIONS } from '../domain/case-document.ts';
import { RESPONSE_TIME_MEASURES } from '../domain/response-times.ts';
import { id } from '../domain/schema-primitives.ts';

/** Schemas of the cross-case comparison (cases.compare) and the notebook dashboard (notebook.dashboard). */

export const MIN_COMPARED_CASES = 2;
export const MAX_COMPARED_CASES = 8;
export const DAY_ZERO_BASES = ['trigger', 'allegation', 'earliest'] as const;

export const responseTimeSchema = z.object({
  measure: z.enum(RESPONSE_TIME_MEASURES),
  startEventId: id.nullable(),
  endEventId: id.nullable(),
  amount: z.number().nullable(),
  unit: z.enum(['minutes', 'days', 'months', 'years']).nullable(),
  approx: z.boolean(),
  /** For sorting and medians; null when there is no end event. */
  days: z.number().nullable(),
  /** "4 h 12 min", "about 2 days", "none yet". */
  label: z.string(),
});
export type ResponseTimeView = z.infer<typeof responseTimeSchema>;

export const compareEventSchema = z.object({
  id,
  on: z.string(),
  approx: z.boolean(),
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  /** Days from the case's day 0 (fractional when both have a time of day); null without a day 0. */
  offsetDays: z.number().nullable(),
});
export type CompareEvent = z.infer<typeof compareEventSchema>;

export const evidenceHealthSchema = z.object({
  unsupported: z.number().int(),
  singleSource: z.number().int(),
  conflicting: z.number().int(),
  noSnapshot: z.number().int(),
  snapshotMismatch: z.number().int(),
  /** Sources the case cites. */
  sources: z.number().int(),
});
export type EvidenceHealth = z.infer<typeof evidenceHealthSchema>;

export const comparedCaseSchema = z.object({
  id,
  slug: z.string(),
  title: z.string(),
  baseCluster: z.enum(CRISIS_CLUSTERS).nullable(),
  effectiveCluster: z.enum(CRISIS_CLUSTERS).nullable(),
  crisisType: z.string().nullable(),
  /** The crisis type as this notebook names it (renamed built-ins, custom codes). */
  crisisTypeLabel: z.string().nullable(),
  crisisHistory: z.boolean().nullable(),
  priorReputation: z.enum(PRIOR_REPUTATIONS).nullable(),
  /** SCCT strategy ids used by its responses, Benoit codes counted through the crosswalk. */
  strategiesUsed: z.array(z.string()),
  /** The names of strategiesUsed, in the same order, as this notebook names them. */
  strategyLabels: z.array(z.string()),
  postures: z.array(z.enum(POSTURES)),
  responseTimes: z.array(responseTimeSchema),
  dayZero: z.object({ eventId: id, on: z.string(), approx: z.boolean(), basis: z.enum(DAY_ZERO_BASES) }).nullable(),
  /** The impact texts of its first issue rows, trimmed and shortened. */
  keyImpacts: z.array(z.string()),
  evidence: evidenceHealthSchema,
  /** Its confirmed timeline events in calendar order. */
  events: z.array(compareEventSchema),
  /** True when it had more confirmed events than the comparison shows. */
  eventsTruncated: z.boolean(),
});
export type ComparedCase = z.infer<typeof comparedCaseSchema>;

export const compareRequestSchema = z.strictObject({
  caseIds: z
    .array(id)
    .min(MIN_COMPARED_CASES, { message: `choose at least ${MIN_COMPARED_CASES} cases to compare` })
    .max(MAX_COMPARED_CASES, { message: `choose at most ${MAX_COMPARED_CASES} cases to compare` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'names the same case twice' }),
});
export const compareResponseSchema = z.object({ cases: z.array(comparedCaseSchema) });

export const compareCsvResponseSchema = z.object({ fileName: z.string(), text: z.string() });

const countOf = z.number().int();
export const medianSchema = z.object({
  measure: z.enum(RESPONSE_TIME_MEASURES),
  /** Median in days over the cases that have the measure to the day or minute; null when none has. */
  days: z.number().nullable(),
  label: z.string(),
  cases: countOf,
});
export const dashboardResponseSchema = z.object({
  caseCount: countOf,
  /** Cases with a cluster or crisis type coded. */
  codedCount: countOf,
  /** By the cluster as coded (or the crisis type's cluster); null: not coded. */
  byCluster: z.array(z.object({ cluster: z.enum(CRISIS_CLUSTERS).nullable(), cases: countOf })),
  /** Cases using each SCCT strategy (Benoit codes through the crosswalk), most used first. */
  byStrategy: z.array(z.object({ strategy: z.string(), cases: countOf })),
  /** By the year the case started; null: no start date. */
  byYear: z.array(z.object({ year: z.number().int().nullable(), cases: countOf })),
  mediansByCluster: z.array(
    z.object({ cluster: z.enum(CRISIS_CLUSTERS), cases: countOf, medians: z.array(medianSchema) }),
  ),
});
export type NotebookDashboard = z.infer<typeof dashboardResponseSchema>;
