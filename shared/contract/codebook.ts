import { z } from 'zod';
import { CODE_KINDS } from '../domain/case-document.ts';
import { caseTemplateBodySchema } from '../domain/case-templates.ts';
import { CRISIS_CLUSTERS, POSTURES } from '../domain/codebook.ts';
import { codeId, shortText, text } from '../domain/schema-primitives.ts';

/** One code of the notebook's codebook as the window shows it: built in (with this notebook's changes) or the notebook's own. */
export const codebookEntrySchema = z.object({
  kind: z.enum(CODE_KINDS),
  id: z.string(),
  label: z.string(),
  definition: z.string(),
  example: z.string(),
  /** SCCT strategies: their posture (custom ones may have none). */
  posture: z.enum(POSTURES).nullable(),
  /** Benoit strategies: their family; a custom one has none. */
  family: z.string().nullable(),
  /** Benoit strategies: the nearest SCCT strategy (the crosswalk). */
  scct: z.string().nullable(),
  /** Crisis types: their SCCT cluster. */
  cluster: z.enum(CRISIS_CLUSTERS).nullable(),
  builtIn: z.boolean(),
  /** A built-in code's own label when this notebook renamed it; null otherwise. */
  builtInLabel: z.string().nullable(),
  retired: z.boolean(),
  /** Live cases (crisis types) or live rows, events and quotes (strategies) coded with it. */
  uses: z.number().int(),
});
export type CodebookEntry = z.infer<typeof codebookEntrySchema>;

const codeRef = z.strictObject({ kind: z.enum(CODE_KINDS), id: codeId });

export const saveCodeRequestSchema = z.strictObject({
  kind: z.enum(CODE_KINDS),
  id: codeId,
  /** true: add a new custom code (refused if the id is taken); false: rename or redefine an existing code. */
  create: z.boolean().default(false),
  label: shortText,
  definition: text.optional(),
  example: text.optional(),
  /** Custom SCCT strategies only. */
  posture: z.enum(POSTURES).nullable().optional(),
});
export const codeRefSchema = codeRef;

export const caseTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  builtIn: z.boolean(),
  body: caseTemplateBodySchema,
});
export type CaseTemplate = z.infer<typeof caseTemplateSchema>;
