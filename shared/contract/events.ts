import { z } from 'zod';
import { TABLES } from './tables.ts';

/** Commands the application menu sends to the window. */
export const MENU_COMMANDS = ['new-case', 'new-from-template', 'add-sample', 'import-article', 'show-trash', 'toggle-theme', 'focus-case-list'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The steps of an import, in order, as the progress event names them. */
export const IMPORT_PHASES = ['reading', 'parsing', 'finding-claims', 'writing', 'done'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** Push events from the main process to the window. */
export const pushEvents = {
  'tables-changed': z.object({ tables: z.array(z.enum(TABLES)) }),
  'notebook-opened': z.object({ path: z.string() }),
  'menu-command': z.object({ command: z.enum(MENU_COMMANDS) }),
  /** How far a running import (cases.importArticle with an importId) has got; fraction of the whole, 0–1. */
  'import-progress': z.object({ importId: z.string(), phase: z.enum(IMPORT_PHASES), fraction: z.number().min(0).max(1) }),
  /** Something about the open notebook the person should know, shown as a notice (a backup that failed, say). */
  'notebook-notice': z.object({ tone: z.enum(['info', 'error']), message: z.string() }),
} as const;

export type PushEvents = typeof pushEvents;
export type PushEventName = keyof PushEvents;
export type PushPayload<E extends PushEventName> = z.infer<PushEvents[E]>;
export const PUSH_EVENT_NAMES = Object.keys(pushEvents) as PushEventName[];

/** IPC channel names. One for calls; one per push event. */
export const CALL_CHANNEL = 'casebook:call';
export function pushChannel(event: PushEventName): string {
  return `casebook:event:${event}`;
}
