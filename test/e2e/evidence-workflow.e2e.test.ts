import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, openApp, screenshot } from './harness.ts';
import { PROJECT_ROOT } from './rig/build-renderer.ts';
import { typeInto } from './rig/fields.ts';
import { caseIdByTitle, readCase } from './rig/seed.ts';
import { expectFocused, expectSaveStatus, firstColumn } from './rig/ui.ts';

/**
 * Issue 4, acceptance 4: add a source by pasting HTML, quote a passage from its snapshot, cite it from a
 * row and the narrative, see the evidence check go from two problems to zero, format the bibliography
 * in APA.
 *
 * What the evidence check counts (electron/services/check.ts): a row, event, quote or fact citing no
 * source is unsupported, one citing a single source is single-source; the narrative is not a claim. So
 * the two problems are the row and an event, both citing nothing, and zero means every claim (the
 * row, the event and the quote taken from the snapshot) cites two sources: a second pasted page is
 * the second source.
 */

const PAGES = resolve(PROJECT_ROOT, '../shared/fixtures/web-pages');
function fixturePage(name: string): { html: string; title: string; year: string | null } {
  const html = readFileSync(resolve(PAGES, name, 'source.html'), 'utf8');
  const meta = JSON.parse(readFileSync(resolve(PAGES, name, 'expected-metadata.json'), 'utf8')) as {
    title: string;
    publishedTime: string | null;
  };
  return { html, title: meta.title, year: meta.publishedTime?.slice(0, 4) ?? null };
}
const FIRST = fixturePage('medium-1');
const SECOND = fixturePage('ars-1');

const TITLE = 'Student newsroom open-journalism row';
const ROW = {
  issue: 'Student reporters were accused of publishing without editors',
  response: 'The project opened its editorial process to readers',
  impact: 'Other student papers asked to join',
};
const EVENT = { date: '2015-03-17', title: 'The Open Journalism Project is announced' };
const PARAGRAPH = 'In March 2015 a student newsroom opened its editorial process to readers.';

async function openSection(page: Page, name: string): Promise<Locator> {
  await page.getByRole('tab', { name, exact: true }).click();
  const panel = page.getByRole('tabpanel', { name, exact: true });
  await panel.waitFor();
  return panel;
}

