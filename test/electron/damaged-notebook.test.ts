import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offerRecovery, recoveredPathFor } from '../../electron/main/damaged-notebook.ts';
import { createBackup } from '../../electron/services/backups/automatic-backups.ts';
import { backupFolderFor } from '../../electron/services/backups/backup-folder.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { caseTitlesIn, closeWithDamagedTable } from '../helpers/notebook-files.ts';
import { callOk, tempDir } from '../helpers/temp-notebook.ts';

async function damagedNotebookWithBackup(withBackup: boolean) {
  const dir = tempDir();
  const userData = tempDir();
  const file = join(dir, 'Cases.casebook');
  const healthy = openNotebook(file, { create: true });
  callOk(healthy.db, 'cases.create', { title: 'Kept in the backup' });
  if (withBackup) await createBackup(healthy.db, backupFolderFor(file, userData), 'daily');
  closeWithDamagedTable(healthy);
  return { file, userData, notebook: openNotebook(file, { readonly: true }) };
}

describe('a notebook that fails its quick check', () => {
  it('offers the latest backup, and opens a checked copy of it when chosen', async () => {
    const { file, userData, notebook } = await damagedNotebookWithBackup(true);
    const asked: string[][] = [];
    const opened: string[] = [];
    try {
      await offerRecovery(notebook, ['*** in database main ***'], {
        userData,
        ask: ({ buttons }) => {
          asked.push(buttons);
          return Promise.resolve(0);
        },
        tell: () => Promise.resolve(),
        open: (path) => {
          opened.push(path);
          return Promise.resolve(true);
        },
      });
    } finally {
      notebook.close();
    }
    expect(asked[0]).toEqual([
      'Open the latest backup as a copy',
      'Recover what can be read into a new notebook',
      'Keep this notebook open',
    ]);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/Cases \(backup of \d{4}-\d{2}-\d{2}\)\.casebook$/);
    expect(caseTitlesIn(opened[0]!)).toEqual(['Kept in the backup']);
    expect(recoveredPathFor(file)).toBe(join(file, '..', 'Cases (recovered).casebook'));
  });

  it('without a backup, offers recovery into a new notebook and says what it recovered', async () => {
    const { userData, notebook } = await damagedNotebookWithBackup(false);
    const told: string[] = [];
    let buttons: string[] = [];
    try {
      await offerRecovery(notebook, ['Tree 4 page 4: btreeInitPage() returns error code 11'], {
        userData,
        ask: (question) => {
          buttons = question.buttons;
          return Promise.resolve(0);
        },
        tell: (message, detail) => {
          told.push(`${message} ${detail}`);
          return Promise.resolve();
        },
        open: () => Promise.resolve(true),
      });
    } finally {
      notebook.close();
    }
    expect(buttons).toEqual(['Recover what can be read into a new notebook', 'Keep this notebook open']);
    expect(told[0]).toMatch(
      /^Recovered 0 cases into a new notebook\. .*Cases \(recovered\)\.casebook.*The damaged notebook is unchanged\./,
    );
  });

  it('changes nothing when the person keeps the notebook open', async () => {
    const { userData, notebook } = await damagedNotebookWithBackup(true);
    const opened: string[] = [];
    try {
      await offerRecovery(notebook, [], {
        userData,
        ask: ({ buttons }) => Promise.resolve(buttons.length - 1),
        tell: () => Promise.resolve(),
        open: (path) => {
          opened.push(path);
          return Promise.resolve(true);
        },
      });
    } finally {
      notebook.close();
    }
    expect(opened).toEqual([]);
  });
});
