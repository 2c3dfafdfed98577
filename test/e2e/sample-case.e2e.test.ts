import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeE2E, openApp, screenshot } from './harness.ts';
import { firstColumn } from './rig/ui.ts';

const ARTICLE = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'seed', 'xiaomi-kol-2026.txt');

/** The Issue column of the article's Markdown table, which the page cuts off inside its last row. */
function articleIssues(): string[] {
  const tableLines = readFileSync(ARTICLE, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|'));
  return tableLines
    .slice(2) // the header and the |---| line
    .map((line) => line.split('|')[1]?.trim() ?? '')
    .filter((issue) => issue !== '');
}

describeE2E('the sample case', () => {
  it("opens from the case list and shows the article's issue / response / impact rows, the cut-off last row marked incomplete", async () => {
    const expectedIssues = articleIssues();
    expect(expectedIssues.length, 'rows in the article').toBe(3);
    const app = await openApp({ sample: true });
    const { page } = app;

    await page
      .getByRole('list', { name: 'Cases' })
      .getByRole('button', { name: /Xiaomi KOL/ })
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Xiaomi KOL/);

    await page.getByRole('tab', { name: 'Issue / response / impact' }).click();
    const grid = page.getByRole('grid', { name: 'Issue / response / impact' });
    const columnHeaders = await grid.getByRole('columnheader').allInnerTexts();
    expect(columnHeaders.slice(0, 3)).toEqual(['Issue', 'Response', 'Impact']);

    const rows = grid.getByRole('row').filter({ has: page.getByRole('gridcell') });
    await expect.poll(() => firstColumn(grid)).toEqual(expectedIssues);
    const last = expectedIssues.length - 1;
    for (const [index, row] of (await rows.all()).entries()) {
      const incomplete = (await row.getByText('Incomplete', { exact: true }).count()) > 0;
      expect(incomplete, `row ${index + 1} marked incomplete`).toBe(index === last);
      const [response, impact] = [
        await row.getByRole('gridcell').nth(1).innerText(),
        await row.getByRole('gridcell').nth(2).innerText(),
      ];
      expect(response.trim() === '' && impact.trim() === '', `row ${index + 1} has no response and no impact`).toBe(
        index === last,
      );
    }

    // The README's picture of the window.
    await screenshot(page, 'casebook-window');
    await app.close();
  });
});