/** Pastes `html` as text/html on the "Saved page" zone, as the clipboard does in a real paste. */
async function pasteSavedPage(dialog: Locator, html: string): Promise<void> {
  const zone = dialog.getByRole('region', { name: 'Saved page' });
  await zone.focus();
  await zone.evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData('text/html', text);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/** Picks the source whose title contains `search` in the open source picker. */
async function pickSource(page: Page, search: string): Promise<void> {
  const picker = page.getByRole('dialog', { name: 'Choose a source' });
  await picker.waitFor();
  await picker.getByRole('searchbox', { name: 'Search sources' }).fill(search);
  await expect.poll(() => picker.getByRole('option').count(), { timeout: 5_000 }).toBe(1);
  await picker.getByRole('button', { name: 'Cite', exact: true }).click();
  await picker.waitFor({ state: 'detached' });
}

async function evidenceCheck(page: Page): Promise<{ summary: string; problems: string[]; dialog: Locator }> {
  await page.getByRole('button', { name: /^Evidence check/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Evidence check' });
  const summary = dialog.getByRole('status');
  await expect.poll(() => summary.innerText(), { timeout: 5_000 }).not.toBe('Checking the evidence…');
  const problems = await dialog.locator('.evidence-problem').allInnerTexts();
  return { summary: (await summary.innerText()).trim(), problems, dialog };
}

describeE2E('evidence workflow', () => {
  it('pastes a page as a source, quotes it, cites it from a row and the narrative: the check goes from two problems to zero; APA bibliography', async () => {
    const app = await openApp();
    const { page } = app;

    // A case with one issue row, one event and a narrative paragraph, none citing anything yet
    await page.getByRole('main').getByRole('button', { name: 'New case' }).click();
    await expectFocused(page.getByRole('textbox', { name: 'Title', exact: true }));
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(TITLE);

    const gridPanel = await openSection(page, 'Issue / response / impact');
    const grid = gridPanel.getByRole('grid', { name: 'Issue / response / impact' });
    await gridPanel.getByRole('button', { name: 'Add row', exact: true }).click();
    await expectFocused(grid.getByRole('textbox', { name: 'Issue, row 1' }));
    await page.keyboard.type(ROW.issue);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ROW.response);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ROW.impact);
    await page.keyboard.press('Enter');
    await expect.poll(() => firstColumn(grid)).toEqual([ROW.issue]);

    const timeline = await openSection(page, 'Timeline');
    await timeline.getByRole('button', { name: 'Add event', exact: true }).click();
    const event = timeline.getByRole('listitem').filter({ has: page.locator(':focus') });
    await event.waitFor();
    await page.keyboard.type(EVENT.date);
    await typeInto(event.getByRole('textbox', { name: 'What happened', exact: true }), EVENT.title);
    await page.keyboard.press('Enter');

    await openSection(page, 'Narrative');
    const editor = page.getByRole('textbox', { name: 'Narrative', exact: true });
    await editor.click();
    await page.keyboard.type(PARAGRAPH);
    await expect.poll(() => editor.innerText()).toContain(PARAGRAPH);
    await expectSaveStatus(page, 'Saved');

    // The evidence check: the row and the event cite nothing
    const before = await evidenceCheck(page);
    expect(before.summary).toBe('2 problems');
    expect(before.problems.sort()).toEqual(
      [`Event "${EVENT.title}" cites no source.`, `Issue row "${ROW.issue}" cites no source.`].sort(),
    );
    await screenshot(page, 'evidence-before');
    await before.dialog.getByRole('button', { name: 'Close', exact: true }).click();

    // A source added by pasting a saved page's HTML; what was read from it is shown
    const sources = await openSection(page, 'Sources');
    await sources.getByRole('button', { name: 'Add source', exact: true }).click();
    const addSource = page.getByRole('dialog', { name: 'Add source' });
    await addSource.getByRole('region', { name: 'Saved page' }).waitFor();
    await screenshot(page, 'add-source-dialog');
    await pasteSavedPage(addSource, FIRST.html);
    const added = addSource.getByRole('region', { name: 'Added source' });
    await added.waitFor({ timeout: 15_000 });
    expect(await added.getByRole('definition').first().innerText()).toBe(FIRST.title);
    await screenshot(page, 'add-source-pasted');

    // Its snapshot: a passage selected inside the frame, then "Quote this"
    await added.getByRole('button', { name: 'Open snapshot', exact: true }).click();
    const viewer = page.getByRole('dialog', { name: `Snapshot of “${FIRST.title}”` });
    await viewer.waitFor();
    const frame = viewer.locator('iframe.snapshot-frame');
    await frame.waitFor();
    let passage = '';
    await expect
      .poll(
        async () =>
          (passage = await frame.evaluate((element) => {
            const frameDocument = (element as HTMLIFrameElement).contentDocument;
            const paragraph = Array.from(frameDocument?.querySelectorAll('p') ?? []).find(
              (candidate) => (candidate.textContent ?? '').trim().length > 80,
            );
            if (!frameDocument || !paragraph) return '';
            const range = frameDocument.createRange();
            range.selectNodeContents(paragraph);
            const selection = frameDocument.getSelection();
            selection?.removeAllRanges();
            selection?.addRange(range);
            return selection?.toString().trim() ?? '';
          })),
        { timeout: 10_000 },
      )
      .not.toBe('');
    const quoteThis = viewer.getByRole('button', { name: 'Quote this', exact: true }).first();
    await expect.poll(() => quoteThis.isEnabled(), { timeout: 5_000 }).toBe(true);
    await quoteThis.click();
    await page.getByText(`Quoted in “${TITLE}”.`).waitFor();
    await viewer.getByRole('button', { name: 'Close', exact: true }).click();
    await viewer.waitFor({ state: 'detached' });

    // A second page, so that every claim can rest on two sources
    await sources.getByRole('button', { name: 'Add source', exact: true }).click();
    await pasteSavedPage(addSource, SECOND.html);
    await added.waitFor({ timeout: 15_000 });
    await added.getByRole('button', { name: 'Done', exact: true }).click();
    await addSource.waitFor({ state: 'detached' });

    // Cited from the row (both sources), the event (both), the quote (the second) and the narrative
    await openSection(page, 'Issue / response / impact');
    const details = gridPanel.getByRole('group', { name: 'Details of row 1' });
    if ((await details.count()) === 0) await gridPanel.getByRole('button', { name: 'Details of row 1' }).click();
    for (const source of [FIRST, SECOND]) {
      await details.getByRole('button', { name: 'Add source', exact: true }).click();
      await pickSource(page, source.title.slice(0, 24));
    }
    await expect
      .poll(() => details.getByRole('list', { name: 'Sources of row 1' }).innerText())
      .toContain(SECOND.title);

    await openSection(page, 'Timeline');
    for (const source of [FIRST, SECOND]) {
      await timeline.getByRole('button', { name: 'Add source', exact: true }).click();
      await pickSource(page, source.title.slice(0, 24));
    }

    const quotes = await openSection(page, 'Quotes');
    await quotes.getByRole('button', { name: 'Add source', exact: true }).click();
    await pickSource(page, SECOND.title.slice(0, 24));

    await openSection(page, 'Narrative');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.getByRole('button', { name: 'Insert citation', exact: true }).click();
    const picker = page.getByRole('dialog');
    await picker.waitFor();
    await page.keyboard.type(FIRST.title.slice(0, 24));
    // The search is debounced: wait until it has narrowed the list to the one source.
    await expect
      .poll(() => picker.getByRole('option').allInnerTexts(), { timeout: 5_000 })
      .toEqual([expect.stringContaining(FIRST.title)]);
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expect.poll(() => editor.locator('[data-source-id]').count(), { timeout: 5_000 }).toBe(1);

    // The evidence check has nothing left to report
    const after = await evidenceCheck(page);
    await expect
      .poll(async () => (await after.dialog.getByRole('status').innerText()).trim(), { timeout: 5_000 })
      .toBe('No problems: every claim has its sources.');
    expect(await after.dialog.locator('.evidence-problem').count()).toBe(0);
    await screenshot(page, 'evidence-after');
    await after.dialog.getByRole('button', { name: 'Close', exact: true }).click();

    // The bibliography in APA 7
    const sourcesAgain = await openSection(page, 'Sources');
    const style = sourcesAgain.getByRole('combobox', { name: 'Citation style' });
    await style.selectOption({ label: 'APA 7' });
    const bibliography = sourcesAgain.getByRole('list', { name: 'Bibliography, APA 7' });
    await bibliography.waitFor({ timeout: 15_000 });
    const entries = await bibliography.getByRole('listitem').allInnerTexts();
    expect(entries).toHaveLength(2);
    const entry = entries.find((text) => text.includes(FIRST.title));
    expect(entry, `an APA entry with the title “${FIRST.title}” among ${JSON.stringify(entries)}`).toBeDefined();
    expect(entry).toContain(`(${FIRST.year}`);
    // The notifications of the quote and citations would cover the bibliography in the picture.
    const notifications = page.getByRole('region', { name: 'Notifications' });
    for (const dismiss of await notifications.getByRole('button', { name: 'Dismiss notification' }).all())
      await dismiss.click();
    await sourcesAgain.getByRole('button', { name: 'Export sources', exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'bibliography-apa');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'bibliography-apa-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // "Export sources" saves the case's references as a file, under the window's CSP
    await sourcesAgain.getByRole('combobox', { name: 'Export format' }).selectOption({ label: 'RIS' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      sourcesAgain.getByRole('button', { name: 'Export sources', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('student-newsroom-open-journalism-row-sources.ris');
    // The rig's browser does not keep downloads, so the file's content is checked in the component test.

    expect(app.requestsLeavingOrigin()).toEqual([]);
    await app.close();

    // What the notebook holds: the quote is the selected passage and cites the pasted page
    const stored = readCase(app.notebookPath, caseIdByTitle(app.notebookPath, TITLE));
    const first = stored.sources.find((source) => source.title === FIRST.title);
    expect(first?.snapshot).not.toBeNull();
    expect(stored.quotes).toHaveLength(1);
    expect(stored.quotes[0]!.text.replace(/\s+/g, ' ')).toBe(passage.replace(/\s+/g, ' '));
    expect(stored.quotes[0]!.citations.map((citation) => citation.sourceId)).toContain(first!.id);
    expect(stored.issueRows[0]!.citations).toHaveLength(2);
    expect(JSON.stringify(stored.narrative.lexical)).toContain(first!.id);
  });
});
