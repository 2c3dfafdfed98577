import { describe, expect, it } from 'vitest';
import { backupIfDue } from '../../electron/services/backups/automatic-backups.ts';
import { listBackupFiles } from '../../electron/services/backups/backup-files.ts';
import { backupRetentionOf } from '../../electron/services/backups/backup-retention-setting.ts';
import { dispatchAsync } from '../../electron/services/dispatch.ts';
import { createPreparers } from '../../electron/services/preparers.ts';
import { tempDir, tempNotebook } from '../helpers/temp-notebook.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('how many automatic backups a notebook keeps', () => {
  it('keeps 7 daily and 4 weekly unless told, and the notebook remembers a new choice', async () => {
    const notebook = tempNotebook();
    const preparers = createPreparers({}, { userData: tempDir() });
    const listed = await dispatchAsync(notebook.db, 'backups.list', {}, preparers);
    expect(listed.ok && listed.value).toMatchObject({ retention: { daily: 7, weekly: 4 } });

    expect(notebook.call('backups.setRetention', { daily: 30, weekly: 12 })).toEqual({ daily: 30, weekly: 12 });
    const again = await dispatchAsync(notebook.db, 'backups.list', {}, preparers);
    expect(again.ok && again.value).toMatchObject({ retention: { daily: 30, weekly: 12 } });
  });

  it('thins the daily backups to the chosen number at the next backup', async () => {
    const notebook = tempNotebook();
    const folder = tempDir();
    notebook.call('backups.setRetention', { daily: 2, weekly: 0 });
    const start = Date.parse('2026-11-02T09:00:00Z'); // a Monday
    for (let day = 0; day < 5; day += 1) {
      await backupIfDue(notebook.db, folder, new Date(start + day * DAY_MS), backupRetentionOf(notebook.db));
    }
    expect(listBackupFiles(folder).map((backup) => backup.createdAt.slice(0, 10))).toEqual(['2026-11-06', '2026-11-05']);

    notebook.call('backups.setRetention', { daily: 1, weekly: 1 });
    await backupIfDue(notebook.db, folder, new Date(start + 14 * DAY_MS), backupRetentionOf(notebook.db));
    // The newest day, then the newest backup of one earlier week.
    expect(listBackupFiles(folder).map((backup) => backup.createdAt.slice(0, 10))).toEqual(['2026-11-16', '2026-11-06']);
  });

  it('refuses numbers it cannot keep, saying which and why, and changes nothing', () => {
    const notebook = tempNotebook();
    notebook.call('backups.setRetention', { daily: 14, weekly: 8 });
    const cases: [unknown, RegExp, string][] = [
      [{ daily: 0, weekly: 4 }, /daily: must keep at least 1 daily backup/, 'invalid-request'],
      [{ daily: 7.5, weekly: 4 }, /daily: must be a whole number of days/, 'invalid-request'],
      [{ daily: 7, weekly: -1 }, /weekly: cannot be negative/, 'invalid-request'],
      [{ daily: 7, weekly: 500 }, /weekly: can keep at most 104 weekly backups/, 'too-large'],
      [{ daily: 91, weekly: 4 }, /daily: can keep at most 90 daily backups/, 'too-large'],
      [{ daily: '7', weekly: 4 }, /daily/, 'invalid-request'],
      [{ daily: 7 }, /weekly/, 'invalid-request'],
      [{ daily: 7, weekly: 4, monthly: 2 }, /monthly/, 'invalid-request'],
    ];
    for (const [request, message, code] of cases) {
      const result = notebook.result('backups.setRetention', request);
      expect(result.ok === false && result.error.code, JSON.stringify(request)).toBe(code);
      expect(result.ok === false && result.error.message, JSON.stringify(request)).toMatch(message);
    }
    expect(backupRetentionOf(notebook.db)).toEqual({ daily: 14, weekly: 8 });
  });
});
