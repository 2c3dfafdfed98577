import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeE2E, openApp, screenshot } from './harness.ts';

const SEED = readFileSync(
  path.resolve(import.meta.dirname, '../../../shared/fixtures/seed/xiaomi-kol-2026.txt'),
  'utf8',
);

describeE2E('importing articles in the window', () => {
  it('imports the seed article and reports what it found, with its speaker linked to an actor', async () => {
    const app = await openApp();
    const { page } = app;
    await page.getByRole('main').getByRole('heading', { name: 'Welcome to Casebook' }).waitFor();
    await page.getByLabel('Article files to import').setInputFiles({
      name: 'xiaomi-kol-2026.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(SEED),
    });
    const report = page.getByRole('dialog', { name: /^Imported “/ });
    await report.waitFor();
    expect(await report.innerText()).toMatch(/linked to 1 actor/);
    await report.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Xiaomi and KOL/);
    await app.close();
  });

  it('shows a long import’s progress, and Cancel import leaves the notebook empty', async () => {
    const app = await openApp();
    const { page } = app;
    await page.getByRole('main').getByRole('heading', { name: 'Welcome to Casebook' }).waitFor();
    // About 8 MB of Markdown, parsed on a worker thread for several seconds.
    const big = `# Big\n\n${Array.from({ length: 1600 }, (_, index) => SEED.replaceAll('Xiaomi', `Xiaomi ${index}`)).join('\n\n')}`;
    await page.getByLabel('Article files to import').setInputFiles({
      name: 'big.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(big),
    });
    const dialog = page.getByRole('dialog', { name: 'Importing “big.md”' });
    await dialog.waitFor({ timeout: 10_000 });
    // The progress the services report reaches the window.
    await expect
      .poll(() => dialog.getByRole('status').innerText(), { timeout: 10_000 })
      .toMatch(/Reading the article|Finding/);
    await screenshot(page, 'import-progress');
    await dialog.getByRole('button', { name: 'Cancel import' }).click();
    const notifications = page.getByRole('region', { name: 'Notifications' });
    await expect.poll(() => notifications.innerText(), { timeout: 10_000 }).toMatch(/cancelled; nothing was added/);
    expect(await page.getByRole('list', { name: 'Cases' }).getByRole('listitem').count()).toBe(0);
    await app.close();
  }, 60_000);
});
