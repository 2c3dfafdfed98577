import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Minimal shapes of the page's globals, for code run inside the page (this project's Node tests have no DOM types). */
export interface PageElement {
  readonly textContent: string | null;
  readonly ownerDocument: { readonly activeElement: unknown };
}

/** Waits until `locator` has keyboard focus. */
export async function expectFocused(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((element: PageElement) => element.ownerDocument.activeElement === element), {
      timeout: 5_000,
    })
    .toBe(true);
}

/** Waits until the window's save status (the one role=status region) says exactly `text`. */
export async function expectSaveStatus(page: Page, text: string): Promise<void> {
  await expect.poll(async () => (await page.getByRole('status').innerText()).trim(), { timeout: 5_000 }).toBe(text);
}

/** The text of the first cell of every data row of an ARIA grid, top to bottom. */
export async function firstColumn(grid: Locator): Promise<string[]> {
  const rows = grid.getByRole('row').filter({ has: grid.page().getByRole('gridcell') });
  const texts: string[] = [];
  for (const row of await rows.all()) texts.push((await row.getByRole('gridcell').first().innerText()).trim());
  return texts;
}
