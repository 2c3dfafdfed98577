import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it, onTestFinished } from 'vitest';
import { lockPathOf } from '../../electron/main/notebook-lock.ts';
import { listBackupFiles } from '../../electron/services/backups/backup-files.ts';
import { backupFolderFor } from '../../electron/services/backups/backup-folder.ts';
import { dispatch } from '../../electron/services/dispatch.ts';
import { LATEST_SCHEMA_VERSION, openNotebook } from '../../electron/store/notebook.ts';
import { fillDisk, isUnavailable, readOnlyView, smallDisk } from '../helpers/hostile-disks.ts';
import {
  caseSummariesIn,
  caseTitlesIn,
  closeWithDamagedTable,
  letNotebookGrow,
  oldNotebookFile,
  stopNotebookGrowth,
  userVersionOf,
} from '../helpers/notebook-files.ts';
import { describeE2E, openApp, screenshot, type CasebookApp } from './harness.ts';

const SAMPLE_TITLE = /Xiaomi KOL/;

function freshFolder(): string {
  return mkdtempSync(join(tmpdir(), 'casebook-e2e-safety-'));
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A closed notebook file holding the sample case. */
function sampleNotebookFile(file: string): string {
  const notebook = openNotebook(file, { create: true });
  try {
    const added = dispatch(notebook.db, 'notebook.addSample', {});
    if (!added.ok) throw new Error(added.error.message);
  } finally {
    notebook.close();
  }
  return file;
}

function caseButton(page: Page, title: RegExp | string) {
  return page.getByRole('list', { name: 'Cases' }).getByRole('button', { name: title });
}

async function openBackups(page: Page) {
  await page.getByRole('button', { name: 'Backups' }).click();
  return page.getByRole('dialog', { name: 'Backups' });
}

async function windowTitleOf(app: CasebookApp): Promise<string> {
  return app.page.title();
}

describeE2E('backups and recovery, as a person meets them', () => {
  it('backs the notebook up at the first start of the day, once, after a passing quick check', async () => {
    const userData = freshFolder();
    const first = await openApp({ sample: true, userData });
    await first.notebookCareSettled();
    let dialog = await openBackups(first.page);
    await expect.poll(() => dialog.getByRole('cell', { name: 'Daily', exact: true }).count()).toBe(1);
    await first.close();

    const again = await openApp({ notebookPath: first.notebookPath, userData });
    await again.notebookCareSettled();
    dialog = await openBackups(again.page);
    await dialog.getByRole('cell', { name: 'Daily', exact: true }).waitFor();
    expect(await dialog.getByRole('cell', { name: 'Daily', exact: true }).count()).toBe(1);
    expect(again.dialogs).toEqual([]);
    await again.close();
  });

  it('backs an older notebook up before upgrading it, and the backup keeps the old version', async () => {
    const file = join(freshFolder(), 'Archive 2019.casebook');
    const oldVersion = LATEST_SCHEMA_VERSION - 1;
    oldNotebookFile(file, oldVersion, ['Recall of 2019']);
    const app = await openApp({ notebookPath: file });
    await caseButton(app.page, /Recall of 2019/).waitFor();

    const dialog = await openBackups(app.page);
    await dialog.getByRole('cell', { name: 'Before an upgrade' }).waitFor();
    const [backup] = listBackupFiles(backupFolderFor(file, app.userData)).filter((b) => b.reason === 'pre-migration');
    expect(backup).toBeDefined();
    expect(userVersionOf(backup!.path)).toBe(oldVersion);
    expect(caseTitlesIn(backup!.path)).toEqual(['Recall of 2019']);
    await app.close();
    expect(userVersionOf(file)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('opens a backup as a copy beside the notebook, leaving the notebook as it was', async () => {
    const app = await openApp({ sample: true });
    const { page } = app;
    await app.notebookCareSettled(); // the day's backup holds the sample as it was
    await caseButton(page, SAMPLE_TITLE).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Renamed after the backup');
    await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();
    await caseButton(page, /Renamed after the backup/).waitFor();

    const dialog = await openBackups(page);
    await dialog.getByRole('button', { name: /^Open the backup of .* as a copy$/ }).first().click();
    await page.getByRole('dialog', { name: /^Open the backup of/ }).getByRole('button', { name: 'Open as a copy' }).click();

    await caseButton(page, SAMPLE_TITLE).waitFor();
    await expect.poll(() => windowTitleOf(app)).toMatch(/^Casebook \(backup of \d{4}-\d{2}-\d{2}\)( \d+)? — Casebook$/);
    expect(await page.getByRole('complementary', { name: 'Sidebar' }).getByText(/^Casebook \(backup of /).count()).toBe(1);
    const copy = app.currentNotebook()?.path ?? '';
    expect(dirname(copy)).toBe(dirname(app.notebookPath));
    expect(copy).not.toBe(app.notebookPath);
    await screenshot(page, 'backup-opened-as-copy');
    await app.close();
    expect(caseTitlesIn(app.notebookPath)).toEqual(['Renamed after the backup']);
  });

  it('refuses to touch a damaged notebook and, when asked, opens its latest backup as a copy', async () => {
    const folder = freshFolder();
    const file = join(folder, 'Crisis files.casebook');
    const userData = freshFolder();
    const healthy = await openApp({ notebookPath: file, userData, sample: true });
    await healthy.notebookCareSettled();
    await healthy.close();
    closeWithDamagedTable(openNotebook(file), 'cases');
    const damagedHash = sha256(file);

    const app = await openApp({
      notebookPath: file,
      userData,
      answerDialog: ({ message }) => (/is damaged/.test(message) ? 'Open the latest backup as a copy' : undefined),
    });
    await caseButton(app.page, SAMPLE_TITLE).waitFor();
    expect(app.dialogs.map(({ message, answer }) => ({ message, answer }))).toEqual([
      { message: '“Crisis files.casebook” is damaged.', answer: 'Open the latest backup as a copy' },
    ]);
    expect(app.dialogs[0]?.detail).toMatch(/has not changed it and will not back it up over your good backups/);
    expect(app.dialogs[0]?.buttons).toEqual([
      'Open the latest backup as a copy',
      'Recover what can be read into a new notebook',
      'Keep this notebook open',
    ]);
    await expect.poll(() => windowTitleOf(app)).toMatch(/^Crisis files \(backup of \d{4}-\d{2}-\d{2}\) — Casebook$/);
    await app.close();
    expect(sha256(file)).toBe(damagedHash);
    // No daily backup of the damaged file pushed the good one out.
    expect(listBackupFiles(backupFolderFor(file, userData)).map((b) => b.reason)).toEqual(['daily']);
  });

  it('recovers what a damaged notebook without backups still holds into a new notebook, and opens it', async () => {
    const file = sampleNotebookFile(join(freshFolder(), 'Field notes.casebook'));
    closeWithDamagedTable(openNotebook(file), 'search_index_data');
    const damagedHash = sha256(file);

    const app = await openApp({
      notebookPath: file,
      answerDialog: ({ message }) =>
        /is damaged/.test(message) ? 'Recover what can be read into a new notebook' : undefined,
    });
    await expect.poll(() => windowTitleOf(app)).toBe('Field notes (recovered) — Casebook');
    await caseButton(app.page, SAMPLE_TITLE).waitFor();
    expect(app.dialogs.map(({ message }) => message)).toEqual([
      '“Field notes.casebook” is damaged.',
      'Recovered 1 case into a new notebook.',
    ]);
    expect(app.dialogs[0]?.buttons).toEqual(['Recover what can be read into a new notebook', 'Keep this notebook open']);
    expect(app.dialogs[1]?.detail).toMatch(/Field notes \(recovered\)\.casebook The damaged notebook is unchanged\./);
    await screenshot(app.page, 'recovered-notebook');
    await app.close();
    expect(sha256(file)).toBe(damagedHash);
  });

  it('opens a notebook on read-only media for reading, with a banner, and saves nothing', async ({ skip }) => {
    const folder = freshFolder();
    sampleNotebookFile(join(folder, 'Archive.casebook'));
    const media = readOnlyView(folder);
    if (isUnavailable(media)) return skip(`No read-only media can be made here: ${media.unavailable}`);
    onTestFinished(() => media.release());
    console.info(`Read-only media: ${media.how}.`);
    const file = join(media.dir, 'Archive.casebook');
    const before = sha256(file);

    const app = await openApp({ notebookPath: file });
    const { page } = app;
    await page.getByRole('status').filter({ hasText: 'Read-only.' }).waitFor();
    await expect.poll(() => windowTitleOf(app)).toBe('Archive (read-only) — Casebook');
    await caseButton(page, SAMPLE_TITLE).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(SAMPLE_TITLE);

    // Edits stop where they start, and the window says why, instead of taking text it cannot save.
    const title = page.getByRole('textbox', { name: 'Title' });
    const original = await title.inputValue();
    await title.click();
    await title.press('End');
    await title.pressSequentially(' (edited)');
    await page.getByText(/This notebook is read-only, so it cannot be changed/).waitFor();
    expect(await title.inputValue()).toBe(original);
    const approximate = page.getByRole('checkbox', { name: 'Approximate' }).first();
    const ticked = await approximate.isChecked();
    await approximate.click();
    expect(await approximate.isChecked()).toBe(ticked);
    await page.getByRole('tab', { name: /Narrative/ }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Narrative' }).getAttribute('contenteditable')).toBe('false');
    expect(await page.getByRole('toolbar', { name: /format/i }).count()).toBe(0);
    // Finding in the case still takes typing.
    await page.keyboard.press('Control+f');
    const find = page.getByRole('textbox', { name: 'Find in the case' });
    await find.pressSequentially('Xiaomi');
    expect(await find.inputValue()).toBe('Xiaomi');
    await screenshot(page, 'read-only-notebook');
    await app.close();
    expect(sha256(file)).toBe(before);
    expect(app.dialogs).toEqual([]);
  });

  it('says “not saved” when the disk is full, keeps the text in the window, and saves it once there is room', async () => {
    const disk = smallDisk(4 * 1024 * 1024);
    const file = isUnavailable(disk)
      ? sampleNotebookFile(join(freshFolder(), 'Field notes.casebook'))
      : join(disk.dir, 'Field notes.casebook');
    if (!isUnavailable(disk)) {
      onTestFinished(() => disk.release());
      copyFileSync(sampleNotebookFile(join(freshFolder(), 'Field notes.casebook')), file);
      console.info(`Full disk: ${disk.how}, filled to the last byte.`);
    } else {
      console.info(`Full disk: the notebook may not grow (max_page_count), because ${disk.unavailable}.`);
    }

    const app = await openApp({ notebookPath: file });
    const { page } = app;
    await app.notebookCareSettled();
    await caseButton(page, SAMPLE_TITLE).click();
    const summary = page.getByRole('textbox', { name: 'Summary', exact: true });
    await summary.waitFor();
    let freeSpace: () => void;
    if (isUnavailable(disk)) {
      const notebook = app.currentNotebook();
      if (notebook === null) throw new Error('no notebook is open');
      stopNotebookGrowth(notebook);
      freeSpace = () => letNotebookGrow(notebook);
    } else {
      freeSpace = fillDisk(disk.dir);
    }

    const typed = 'Field notes from the second day of the crisis. '.repeat(2_000);
    await summary.fill(typed);
    await page.getByRole('status').filter({ hasText: /Not saved: The disk is full/ }).first().waitFor();
    expect(await summary.inputValue()).toBe(typed);
    await screenshot(page, 'disk-full');

    freeSpace();
    await summary.press('End');
    await summary.pressSequentially(' Saved.');
    await page.getByRole('status').filter({ hasText: /^Saved/ }).first().waitFor();
    await app.close();
    expect(caseSummariesIn(file)).toEqual([`${typed} Saved.`]);
  });

  it('refuses a notebook another running Casebook has open for editing, naming it, and keeps the open one', async () => {
    const other = join(freshFolder(), 'Shared cases.casebook');
    sampleNotebookFile(other);
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    onTestFinished(() => void holder.kill());
    writeFileSync(
      lockPathOf(other),
      JSON.stringify({ app: 'Casebook', pid: holder.pid, host: hostname(), openedAt: '2026-11-25T08:00:00.000Z' }),
    );

    const app = await openApp({ sample: false });
    expect(await app.openNotebook(other)).toBe(false);
    expect(app.dialogs).toHaveLength(1);
    expect(app.dialogs[0]?.message).toBe('“Shared cases.casebook” is open for editing in another Casebook.');
    expect(app.dialogs[0]?.detail).toContain(`process ${holder.pid} on ${hostname()}`);
    expect(app.currentNotebook()?.path).toBe(app.notebookPath);
    await expect.poll(() => windowTitleOf(app)).toBe('Casebook');
    await app.close();
  });
});
