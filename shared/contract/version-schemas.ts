import { z } from 'zod';
import { caseDocumentSchema } from '../domain/case-document.ts';
import { id, timestamp } from '../domain/schema-primitives.ts';
import { VERSION_COUNTED, VERSION_REASONS, VERSION_SECTIONS, type VersionCounted } from '../domain/version-history.ts';

const counts = z.object(
  Object.fromEntries(VERSION_COUNTED.map((key) => [key, z.number().int()])) as Record<VersionCounted, z.ZodNumber>,
);

export const versionSummarySchema = z.object({
  id,
  caseId: id,
  createdAt: timestamp,
  reason: z.enum(VERSION_REASONS),
  title: z.string(),
  counts,
  /** Sections that differ from the version before it (empty for the oldest version kept). */
  changedSections: z.array(z.enum(VERSION_SECTIONS)),
  /** Count differences from the version before it, only for counts that changed. */
  countChanges: z.record(z.string(), z.number().int()),
  bytes: z.number().int(),
});
export type VersionSummaryRow = z.infer<typeof versionSummarySchema>;

export const historyUsageSchema = z.object({
  versions: z.number().int(),
  bytes: z.number().int(),
  budgetBytes: z.number().int(),
});

export const versionDetailSchema = z.object({
  version: versionSummarySchema,
  document: caseDocumentSchema,
  /** The narrative text of the version before this one, for a text diff; null for the oldest. */
  previousNarrativeText: z.string().nullable(),
  /** The case's narrative text now, to compare with what a restore would bring back. */
  currentNarrativeText: z.string().nullable(),
});
