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

export const MAX_DAILY_BACKUPS = 90;
export const MAX_WEEKLY_BACKUPS = 104;

/** How many automatic backups a notebook keeps: the newest of each of `daily` days, then of `weekly` weeks. */
export const backupRetentionSchema = z.strictObject({
  daily: z
    .number()
    .int({ message: 'must be a whole number of days' })
    .min(1, { message: 'must keep at least 1 daily backup' })
    .max(MAX_DAILY_BACKUPS, { message: `can keep at most ${MAX_DAILY_BACKUPS} daily backups` }),
  weekly: z
    .number()
    .int({ message: 'must be a whole number of weeks' })
    .min(0, { message: 'cannot be negative' })
    .max(MAX_WEEKLY_BACKUPS, { message: `can keep at most ${MAX_WEEKLY_BACKUPS} weekly backups` }),
});
