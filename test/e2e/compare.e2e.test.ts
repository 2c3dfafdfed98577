import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it, onTestFinished } from 'vitest';
import { callOk } from '../helpers/temp-notebook.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { describeE2E, openApp, screenshot } from './harness.ts';
import { choose } from './rig/fields.ts';
import { SCREENS_DIR } from './rig/screenshot.ts';

/**
 * Issue 6, acceptance 4 (the comparison part): the sample case and a second case with a timeline,
 * compared side by side through the "Compare cases…" command; the matrix exported as CSV (its content
 * checked); the dashboard opened. Screenshots of both, light and dark.
 */

const SECOND = 'Kettle recall';

/** A notebook holding the sample case and a coded recall case whose timeline starts on 2026-01-05. */
function twoCaseNotebook(): { notebookPath: string; sampleId: string; recallId: string } {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-compare-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const notebookPath = join(dir, 'Crisis cases.casebook');
  const notebook = openNotebook(notebookPath, { create: true });
  try {
    const { caseId: sampleId } = callOk(notebook.db, 'notebook.addSample', {});
    const recallId = callOk(notebook.db, 'cases.create', { title: SECOND }).id;
    callOk(notebook.db, 'cases.update', {
      id: recallId,
      patch: { crisisType: 'technical-error-product-harm', crisisHistory: true, startedOn: '2026-01-05' },
    });
    const events = [
      ['2026-01-05', 'A kettle overheats on live TV', 'trigger', null],
      ['2026-01-06T09:30+01:00', 'Videos of the kettle spread', 'media', null],
      ['2026-01-07', 'The maker says the kettle meets standards', 'response', 'excuse'],
      ['2026-01-12', 'Recall of 40,000 kettles', 'corrective-action', 'adjusting-information'],
      ['2026-01-14', 'The chief executive apologizes', 'apology', 'apology'],
    ] as const;
    for (const [on, title, kind, strategy] of events)
      callOk(notebook.db, 'events.create', { caseId: recallId, fields: { on, title, kind, strategy } });
    callOk(notebook.db, 'issueRows.create', {
      caseId: recallId,
      fields: { issue: 'Overheating kettles', response: 'Recall', impact: '=SUM(A1:A9) stores delisted it' },
    });
    return { notebookPath, sampleId, recallId };
  } finally {
    notebook.close();
  }
}

/** Keeps the last Blob the window turned into a download URL, so its text can be read back. */
async function captureDownloads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const original = URL.createObjectURL.bind(URL);
    const store = window as unknown as { lastDownload?: Blob };
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob) store.lastDownload = object;
      return original(object);
    };
  });
}

async function lastDownloadText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const blob = (window as unknown as { lastDownload?: Blob }).lastDownload;
    return blob ? blob.text() : '';
  });
}

