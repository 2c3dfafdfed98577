import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { careForOpenedNotebook } from '../../electron/main/notebook-care.ts';
import { backupIfDue, createBackup } from '../../electron/services/backups/automatic-backups.ts';
import {
  backupFileName,
  listBackupFiles,
  parseBackupFileName,
  type BackupFile,
} from '../../electron/services/backups/backup-files.ts';
import { backupFolderFor } from '../../electron/services/backups/backup-folder.ts';
import { backupsToRemove } from '../../electron/services/backups/backup-retention.ts';
import { preMigrationBackup } from '../../electron/services/backups/pre-migration-backup.ts';
import { recoverIntoNewNotebook } from '../../electron/services/backups/recover-notebook.ts';
import { LATEST_SCHEMA_VERSION, openNotebook } from '../../electron/store/notebook.ts';
import { caseTitlesIn, closeWithDamagedTable, oldNotebookFile, userVersionOf } from '../helpers/notebook-files.ts';
import { callOk, tempDir, tempNotebook } from '../helpers/temp-notebook.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('backup files', () => {
  it('names a backup by its time and reason, and reads the name back', () => {
    const name = backupFileName(new Date('2026-11-24T21:05:09.123Z'), 'daily');
    expect(name).toBe('2026-11-24T21-05-09Z.daily.casebook');
    expect(parseBackupFileName(name)).toEqual({ createdAt: '2026-11-24T21:05:09.000Z', reason: 'daily' });
    expect(parseBackupFileName('notes.casebook')).toBeNull();
    expect(parseBackupFileName('2026-11-24T21-05-09Z.daily.casebook.partial')).toBeNull();
  });

  it('gives every notebook its own folder under the app data folder', () => {
    const a = backupFolderFor('/home/ana/Research/Cases.casebook', '/home/ana/.config/Casebook');
    const b = backupFolderFor('/home/ana/Teaching/Cases.casebook', '/home/ana/.config/Casebook');
    expect(a.startsWith('/home/ana/.config/Casebook/Backups/Cases-')).toBe(true);
    expect(a).not.toBe(b);
  });
});

describe('backup retention', () => {
  const backup = (time: number, reason: BackupFile['reason'] = 'daily'): BackupFile => ({
    path: `/b/${time}`,
    name: String(time),
    createdAt: new Date(time).toISOString(),
    reason,
    bytes: 1,
  });

  it('keeps the newest backup of each of the last 7 days and of the 4 weeks before them', () => {
    const now = Date.parse('2026-11-24T09:00:00Z');
    const backups = Array.from({ length: 60 }, (_, index) => backup(now - index * DAY));
    backups.push(backup(now - 2 * 60 * 60 * 1000)); // a second backup today: the older of the two goes
    const removed = new Set(backupsToRemove(backups, { daily: 7, weekly: 4 }).map((b) => b.path));
    const kept = backups.filter((b) => !removed.has(b.path)).map((b) => b.createdAt.slice(0, 10));
    expect(kept.slice(0, 7)).toEqual([
      '2026-11-24',
      '2026-11-23',
      '2026-11-22',
      '2026-11-21',
      '2026-11-20',
      '2026-11-19',
      '2026-11-18',
    ]);
    // Then one per week, the newest of each week (weeks run Monday to Sunday): 4 more.
    expect(kept.slice(7)).toEqual(['2026-11-15', '2026-11-08', '2026-11-01', '2026-10-25']);
  });

  it('never removes a backup made on request, and keeps the last three pre-migration backups', () => {
    const now = Date.parse('2026-11-24T09:00:00Z');
    const manual = Array.from({ length: 20 }, (_, index) => backup(now - index * 30 * DAY, 'manual'));
    const premigration = Array.from({ length: 5 }, (_, index) => backup(now - index * DAY, 'pre-migration'));
    const removed = backupsToRemove([...manual, ...premigration], { daily: 7, weekly: 4 });
    expect(removed.map((b) => b.path)).toEqual(premigration.slice(3).map((b) => b.path));
  });
});

