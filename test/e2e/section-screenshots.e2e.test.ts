import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, openApp, screenshot } from './harness.ts';
import { choose, shownValue } from './rig/fields.ts';

/** Issue 3, acceptance 4: every section of the sample case, in the light and the dark theme. */

const SECTIONS = [
  'Overview',
  'Narrative',
  'Issue / response / impact',
  'Timeline',
  'Actors',
  'Quotes',
  'Facts and figures',
  'Lessons',
  'Sources',
] as const;

function slugOf(section: string): string {
  return section
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface PageGlobals {
  document: { documentElement: { dataset: Record<string, string | undefined> }; body: unknown };
  getComputedStyle(element: unknown): { backgroundColor: string };
}

/** The theme the window applied (its <html data-theme>) and the relative luminance of the page's background. */
async function appliedTheme(page: Page): Promise<{ theme: string | undefined; luminance: number }> {
  const { theme, background } = await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals;
    return {
      theme: page.document.documentElement.dataset['theme'],
      background: page.getComputedStyle(page.document.body).backgroundColor,
    };
  });
  const [r = 0, g = 0, b = 0] = (background.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return { theme, luminance: 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b) };
}

async function shootEverySection(page: Page, theme: 'light' | 'dark'): Promise<void> {
  for (const section of SECTIONS) {
    await page.getByRole('tab', { name: section, exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: section, exact: true });
    await panel.waitFor();
    // Let layout settle (fonts, virtualized lists measuring themselves, the editor mounting).
    await page.evaluate(() =>
      (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready.then(
        () => undefined,
      ),
    );
    await page.waitForTimeout(300);
    await screenshot(page, `${slugOf(section)}-${theme}`, { folder: 'sections' });
  }
}

describeE2E('screenshots of every section', () => {
  it('shows the sample case in each section in the light theme and, after the Theme switch, in the dark theme', async () => {
    const app = await openApp({ sample: true, deviceScaleFactor: 2 });
    const { page } = app;
    await page
      .getByRole('list', { name: 'Cases' })
      .getByRole('button', { name: /Xiaomi KOL/ })
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Xiaomi KOL/);

    const themeSelect = page.getByRole('combobox', { name: 'Theme', exact: true });
    expect(await shownValue(themeSelect)).toBe('Follow system');
    expect(await appliedTheme(page)).toMatchObject({ theme: 'light' });
    expect((await appliedTheme(page)).luminance, 'a light background').toBeGreaterThan(0.7);
    await shootEverySection(page, 'light');

    // Following the system: the window turns dark when the system does.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await appliedTheme(page)).theme).toBe('dark');
    // The manual switch wins over the system.
    await choose(themeSelect, 'Dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => (await appliedTheme(page)).theme).toBe('dark');
    expect((await appliedTheme(page)).luminance, 'a dark background').toBeLessThan(0.1);
    await shootEverySection(page, 'dark');

    expect(app.requestsLeavingOrigin()).toEqual([]);
    await app.close();
  });
});