describeE2E('comparing cases and the dashboard', () => {
  it('compares the sample case with a second one, exports the matrix as CSV, opens the dashboard', async () => {
    const { notebookPath, sampleId, recallId } = twoCaseNotebook();
    const app = await openApp({ notebookPath, viewport: { width: 1400, height: 1000 } });
    const { page } = app;
    await captureDownloads(page);

    // The palette's "Compare cases…" opens the picker.
    await page.keyboard.press('ControlOrMeta+P');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.waitFor();
    await page.keyboard.type('Compare cases');
    await page.keyboard.press('Enter');
    const picker = page.getByRole('dialog', { name: 'Compare cases' });
    await picker.waitFor();
    await picker.getByRole('checkbox', { name: 'Xiaomi KOL “black PR” controversy' }).check();
    expect(await picker.getByRole('button', { name: 'Compare', exact: true }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    await expect
      .poll(() => picker.getByRole('status').innerText())
      .toBe('Choose at least 2 cases to compare (1 chosen).');
    await picker.getByRole('searchbox', { name: 'Search cases' }).fill('kettle');
    await picker.getByRole('checkbox', { name: SECOND }).check();
    await picker.getByRole('button', { name: 'Compare 2 cases' }).click();
    await picker.waitFor({ state: 'detached' });

    // The matrix
    const table = page.getByRole('table', { name: 'Comparison of 2 cases' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'Xiaomi KOL “black PR” controversy',
      SECOND,
    ]);
    const row = (label: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label }) });
    expect(await row('Cluster').getByRole('cell').allInnerTexts()).toEqual([
      'Accidental',
      'Accidental → preventable (intensified)',
    ]);
    expect(await row('Time to first response').getByRole('cell').allInnerTexts()).toEqual(['under a month', '2 days']);
    expect(await row('Time to apology').getByRole('cell').allInnerTexts()).toEqual(['under a month', '9 days']);

    // The overlay: the recall's trigger (5 January) and the sample's allegation (January, month
    // precision) share the day-0 line; the recall's response sits two days to the right of it.
    const response = page.getByRole('img', { name: /^Kettle recall: Response, .*, \+2 days$/ });
    const recallTrigger = page.getByRole('img', { name: /^Kettle recall: Trigger, .*, day 0$/ });
    const sampleAllegation = page.getByRole('img', { name: /^Xiaomi KOL .*: Allegation, .*, day 0$/ });
    const xOf = async (locator: typeof response) => Number(await locator.getAttribute('data-x'));
    expect(await xOf(recallTrigger)).toBe(await xOf(sampleAllegation));
    expect(await xOf(response)).toBeGreaterThan(await xOf(recallTrigger));
    // Keyboard: Tab reaches an event and its tooltip shows.
    await response.focus();
    await expect.poll(() => page.locator('.overlay-tooltip').textContent()).toContain('+2 days');
    await screenshot(page, 'compare-cases');

    // Export the matrix as CSV: its content, formulas defused.
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect.poll(() => lastDownloadText(page)).toContain('Cluster,');
    const csv = await lastDownloadText(page);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(`Case,Xiaomi KOL “black PR” controversy,${SECOND}`);
    expect(lines[1]).toBe(`Case id,${sampleId},${recallId}`);
    expect(lines).toContain('Time to first response,under a month,2 days');
    expect(lines.find((line) => line.startsWith('Key impacts,'))).toMatch(/,'=SUM\(A1:A9\) stores delisted it$/);

    // Export as an image: a PNG made in the window.
    await page.getByRole('button', { name: 'Export image' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { lastDownload?: Blob }).lastDownload?.type))
      .toBe('image/png');
    const png = Buffer.from(
      await page.evaluate(async () => {
        const blob = (window as unknown as { lastDownload?: Blob }).lastDownload;
        const bytes = new Uint8Array(blob ? await blob.arrayBuffer() : new ArrayBuffer(0));
        return Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
      }),
      'latin1',
    );
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(5_000);
    // Kept beside the screenshots, to look at.
    mkdirSync(SCREENS_DIR, { recursive: true });
    writeFileSync(join(SCREENS_DIR, 'compare-matrix-export.png'), png);

    await choose(page.getByRole('combobox', { name: 'Theme', exact: true }), 'Dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await screenshot(page, 'compare-cases-dark');
    await choose(page.getByRole('combobox', { name: 'Theme', exact: true }), 'Light');

    // A column header opens its case; the sidebar's Dashboard opens the dashboard.
    await table.getByRole('button', { name: `Open the case “${SECOND}”` }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(SECOND);

    await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
    const clusters = page.getByRole('table', { name: 'Cases by cluster' });
    await clusters.waitFor({ state: 'attached' });
    await expect.poll(() => page.getByText('2 cases, 2 with a crisis cluster coded.').count()).toBe(1);
    const medians = page.getByRole('table', { name: /^Median response times by cluster/ });
    const accidental = medians.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Accidental/ }) });
    expect(await accidental.getByRole('cell').allInnerTexts()).toEqual([
      '2 days (of 1 case)',
      '9 days (of 1 case)',
      '7 days (of 1 case)',
    ]);
    await screenshot(page, 'dashboard');
    await choose(page.getByRole('combobox', { name: 'Theme', exact: true }), 'Dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await screenshot(page, 'dashboard-dark');

    // Escape goes back to the case.
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Title', exact: true }).waitFor();
  });
});
