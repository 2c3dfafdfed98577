import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CasebookError } from '../../shared/contract/result.ts';
import { dispatch, dispatchAsync } from '../../electron/services/dispatch.ts';
import { listBackupFiles } from '../../electron/services/backups/backup-files.ts';
import { backupFolderFor } from '../../electron/services/backups/backup-folder.ts';
import { createPreparers } from '../../electron/services/preparers.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { notebookFileOf } from '../../electron/store/notebook-file.ts';
import { isUnavailable, readOnlyView } from '../helpers/hostile-disks.ts';
import { tempDir } from '../helpers/temp-notebook.ts';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A closed notebook with one case, seen through read-only media; null (with the reason) where none can be made. */
function notebookOnReadOnlyMedia(): { file: string; original: string } | { unavailable: string } {
  const folder = tempDir();
  const original = join(folder, 'Archive.casebook');
  const notebook = openNotebook(original, { create: true });
  const created = dispatch(notebook.db, 'cases.create', { title: 'Flood response, 2021' });
  notebook.close();
  if (!created.ok) throw new Error(created.error.message);
  const media = readOnlyView(folder);
  if (isUnavailable(media)) return media;
  onTestFinished(() => media.release());
  return { file: join(media.dir, 'Archive.casebook'), original };
}

/** Runs scripts/open-for-writing.ts as an unprivileged user (root ignores file modes), or as this one. */
function openAsUnprivileged(file: string): { writing: string; reading: string } | { unavailable: string } {
  const script = fileURLToPath(new URL('./scripts/open-for-writing.ts', import.meta.url));
  const command = [process.execPath, '--no-warnings', script, file];
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chownSync(dirname(file), NOBODY, NOBODY);
    chownSync(file, NOBODY, NOBODY);
  }
  const run = asRoot
    ? spawnSync('su', ['nobody', '-s', '/bin/sh', '-c', command.map((part) => `'${part}'`).join(' ')], { encoding: 'utf8' })
    : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
  if (run.status !== 0) return { unavailable: `${run.error?.message ?? ''} ${run.stderr}`.trim() };
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as { writing: string; reading: string };
}

const NOBODY = 65534;

describe('a notebook file marked read-only', () => {
  it('opens for reading, as on read-only media, instead of opening “writable” and refusing every change', ({ skip }) => {
    const folder = tempDir();
    chmodSync(folder, 0o755);
    const file = join(folder, 'Locked.casebook');
    openNotebook(file, { create: true }).close();
    chmodSync(file, 0o444);
    const outcome = openAsUnprivileged(file);
    if ('unavailable' in outcome) return skip(`No unprivileged user to open the file as: ${outcome.unavailable}`);
    expect(outcome).toEqual({ writing: 'notebook-readonly', reading: 'read-only' });
  });
});

describe('a notebook on read-only media', () => {
  it('is refused for writing with its own code, not as a missing file', ({ skip }) => {
    const media = notebookOnReadOnlyMedia();
    if ('unavailable' in media) return skip(`No read-only media can be made here: ${media.unavailable}`);
    let failure: unknown;
    try {
      openNotebook(media.file).close();
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(CasebookError);
    expect((failure as CasebookError).code).toBe('notebook-readonly');
    expect((failure as CasebookError).message).toMatch(/Archive\.casebook is on a disk or in a folder that cannot be written/);
  });

  it('opens for reading through a private copy, under its own name, and refuses every write', async ({ skip }) => {
    const media = notebookOnReadOnlyMedia();
    if ('unavailable' in media) return skip(`No read-only media can be made here: ${media.unavailable}`);
    const before = sha256(media.file);
    const notebook = openNotebook(media.file, { readonly: true });
    const copyFolder = dirname(notebook.db.name);
    try {
      expect(notebook.readonly).toBe(true);
      expect(notebook.db.name).not.toBe(media.file);
      expect(notebookFileOf(notebook.db)).toBe(media.file);
      const info = dispatch(notebook.db, 'notebook.info', {});
      expect(info.ok && info.value).toMatchObject({ path: media.file, readonly: true, caseCount: 1 });
      const list = dispatch(notebook.db, 'cases.list', {});
      expect(list.ok && (list.value as { cases: { title: string }[] }).cases.map((c) => c.title)).toEqual([
        'Flood response, 2021',
      ]);
      // Refused before anything runs, even an import that would write through a connection of its own.
      const imported = await dispatchAsync(notebook.db, 'cases.importArticle', {
        fileName: 'article.md',
        format: 'markdown',
        text: '# A case that must not be written\n\nText.',
      });
      expect(imported.ok === false && imported.error.code).toBe('notebook-readonly');
      // A backup is a read: it goes to the app's folder, filed under the notebook's own name.
      const userData = tempDir();
      const backedUp = await dispatchAsync(notebook.db, 'backups.create', {}, createPreparers({}, { userData }));
      expect(backedUp.ok).toBe(true);
      expect(listBackupFiles(backupFolderFor(media.file, userData))).toHaveLength(1);
      const created = dispatch(notebook.db, 'cases.create', { title: 'Not allowed' });
      expect(created.ok === false && created.error).toEqual({
        code: 'notebook-readonly',
        message: 'This notebook is open read-only; nothing was changed.',
      });
    } finally {
      notebook.close();
    }
    expect(existsSync(copyFolder)).toBe(false);
    expect(sha256(media.file)).toBe(before);
    expect(readdirSync(dirname(media.file))).toEqual(['Archive.casebook']);
  });
});