describe('automatic backups', () => {
  it('writes a verified copy that opens with the notebook’s cases, and never lists an unfinished one', async () => {
    const notebook = tempNotebook();
    callOk(notebook.db, 'cases.create', { title: 'Data breach at a retailer' });
    const folder = join(tempDir(), 'backups');
    mkdirSync(folder);
    writeFileSync(join(folder, '2026-11-20T10-00-00Z.daily.casebook.partial'), 'half a copy');
    const made = await createBackup(notebook.db, folder, 'manual', new Date('2026-11-24T10:00:00Z'));
    expect(made.name).toBe('2026-11-24T10-00-00Z.manual.casebook');
    expect(caseTitlesIn(made.path)).toEqual(['Data breach at a retailer']);
    expect(readdirSync(folder)).toEqual([made.name]);
    expect(listBackupFiles(folder).map((b) => b.reason)).toEqual(['manual']);
  });

  it('takes the daily backup at the first start of each day only', async () => {
    const notebook = tempNotebook();
    const folder = join(tempDir(), 'backups');
    expect(await backupIfDue(notebook.db, folder, new Date('2026-11-24T08:00:00Z'))).not.toBeNull();
    expect(await backupIfDue(notebook.db, folder, new Date('2026-11-24T18:00:00Z'))).toBeNull();
    expect(await backupIfDue(notebook.db, folder, new Date('2026-11-25T07:00:00Z'))).not.toBeNull();
    expect(listBackupFiles(folder).map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-11-25', '2026-11-24']);
  });

  it('backs the notebook up before upgrading its schema, as it was before the upgrade', () => {
    const dir = tempDir();
    const file = join(dir, 'old.casebook');
    oldNotebookFile(file, 3, ['An old case']);
    const folder = join(dir, 'backups');
    const upgraded = openNotebook(file, { beforeMigrate: preMigrationBackup(folder) });
    upgraded.close();
    expect(upgraded.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const [backup] = listBackupFiles(folder);
    expect(backup!.reason).toBe('pre-migration');
    expect(userVersionOf(backup!.path)).toBe(3);
    expect(caseTitlesIn(backup!.path)).toEqual(['An old case']);
  });

  it('does not upgrade a notebook it could not back up first', () => {
    const dir = tempDir();
    const file = join(dir, 'old.casebook');
    oldNotebookFile(file, 3);
    const blocked = join(dir, 'not-a-folder');
    writeFileSync(blocked, 'a file where the backup folder should be');
    expect(() => openNotebook(file, { beforeMigrate: preMigrationBackup(blocked) })).toThrow(
      /could not back up the notebook before upgrading it from schema version 3 .*the notebook was not changed/,
    );
    expect(userVersionOf(file)).toBe(3);
  });
});

describe('after a notebook opens', () => {
  const now = () => ({ defer: (work: () => void) => work() });

  it('checks it quickly, then takes the day’s backup', async () => {
    const notebook = tempNotebook();
    const folder = join(tempDir(), 'backups');
    const reportDamage = vi.fn();
    await careForOpenedNotebook(notebook, {
      ...now(),
      backupFolder: () => folder,
      reportDamage,
      reportBackupFailure: vi.fn(),
    });
    expect(reportDamage).not.toHaveBeenCalled();
    expect(listBackupFiles(folder)).toHaveLength(1);
  });

  it('reports a damaged notebook and makes no backup of it', async () => {
    const dir = tempDir();
    const file = join(dir, 'damaged.casebook');
    const healthy = openNotebook(file, { create: true });
    for (let index = 0; index < 40; index += 1)
      callOk(healthy.db, 'cases.create', { title: `Case ${index} ${'x'.repeat(400)}` });
    closeWithDamagedTable(healthy);
    const damaged = openNotebook(file);
    try {
      const folder = join(dir, 'backups');
      const reportDamage = vi.fn();
      await careForOpenedNotebook(damaged, {
        ...now(),
        backupFolder: () => folder,
        reportDamage,
        reportBackupFailure: vi.fn(),
      });
      expect(reportDamage).toHaveBeenCalledTimes(1);
      expect(existsSync(folder)).toBe(false);
    } finally {
      damaged.close();
    }
  });
});

describe('recovering a damaged notebook', () => {
  it('copies every case it can still read into a new notebook and leaves the damaged file as it was', () => {
    const dir = tempDir();
    const file = join(dir, 'Cases.casebook');
    const healthy = openNotebook(file, { create: true });
    const { caseId } = callOk(healthy.db, 'notebook.addSample', {});
    callOk(healthy.db, 'cases.create', { title: 'Second case' });
    healthy.close();
    const before = readFileSync(file);
    const damaged = openNotebook(file, { readonly: true });
    let report;
    try {
      report = recoverIntoNewNotebook(damaged.db, join(dir, 'Cases (recovered).casebook'));
    } finally {
      damaged.close();
    }
    expect(report.recovered).toBe(2);
    expect(report.lost).toEqual([]);
    const recovered = openNotebook(report.path, { readonly: true });
    try {
      expect(callOk(recovered.db, 'cases.get', { id: caseId }).issueRows.length).toBeGreaterThan(0);
    } finally {
      recovered.close();
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reports what it could not read when the cases table is damaged, and never writes over a file', () => {
    const dir = tempDir();
    const file = join(dir, 'Broken.casebook');
    const healthy = openNotebook(file, { create: true });
    callOk(healthy.db, 'cases.create', { title: 'Lost case' });
    closeWithDamagedTable(healthy);
    const damaged = openNotebook(file, { readonly: true });
    try {
      const report = recoverIntoNewNotebook(damaged.db, join(dir, 'Broken (recovered).casebook'));
      expect(report.recovered).toBe(0);
      // The case list may still come from its index while the table is unreadable: either way it is reported.
      expect(report.listUnreadable || report.lost.length === 1).toBe(true);
      expect(() => recoverIntoNewNotebook(damaged.db, join(dir, 'Broken (recovered).casebook'))).toThrow(
        /already exists/,
      );
    } finally {
      damaged.close();
    }
  });
});
