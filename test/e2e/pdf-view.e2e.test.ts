import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { CasebookBridge } from '../../shared/contract/bridge.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';
import { describeE2E, openApp, screenshot } from './harness.ts';

interface PageWithBridge {
  readonly casebook: CasebookBridge;
}

const REPORT = tinyPdf({
  pages: [
    ['Quarterly recall report', 'The recall covered 41,000 kettles sold in March.'],
    ['Page two: the regulator asked for weekly updates.'],
    ['Page three: the company apologised on 4 April.'],
  ],
  info: { title: 'Kettle recall report' },
});

/** A long filing: one line per page, to see that pages are drawn only near the reader. */
const FILING = tinyPdf({
  pages: Array.from({ length: 60 }, (_unused, index) => [`Filing page ${index + 1}`]),
  info: { title: 'Court filing' },
});

/** Chinese through Adobe's predefined UniGB-UCS2-H CMap, which pdf.js reads from the app's bundle. */
const CHINESE = tinyPdf({
  pages: [['人工智能公司道歉', 'Statement of 3 May']],
  cjk: 'predefined',
  info: { title: 'Chinese statement' },
});

/** Creates a case with a row citing each file, so the case's Sources tab lists them. */
async function addPdfSources(page: Page, files: { fileName: string; base64: string }[]): Promise<string> {
  return page.evaluate(async (list) => {
    const bridge = (window as unknown as PageWithBridge).casebook;
    const cases = await bridge.call('cases.list', {});
    if (!cases.ok) throw new Error(cases.error.message);
    const caseId = cases.value.cases[0]?.id ?? '';
    const row = await bridge.call('issueRows.create', { caseId, fields: { issue: 'The recall notice came late' } });
    if (!row.ok) throw new Error(row.error.message);
    for (const file of list) {
      const added = await bridge.call('sources.addFromFile', { ...file, mediaType: 'application/pdf' });
      if (!added.ok) throw new Error(added.error.message);
      const cited = await bridge.call('citations.add', {
        target: { kind: 'issueRow', id: row.value.id },
        citation: { sourceId: added.value.source.id, locator: null },
      });
      if (!cited.ok) throw new Error(cited.error.message);
    }
    return caseId;
  }, files);
}

async function openPdf(page: Page, title: string): Promise<Locator> {
  await page.getByRole('tab', { name: 'Sources', exact: true }).click();
  await page.getByRole('button', { name: `View snapshot of ${title}`, exact: true }).click();
  const viewer = page.getByRole('dialog', { name: `Snapshot of “${title}”` });
  await viewer.locator('.pdf-page').first().waitFor();
  return viewer;
}

/** Whether the page's canvas has been drawn: non-zero size and some pixels that are not white. */
async function drawnPixels(page: Locator): Promise<{ width: number; dark: number }> {
  return page.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    if (canvas.width === 0) return { width: 0, dark: 0 };
    const context = canvas.getContext('2d');
    const data = context?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
    let dark = 0;
    for (let index = 0; index < data.length; index += 4) if ((data[index] ?? 255) < 128) dark++;
    return { width: canvas.width, dark };
  });
}

