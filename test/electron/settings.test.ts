import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  fileSettingsStore,
  MAX_RECENT_NOTEBOOKS,
  readSettings,
  withOpenedNotebook,
  withoutRecentNotebook,
  withWindowState,
} from '../../electron/main/settings.ts';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'casebook-settings-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('settings', () => {
  it('remembers the last notebook and keeps a short recent list, newest first, without duplicates', () => {
    let settings = DEFAULT_SETTINGS;
    for (let index = 0; index < 12; index += 1) settings = withOpenedNotebook(settings, `/n/${index}.casebook`);
    settings = withOpenedNotebook(settings, '/n/5.casebook');
    expect(settings.lastNotebook).toBe('/n/5.casebook');
    expect(settings.recentNotebooks).toHaveLength(MAX_RECENT_NOTEBOOKS);
    expect(settings.recentNotebooks.slice(0, 3)).toEqual(['/n/5.casebook', '/n/11.casebook', '/n/10.casebook']);
    const without = withoutRecentNotebook(settings, '/n/5.casebook');
    expect(without.lastNotebook).toBeNull();
    expect(without.recentNotebooks).not.toContain('/n/5.casebook');
  });

  it('survives a restart through the file', () => {
    const file = join(folder, 'settings.json');
    fileSettingsStore(file).update((settings) => withOpenedNotebook(settings, '/n/a.casebook'));
    expect(readSettings(file).lastNotebook).toBe('/n/a.casebook');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ recentNotebooks: ['/n/a.casebook'] });
  });

  it('falls back to defaults for a missing or damaged file, and keeps the valid parts of a partly wrong one', () => {
    const file = join(folder, 'settings.json');
    expect(readSettings(file)).toEqual(DEFAULT_SETTINGS);
    writeFileSync(file, '{ not json');
    expect(readSettings(file)).toEqual(DEFAULT_SETTINGS);
    writeFileSync(file, JSON.stringify({ lastNotebook: 7, recentNotebooks: ['/n/b.casebook'], window: 'big' }));
    expect(readSettings(file)).toEqual({ lastNotebook: null, recentNotebooks: ['/n/b.casebook'], window: null });
  });

  it('keeps only sensible window sizes', () => {
    expect(withWindowState(DEFAULT_SETTINGS, { x: 10.4, y: 20, width: 1200, height: 800 }, true).window).toEqual({
      bounds: { x: 10, y: 20, width: 1200, height: 800 },
      maximized: true,
    });
    expect(withWindowState(DEFAULT_SETTINGS, { x: 0, y: 0, width: 0, height: 0 }, false)).toEqual(DEFAULT_SETTINGS);
  });
});
