import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { backupRetentionOf } from '../../../electron/services/backups/backup-retention-setting.ts';
import { createPreparers } from '../../../electron/services/preparers.ts';
import { caseTitlesIn } from '../../helpers/notebook-files.ts';
import { tempDir } from '../../helpers/temp-notebook.ts';
import { renderShell } from './render-shell.tsx';

describe('the Backups dialog', () => {
  it('backs up on request, lists the backup, and opens it as a copy after asking', async () => {
    const userData = tempDir();
    const { user, bridge } = renderShell(
      ({ notebook }) => {
        notebook.call('cases.create', { title: 'Product recall' });
      },
      { preparers: createPreparers({}, { userData }) },
    );
    await user.click(await screen.findByRole('button', { name: 'Backups' }));
    const dialog = await screen.findByRole('dialog', { name: 'Backups' });
    expect(await within(dialog).findByText(/No backups yet/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Back up now' }));
    const open = await within(dialog).findByRole('button', { name: /^Open the backup of .* as a copy$/ });
    expect(within(dialog).getByRole('cell', { name: 'Made on request' })).toBeTruthy();
    await user.click(open);
    const confirmDialog = await screen.findByRole('dialog', { name: /^Open the backup of/ });
    await user.click(within(confirmDialog).getByRole('button', { name: 'Open as a copy' }));
    await waitFor(() => expect(bridge.calls.some((call) => call.procedure === 'openBackupCopy')).toBe(true));
    const copyPath = bridge.calls.find((call) => call.procedure === 'openBackupCopy')!.request as string;
    expect(copyPath).toMatch(/test \(backup of \d{4}-\d{2}-\d{2}\)\.casebook$/);
    expect(caseTitlesIn(copyPath)).toEqual(['Product recall']);
  });

  it('lets the person choose how many daily and weekly backups to keep, and remembers it', async () => {
    const userData = tempDir();
    const { user, notebook } = renderShell(() => undefined, { preparers: createPreparers({}, { userData }) });
    await user.click(await screen.findByRole('button', { name: 'Backups' }));
    const dialog = await screen.findByRole('dialog', { name: 'Backups' });
    const daily = await within(dialog).findByRole('combobox', { name: 'Daily backups to keep' });
    const weekly = within(dialog).getByRole('combobox', { name: 'Weekly backups to keep' });
    expect([(daily as HTMLSelectElement).value, (weekly as HTMLSelectElement).value]).toEqual(['7', '4']);

    await user.selectOptions(daily, '30');
    await waitFor(() => expect(backupRetentionOf(notebook.db)).toEqual({ daily: 30, weekly: 4 }));
    expect(await screen.findByText(/now keeps 30 daily and 4 weekly backups/)).toBeTruthy();
    await user.selectOptions(weekly, '0');
    await waitFor(() => expect(backupRetentionOf(notebook.db)).toEqual({ daily: 30, weekly: 0 }));
    await waitFor(() => expect([(daily as HTMLSelectElement).value, (weekly as HTMLSelectElement).value]).toEqual(['30', '0']));
  });

  it('explains when this Casebook keeps no backups', async () => {
    const { user } = renderShell();
    await user.click(await screen.findByRole('button', { name: 'Backups' }));
    const dialog = await screen.findByRole('dialog', { name: 'Backups' });
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(/keeps no automatic backups/);
  });
});
