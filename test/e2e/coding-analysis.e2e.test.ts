import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, it, onTestFinished } from 'vitest';
import { callOk } from '../helpers/temp-notebook.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { describeE2E, openApp, screenshot } from './harness.ts';
import { choose } from './rig/fields.ts';

/**
 * Issue 6, acceptance 4 (the analysis part): code the sample case and see the recommendation; code one
 * more response as denial and see the mixing warning point at both responses, each link opening its item.
 */

interface UncodedSample {
  readonly notebookPath: string;
  readonly apologyEventId: string;
  readonly apologyTitle: string;
  readonly quoteId: string;
}

/** The sample case with every code taken off, so that the test codes it the way a person does. */
function uncodedSample(): UncodedSample {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-coding-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const notebookPath = join(dir, 'Crisis cases.casebook');
  const notebook = openNotebook(notebookPath, { create: true });
  try {
    const { caseId } = callOk(notebook.db, 'notebook.addSample', {});
    callOk(notebook.db, 'cases.update', { id: caseId, patch: { crisisCluster: null, crisisType: null } });
    const document = callOk(notebook.db, 'cases.get', { id: caseId });
    const uncoded = { strategy: null, benoit: null };
    for (const row of document.issueRows) callOk(notebook.db, 'issueRows.update', { id: row.id, patch: uncoded });
    for (const event of document.events) callOk(notebook.db, 'events.update', { id: event.id, patch: uncoded });
    for (const quote of document.quotes) callOk(notebook.db, 'quotes.update', { id: quote.id, patch: uncoded });
    const apology = document.events.find((event) => event.kind === 'apology');
    const quote = document.quotes[0];
    if (!apology || !quote) throw new Error('The sample case has an apology event and a quote.');
    return { notebookPath, apologyEventId: apology.id, apologyTitle: apology.title, quoteId: quote.id };
  } finally {
    notebook.close();
  }
}

async function openSection(page: Page, name: string): Promise<Locator> {
  await page.getByRole('tab', { name, exact: true }).click();
  const panel = page.getByRole('tabpanel', { name, exact: true });
  await panel.waitFor();
  return panel;
}

async function expectSectionShown(page: Page, name: string): Promise<void> {
  await expect
    .poll(() => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected'), { timeout: 5_000 })
    .toBe('true');
}

describeE2E('coding a case and its analysis', () => {
  it('recommends from the coded crisis type, then warns when a denial is mixed with the apology', async () => {
    const sample = uncodedSample();
    const app = await openApp({ notebookPath: sample.notebookPath });
    const { page } = app;
    await page
      .getByRole('list', { name: 'Cases' })
      .getByRole('button', { name: /Xiaomi KOL/ })
      .click();

    const analysis = page.getByRole('region', { name: 'Crisis analysis' });
    await expect
      .poll(() => analysis.innerText(), { timeout: 10_000 })
      .toContain('Code the crisis type in the overview to get a recommendation.');
    expect(await analysis.innerText()).toContain('No response is coded yet');

    // The crisis type (its cluster follows from it).
    await choose(page.getByRole('combobox', { name: 'Crisis type' }), 'Challenge');
    await expect
      .poll(() => analysis.innerText(), { timeout: 5_000 })
      .toContain('An accidental crisis calls for diminish strategies');

    // The apology, coded on its timeline event.
    const timeline = await openSection(page, 'Timeline');
    await choose(
      timeline
        .locator(`[data-event-id="${sample.apologyEventId}"]`)
        .getByRole('combobox', { name: 'Strategy', exact: true }),
      'Apology',
    );
    await openSection(page, 'Overview');
    await expect
      .poll(() => analysis.getByRole('list', { name: 'Postures used' }).textContent(), { timeout: 5_000 })
      .toBe('Rebuild 1');
    expect(await analysis.getByRole('list', { name: 'Warnings' }).count()).toBe(0);
    expect(await analysis.innerText()).toContain('No conflict with the guidance');

    // One more response, the quote, coded as denial.
    const quotes = await openSection(page, 'Quotes');
    await choose(
      quotes.locator(`[data-item-id="${sample.quoteId}"]`).getByRole('combobox', { name: 'Strategy', exact: true }),
      'Denial',
    );
    await openSection(page, 'Overview');
    const mixing = analysis.locator('[data-rule="1"]');
    await mixing.waitFor({ timeout: 5_000 });
    expect(await mixing.innerText()).toContain('Denying the crisis while also using rebuild strategies');
    const links = mixing.getByRole('button', { name: /^Open / });
    expect(await links.count()).toBe(2);
    const eventLink = mixing.getByRole('button', { name: `Open event “${sample.apologyTitle}”` });
    const quoteLink = mixing.getByRole('button', { name: /^Open quote “Xu Jieyun apologized/ });
    expect(await eventLink.count()).toBe(1);
    expect(await quoteLink.count()).toBe(1);

    await analysis.scrollIntoViewIfNeeded();
    await screenshot(page, 'analysis-panel');
    await choose(page.getByRole('combobox', { name: 'Theme', exact: true }), 'Dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await analysis.scrollIntoViewIfNeeded();
    await screenshot(page, 'analysis-panel-dark');

    // Each link opens its item.
    await quoteLink.click();
    await expectSectionShown(page, 'Quotes');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id')))
      .toBe(sample.quoteId);
    await openSection(page, 'Overview');
    await eventLink.click();
    await expectSectionShown(page, 'Timeline');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id')),
      )
      .toBe(sample.apologyEventId);

    await app.close();
  });
});
