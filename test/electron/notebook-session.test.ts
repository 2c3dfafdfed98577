import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotebookDialogs } from '../../electron/main/notebook-dialogs.ts';
import { createNotebookSession, type NotebookSession } from '../../electron/main/notebook-session.ts';
import { fileSettingsStore, SETTINGS_FILE_NAME, type SettingsStore } from '../../electron/main/settings.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { CasebookError, type CasebookErrorInfo } from '../../shared/contract/result.ts';

let userData: string;
let settings: SettingsStore;
let reported: { path: string; error: CasebookErrorInfo }[];
let opened: string[];
let flushes: number;
let session: NotebookSession;
let answers: { pickAnother: boolean; toOpen: (string | null)[]; newPath: string | null };

function dialogs(): NotebookDialogs {
  return {
    chooseNotebookToOpen: () => Promise.resolve(answers.toOpen.shift() ?? null),
    chooseNewNotebookPath: () => Promise.resolve(answers.newPath),
    reportOpenFailure: (path, error, { offerOpenOther }) => {
      reported.push({ path, error });
      return Promise.resolve(offerOpenOther && answers.pickAnother);
    },
  };
}

function startSession(open: typeof openNotebook = openNotebook): NotebookSession {
  session = createNotebookSession({
    openNotebook: open,
    defaultNotebookPath: join(userData, 'Casebook.casebook'),
    settings,
    dialogs: dialogs(),
    beforeSwitch: () => {
      flushes += 1;
      return Promise.resolve();
    },
    onOpened: (notebook) => opened.push(notebook.path),
  });
  return session;
}

/** A real notebook whose header says it was written by a much newer Casebook (user_version 999). */
function newerNotebook(path: string): Buffer {
  openNotebook(path, { create: true }).close();
  const bytes = readFileSync(path);
  bytes.writeUInt32BE(999, 60);
  writeFileSync(path, bytes);
  return bytes;
}

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'casebook-session-'));
  settings = fileSettingsStore(join(userData, SETTINGS_FILE_NAME));
  reported = [];
  opened = [];
  flushes = 0;
  answers = { pickAnother: false, toOpen: [], newPath: null };
});

afterEach(() => {
  session.close();
  rmSync(userData, { recursive: true, force: true });
});

describe('the notebook session', () => {
  it('creates the default notebook in the user-data folder on first start and remembers it', async () => {
    expect(await startSession().openAtStart()).toBe(true);
    const defaultPath = join(userData, 'Casebook.casebook');
    expect(existsSync(defaultPath)).toBe(true);
    expect(session.current()?.path).toBe(defaultPath);
    expect(opened).toEqual([defaultPath]);
    expect(settings.get().lastNotebook).toBe(defaultPath);
    expect(reported).toEqual([]);
  });

  it('reopens the last notebook at the next start', async () => {
    const other = join(userData, 'Crisis files.casebook');
    answers.newPath = other;
    await startSession().openAtStart();
    expect(await session.newWithDialog()).toBe(true);
    expect(flushes).toBe(1);
    session.close();

    settings = fileSettingsStore(join(userData, SETTINGS_FILE_NAME));
    await startSession().openAtStart();
    expect(session.current()?.path).toBe(other);
    expect(settings.get().recentNotebooks.slice(0, 2)).toEqual([other, join(userData, 'Casebook.casebook')]);
  });

  it('says when the last notebook is gone, forgets it, and opens the default one', async () => {
    const gone = join(userData, 'moved.casebook');
    settings.update((current) => ({ ...current, lastNotebook: gone, recentNotebooks: [gone] }));
    expect(await startSession().openAtStart()).toBe(true);
    expect(reported.map((entry) => [entry.path, entry.error.code])).toEqual([[gone, 'notebook-missing']]);
    expect(session.current()?.path).toBe(join(userData, 'Casebook.casebook'));
    expect(settings.get().recentNotebooks).not.toContain(gone);
  });

  it('refuses a notebook from a newer Casebook by name, leaves it untouched, and keeps the open one', async () => {
    const newer = join(userData, 'from-the-future.casebook');
    const before = newerNotebook(newer);
    await startSession().openAtStart();
    const openBefore = session.current();

    expect(await session.open(newer)).toBe(false);
    expect(reported.map((entry) => [entry.path, entry.error.code])).toEqual([[newer, 'notebook-newer']]);
    expect(readFileSync(newer).equals(before)).toBe(true);
    expect(session.current()).toBe(openBefore);
    expect(settings.get().lastNotebook).toBe(join(userData, 'Casebook.casebook'));
  });

  it('refuses a file that is not a notebook without changing it', async () => {
    const notes = join(userData, 'notes.casebook');
    writeFileSync(notes, 'just some text, not SQLite');
    answers.toOpen = [notes];
    await startSession().openAtStart();
    expect(await session.openWithDialog()).toBe(false);
    expect(reported[0]?.error.code).toBe('notebook-corrupt');
    expect(readFileSync(notes, 'utf8')).toBe('just some text, not SQLite');
  });

  it('lets the person pick another notebook when the default one cannot open, or quit', async () => {
    newerNotebook(join(userData, 'Casebook.casebook'));
    const elsewhere = join(userData, 'elsewhere.casebook');
    openNotebook(elsewhere, { create: true }).close();

    answers = { pickAnother: true, toOpen: [elsewhere], newPath: null };
    expect(await startSession().openAtStart()).toBe(true);
    expect(session.current()?.path).toBe(elsewhere);
    session.close();

    settings.update((current) => ({ ...current, lastNotebook: null }));
    answers = { pickAnother: false, toOpen: [], newPath: null };
    expect(await startSession().openAtStart()).toBe(false);
    expect(session.current()).toBeNull();
  });

  it('does nothing when a dialog is cancelled', async () => {
    await startSession().openAtStart();
    expect(await session.openWithDialog()).toBe(false);
    expect(await session.newWithDialog()).toBe(false);
    expect(session.current()?.path).toBe(join(userData, 'Casebook.casebook'));
    expect(flushes).toBe(0);
  });

  it('opens a notebook on read-only media for reading, instead of refusing it', async () => {
    const path = join(userData, 'On a CD.casebook');
    openNotebook(path, { create: true }).close();
    const attempts: (boolean | undefined)[] = [];
    const readOnlyMedia: typeof openNotebook = (file, options = {}) => {
      attempts.push(options.readonly);
      if (options.readonly !== true) throw new CasebookError('notebook-readonly', `${file} cannot be written.`);
      return openNotebook(file, options);
    };
    expect(await startSession(readOnlyMedia).open(path)).toBe(true);
    expect(attempts).toEqual([undefined, true]);
    expect(session.current()?.readonly).toBe(true);
    expect(reported).toEqual([]);
  });
});