describeE2E('the PDF view', () => {
  it('draws a stored PDF with pdf.js, script-free and offline: pages, text layer, zoom, quote, light and dark', async () => {
    const app = await openApp();
    const { page } = app;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByRole('main').getByRole('button', { name: 'New case' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).waitFor();
    const caseId = await addPdfSources(page, [
      { fileName: 'kettle-recall.pdf', base64: REPORT.toString('base64') },
      { fileName: 'filing.pdf', base64: FILING.toString('base64') },
      { fileName: 'statement.pdf', base64: CHINESE.toString('base64') },
    ]);

    const viewer = await openPdf(page, 'Kettle recall report');
    const first = viewer.locator('.pdf-page[data-page="1"]');
    await expect.poll(async () => (await drawnPixels(first)).dark, { timeout: 15_000 }).toBeGreaterThan(50);
    // The text layer holds the page's text, to select.
    await expect
      .poll(() => first.locator('.textLayer').innerText())
      .toContain('The recall covered 41,000 kettles sold in March.');
    expect(await viewer.getByText('Page 1 of 3', { exact: true }).count()).toBe(1);
    expect(await viewer.getByRole('button', { name: 'Pages' }).getAttribute('aria-pressed')).toBe('true');
    // pdf.js ran in a real worker of the app's own origin, not on the window's thread.
    expect(workers.some((url) => url.startsWith(`${app.origin}/assets/pdf.worker`))).toBe(true);
    await screenshot(page, 'pdf-light');

    // Zoom in, out and back to the width: the page's canvas follows, and is drawn again.
    const widthOf = () => first.evaluate((element) => element.getBoundingClientRect().width);
    const fitted = await widthOf();
    await viewer.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(widthOf).toBeGreaterThan(fitted * 1.2);
    await expect.poll(async () => (await drawnPixels(first)).width).toBeGreaterThan(fitted * 1.2);
    await viewer.getByRole('button', { name: 'Zoom out' }).click();
    await viewer.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(widthOf).toBeLessThan(fitted);
    await viewer.getByRole('button', { name: 'Fit width' }).click();
    await expect.poll(widthOf).toBe(fitted);
    await expect.poll(async () => (await drawnPixels(first)).dark).toBeGreaterThan(50);

    // Scrolling to the last page moves the page indicator.
    await viewer.locator('.pdf-page[data-page="3"]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect.poll(() => viewer.locator('.pdf-page-indicator').innerText()).toBe('Page 3 of 3');
    await expect
      .poll(() => viewer.locator('.pdf-page[data-page="3"] .textLayer').innerText())
      .toContain('the company apologised');

    // Quote this works on text selected in the pages.
    const passage = await viewer
      .locator('.pdf-page[data-page="3"] .textLayer span')
      .first()
      .evaluate((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return selection?.toString().trim() ?? '';
      });
    expect(passage).toBe('Page three: the company apologised on 4 April.');
    await page.getByRole('toolbar', { name: 'Selected passage' }).getByRole('button', { name: 'Quote this' }).click();
    await page.getByText('Quoted in “Untitled case”.').waitFor();
    const quote = await page.evaluate(async (id) => {
      const document = await (window as unknown as PageWithBridge).casebook.call('cases.get', { id });
      if (!document.ok) throw new Error(document.error.message);
      return document.value.quotes[0]?.text;
    }, caseId);
    expect(quote).toBe(passage);

    // "Text" shows the extracted text, where find works; "Pages" comes back to the pages.
    await viewer.getByRole('button', { name: 'Text', exact: true }).click();
    await viewer.getByRole('searchbox', { name: 'Find in snapshot' }).fill('regulator');
    await expect.poll(() => viewer.locator('.snapshot-find-count').innerText()).toBe('1 of 1');
    await viewer.getByRole('searchbox', { name: 'Find in snapshot' }).fill('');
    await viewer.getByRole('button', { name: 'Pages', exact: true }).click();
    await expect.poll(async () => (await drawnPixels(first)).dark).toBeGreaterThan(50);
    await viewer.getByRole('button', { name: 'Close', exact: true }).click();

    // A long document: only the pages near the reader are drawn.
    const filing = await openPdf(page, 'Court filing');
    await expect.poll(() => filing.locator('.pdf-page-indicator').innerText()).toBe('Page 1 of 60');
    await expect.poll(async () => (await drawnPixels(filing.locator('.pdf-page').first())).dark).toBeGreaterThan(10);
    const drawn = () =>
      filing
        .locator('.pdf-page canvas')
        .evaluateAll((canvases: HTMLCanvasElement[]) => canvases.filter((c) => c.width > 0).length);
    expect(await drawn()).toBeLessThan(10);
    await filing.locator('.pdf-page[data-page="60"]').scrollIntoViewIfNeeded();
    await expect.poll(() => filing.locator('.pdf-page-indicator').innerText()).toBe('Page 60 of 60');
    await expect
      .poll(() => filing.locator('.pdf-page[data-page="60"] .textLayer').innerText())
      .toContain('Filing page 60');
    expect(await drawn()).toBeLessThan(10);
    await filing.getByRole('button', { name: 'Close', exact: true }).click();

    // Chinese: the CMap comes from the bundle, the text layer holds the characters.
    const chinese = await openPdf(page, 'Chinese statement');
    await expect
      .poll(() => chinese.locator('.pdf-page[data-page="1"] .textLayer').innerText())
      .toContain('人工智能公司道歉');
    await screenshot(page, 'pdf-chinese');
    await chinese.getByRole('button', { name: 'Close', exact: true }).click();

    // Dark theme: the surroundings follow it, the page stays white paper.
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    const dark = await openPdf(page, 'Kettle recall report');
    const darkFirst = dark.locator('.pdf-page[data-page="1"]');
    await expect.poll(async () => (await drawnPixels(darkFirst)).dark).toBeGreaterThan(50);
    await expect.poll(() => darkFirst.locator('.textLayer').innerText()).toContain('Quarterly recall report');
    expect(await darkFirst.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(
      await dark.locator('.pdf-scroller').evaluate((element) => getComputedStyle(element).backgroundColor),
    ).not.toBe('rgb(255, 255, 255)');
    await screenshot(page, 'pdf-dark');

    // Nothing left the origin, nothing broke the CSP (close() fails on either, and on page errors).
    expect(app.requestsLeavingOrigin()).toEqual([]);
    expect(app.record.cspViolations.filter((v) => /^(script|worker)-src/.test(v.directive))).toEqual([]);
    expect(app.record.cspViolations).toEqual([]);
    expect(app.record.consoleErrors).toEqual([]);
    // Helvetica and the Chinese CMap came from files bundled with the app (script chunks of their own), and the only worker
    // script asked for is the bundled one.
    const requested = app.record.requests.map((request) => new URL(request.url).pathname);
    expect(requested.some((path) => /^\/assets\/LiberationSans-Regular-[\w-]+\.js$/.test(path))).toBe(true);
    expect(requested.some((path) => /^\/assets\/UniGB-UCS2-H-[\w-]+\.js$/.test(path))).toBe(true);
    // (One worker per document opened, each ended when its view closes.)
    const workerScripts = new Set(requested.filter((path) => path.includes('pdf.worker')));
    expect([...workerScripts]).toEqual([expect.stringMatching(/^\/assets\/pdf\.worker\.min-[\w-]+\.mjs$/)]);
    await app.close();
  }, 120_000);
});
