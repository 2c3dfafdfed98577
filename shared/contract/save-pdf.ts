import { z } from 'zod';
import { id } from '../domain/schema-primitives.ts';
import { EXPORT_SECTIONS } from './procedures.ts';

/**
 * "Save as PDF" from the window: not a procedure (it prints in a hidden window and asks where to save,
 * which only the main process can do), but checked the same way before anything runs.
 */
export const savePdfRequestSchema = z.strictObject({
  caseId: id,
  style: z.enum(['apa', 'chicago-author-date', 'harvard']).default('apa'),
  redact: z.boolean().default(false),
  sections: z.array(z.enum(EXPORT_SECTIONS)).max(EXPORT_SECTIONS.length).optional(),
});
export type SavePdfRequest = z.input<typeof savePdfRequestSchema>;
export type SavePdfResult =
  { readonly saved: false } | { readonly saved: true; readonly path: string; readonly bytes: number };
