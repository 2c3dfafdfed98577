import { z } from 'zod';
import { timestamp } from '../domain/schema-primitives.ts';

export const BACKUP_REASONS = ['daily', 'manual', 'pre-migration'] as const;

export const backupSchema = z.object({
  /** The backup's file name in the notebook's backup folder. */
  name: z.string(),
  createdAt: timestamp,
  reason: z.enum(BACKUP_REASONS),
  bytes: z.number().int(),
});
