import { z } from 'zod';
import { CRISIS_CLUSTERS, POSTURES } from '../domain/codebook.ts';
import { RESPONSE_TIME_MEASURES } from '../domain/response-times.ts';
import { id } from '../domain/schema-primitives.ts';

/** The response of cases.analysis: the SCCT analysis of a case's coding and its response-time measures. */

const RESPONDING_ITEM_KINDS = ['issueRow', 'event', 'quote'] as const;

const warningItemSchema = z.object({
  itemKind: z.enum(RESPONDING_ITEM_KINDS),
  itemId: id,
  label: z.string(),
});

export const caseAnalysisSchema = z.object({
  baseCluster: z.enum(CRISIS_CLUSTERS).nullable(),
  effectiveCluster: z.enum(CRISIS_CLUSTERS).nullable(),
  intensified: z.boolean(),
  /** "accidental, moved up to preventable by a crisis history". */
  clusterReason: z.string().nullable(),
  /** True when the base cluster is the crisis type's own cluster, false when a different one was coded. */
  clusterFromType: z.boolean(),
  /** The crisis type's label in this notebook, or null when none is coded. */
  crisisTypeLabel: z.string().nullable(),
  recommendedPosture: z.enum(['base', 'diminish', 'rebuild']).nullable(),
  recommendation: z.string(),
  posturesUsed: z.array(z.enum(POSTURES)),
  strategiesUsed: z.array(z.string()),
  strategyUses: z.array(
    z.object({
      strategy: z.string(),
      label: z.string(),
      posture: z.enum(POSTURES).nullable(),
      count: z.number().int(),
    }),
  ),
  postureCounts: z.partialRecord(z.enum(POSTURES), z.number().int()),
  codedResponseCount: z.number().int(),
  warnings: z.array(
    z.object({
      rule: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
      code: z.string(),
      message: z.string(),
      items: z.array(warningItemSchema),
    }),
  ),
});

export const caseResponseTimesSchema = z.object({
  dayZero: z
    .object({
      eventId: id,
      on: z.string(),
      approx: z.boolean(),
      basis: z.enum(['trigger', 'allegation', 'earliest']),
      title: z.string(),
    })
    .nullable(),
  measures: z.array(
    z.object({
      measure: z.enum(RESPONSE_TIME_MEASURES),
      startEventId: id.nullable(),
      endEventId: id.nullable(),
      amount: z.number().nullable(),
      unit: z.enum(['minutes', 'days', 'months', 'years']).nullable(),
      approx: z.boolean(),
      days: z.number().nullable(),
      label: z.string(),
      /** Titles and dates of the two events, for "between … and …". */
      startTitle: z.string().nullable(),
      endTitle: z.string().nullable(),
      endOn: z.string().nullable(),
    }),
  ),
});

export const caseAnalysisResponseSchema = z.object({
  analysis: caseAnalysisSchema,
  responseTimes: caseResponseTimesSchema,
});
export type CaseAnalysisResponse = z.infer<typeof caseAnalysisResponseSchema>;
export type CaseAnalysisView = CaseAnalysisResponse['analysis'];
export type CaseResponseTimesView = CaseAnalysisResponse['responseTimes'];
