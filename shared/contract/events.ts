import { z } from 'zod';
import { TABLES } from './tables.ts';

/** Commands the application menu sends to the window. */
export const MENU_COMMANDS = ['new-case', 'add-sample', 'import-article', 'show-trash', 'toggle-theme', 'focus-case-list'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Push events from the main process to the window. */
export const pushEvents = {
  'tables-changed': z.object({ tables: z.array(z.enum(TABLES)) }),
  'notebook-opened': z.object({ path: z.string() }),
  'menu-command': z.object({ command: z.enum(MENU_COMMANDS) }),
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
