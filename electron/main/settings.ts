import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export const SETTINGS_FILE_NAME = 'settings.json';
export const MAX_RECENT_NOTEBOOKS = 10;

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
});
export type WindowBounds = z.infer<typeof boundsSchema>;

const settingsSchema = z.object({
  lastNotebook: z.string().min(1).nullable().catch(null),
  recentNotebooks: z.array(z.string().min(1)).max(MAX_RECENT_NOTEBOOKS).catch([]),
  window: z.object({ bounds: boundsSchema, maximized: z.boolean() }).nullable().catch(null),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { lastNotebook: null, recentNotebooks: [], window: null };

/**
 * The app's own small settings (last notebook, recent list, window size) in the user-data folder. A
 * missing, unreadable or damaged file means defaults: settings are a convenience, never a reason not to start.
 */
export function readSettings(file: string): Settings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return DEFAULT_SETTINGS;
  }
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Writes to a temporary file and renames it over the old one, so a crash never leaves half a file. */
export function writeSettings(file: string, settings: Settings): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`, 'utf8');
  renameSync(temporary, file);
}

/** Settings after opening a notebook: it becomes the last one and moves to the top of the recent list. */
export function withOpenedNotebook(settings: Settings, notebookPath: string): Settings {
  const recent = [notebookPath, ...settings.recentNotebooks.filter((entry) => entry !== notebookPath)];
  return { ...settings, lastNotebook: notebookPath, recentNotebooks: recent.slice(0, MAX_RECENT_NOTEBOOKS) };
}

export function withoutRecentNotebook(settings: Settings, notebookPath: string): Settings {
  return {
    ...settings,
    lastNotebook: settings.lastNotebook === notebookPath ? null : settings.lastNotebook,
    recentNotebooks: settings.recentNotebooks.filter((entry) => entry !== notebookPath),
  };
}

export function withRecentCleared(settings: Settings): Settings {
  return { ...settings, recentNotebooks: [] };
}

export function withWindowState(settings: Settings, bounds: WindowBounds, maximized: boolean): Settings {
  const parsed = boundsSchema.safeParse({
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
  });
  return parsed.success ? { ...settings, window: { bounds: parsed.data, maximized } } : settings;
}

/** A small file-backed holder so every part of the shell reads and updates the same settings. */
export interface SettingsStore {
  get(): Settings;
  update(change: (settings: Settings) => Settings): Settings;
}

export function fileSettingsStore(file: string): SettingsStore {
  let current = readSettings(file);
  return {
    get: () => current,
    update(change) {
      current = change(current);
      try {
        writeSettings(file, current);
      } catch (error) {
        console.warn(
          `Casebook could not save its settings to ${file}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return current;
    },
  };
}
