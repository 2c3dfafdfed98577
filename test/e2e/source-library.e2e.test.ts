import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeE2E, openApp, screenshot } from './harness.ts';
import { choose } from './rig/fields.ts';

const WEB_PAGES = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'web-pages');

/** Every saved page of the fixtures, named after its folder ("bbc-1.html"). */
function fixturePages(): { name: string; mimeType: string; buffer: Buffer }[] {
  return readdirSync(WEB_PAGES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: `${entry.name}.html`,
      mimeType: 'text/html',
      buffer: readFileSync(join(WEB_PAGES, entry.name, 'source.html')),
    }));
}

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** A local port nothing listens on (it was free a moment ago): a connection to it is refused. */
function closedPort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

describeE2E('the source library', () => {
  it('imports the fixture pages through "Import file…", filters them, opens one, in light and dark', async () => {
    const pages = fixturePages();
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const app = await openApp({ sample: true, deviceScaleFactor: 2 });
    const { page } = app;
    await page
      .getByRole('list', { name: 'Cases' })
      .getByRole('button', { name: /Xiaomi KOL/ })
      .waitFor();

    await page.getByRole('button', { name: 'Source library' }).click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Source library' }).waitFor();
    const countLine = main.locator('.library-count');
    await expect.poll(() => countLine.innerText()).toMatch(/^\d+ sources?$/);
    const before = Number((await countLine.innerText()).split(' ')[0]);

    await main.getByTestId('library-file-input').setInputFiles(pages);
    await page.getByText(`Added ${pages.length} of ${pages.length} files to the library.`).waitFor({ timeout: 60_000 });
    await expect.poll(() => countLine.innerText()).toBe(`${before + pages.length} sources`);

    // Search, then a filter from the library's own facets.
    const search = main.getByRole('searchbox', { name: 'Search sources' });
    await search.fill('Obama');
    const list = main.getByRole('list', { name: 'Sources' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    expect(await countLine.innerText()).toBe(`1 of ${before + pages.length} sources match`);
    await search.fill('');
    await choose(main.getByRole('combobox', { name: 'Language' }), 'fr');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    const lemonde = list.getByRole('button', { name: /Le projet de loi sur le renseignement/ });
    expect(await lemonde.innerText()).toContain('Snapshot');
    await lemonde.click();

    const detail = main.getByRole('region', { name: /^Source: Le projet de loi sur le renseignement/ });
    await detail.waitFor();
    expect(await detail.getByText(/^Snapshot captured/).count()).toBe(1);
    await choose(detail.getByRole('combobox', { name: 'Reliability' }), 'B Usually reliable');
    await choose(detail.getByRole('combobox', { name: 'Credibility' }), '2 Probably true');
    await expect.poll(() => lemonde.innerText()).toContain('B2');
    expect(await detail.getByText('Usually reliable', { exact: true }).count()).toBe(1);
    await choose(main.getByRole('combobox', { name: 'Language' }), 'Any language');
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(5);

    // The notebook-wide evidence check is a tab of the library.
    await main.getByRole('tab', { name: 'Evidence check' }).click();
    await expect.poll(() => main.getByRole('tabpanel', { name: 'Evidence check' }).innerText()).not.toBe('');
    await main.getByRole('tab', { name: 'Sources' }).click();
    await detail.waitFor();

    const toasts = page.getByRole('button', { name: 'Dismiss notification' });
    while ((await toasts.count()) > 0) await toasts.first().click();
    await page.waitForTimeout(300);
    await screenshot(page, 'library-light');
    await choose(page.getByRole('combobox', { name: 'Theme', exact: true }), 'Dark');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (globalThis as unknown as { document: { documentElement: { dataset: Record<string, string> } } }).document
              .documentElement.dataset['theme'],
        ),
      )
      .toBe('dark');
    await page.waitForTimeout(300);
    await screenshot(page, 'library-dark');

    expect(app.requestsLeavingOrigin()).toEqual([]);
    await app.close();
  });
  it('adds an image with its caption and alt text, and shows it inline with that alt text', async () => {
    const app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Source library' }).click();
    const main = page.getByRole('main');
    await main.getByText('The library is empty').waitFor();
    await main.getByTestId('library-file-input').setInputFiles({
      name: 'weibo-post.png',
      mimeType: 'image/png',
      buffer: Buffer.from(PNG_1X1, 'base64'),
    });
    const dialog = page.getByRole('dialog', { name: 'Describe the image' });
    await dialog.getByRole('textbox', { name: 'Caption' }).fill('The Weibo post that started the row');
    await dialog.getByRole('textbox', { name: 'Alt text' }).fill('A Weibo post accusing a rival of paying KOLs');
    await dialog.getByRole('button', { name: 'Add image' }).click();
    await page.getByText(/^Added “.+”\.$/).waitFor();
    const detail = main.getByRole('region', { name: /^Source: / });
    const image = detail.getByRole('img', { name: 'A Weibo post accusing a rival of paying KOLs' });
    await image.waitFor();
    expect(await image.evaluate((element) => (element as unknown as { naturalWidth: number }).naturalWidth)).toBe(1);
    expect(await main.getByRole('list', { name: 'Sources' }).innerText()).toContain('Image');
    expect(app.requestsLeavingOrigin()).toEqual([]);
    await app.close();
  });
  it('"Add from URL" checks the address, and keeps a URL it cannot reach as a source to capture later', async () => {
    const port = await closedPort();
    const app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Source library' }).click();
    const main = page.getByRole('main');
    await main.getByRole('button', { name: 'Add from URL' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add from URL' });
    const field = dialog.getByRole('textbox', { name: 'URL' });
    await field.fill('not a web address');
    await dialog.getByRole('button', { name: 'Capture' }).click();
    await dialog
      .getByText('“not a web address” is not a web address. Use one that starts with https:// or http://.')
      .waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    await field.fill(`http://127.0.0.1:${port}/2026/01/xiaomi-kol.html?utm_source=feed`);
    await dialog.getByRole('button', { name: 'Capture' }).click();
    await dialog
      .getByText(/^You are offline; the URL is kept and can be captured later\./)
      .waitFor({ timeout: 20_000 });
    await dialog.getByRole('button', { name: 'Close' }).click();
    const detail = main.getByRole('region', { name: /^Source: / });
    await detail.getByText('No snapshot yet').waitFor();
    expect(await detail.getByRole('textbox', { name: 'URL' }).inputValue()).toContain(
      `127.0.0.1:${port}/2026/01/xiaomi-kol.html`,
    );
    expect(await detail.getByRole('button', { name: 'Capture again' }).count()).toBe(1);
    expect(await main.locator('.library-count').innerText()).toBe('1 source');
    await app.close();
  });
});
