import { expect, it } from 'vitest';
import { describeE2E, openApp, screenshot } from './harness.ts';

describeE2E('keeping work safe: version history and backups', () => {
  it('restores an earlier version of a case from History, keeping the replaced state as a version', async () => {
    const app = await openApp({ sample: true });
    const { page } = app;
    await page
      .getByRole('list', { name: 'Cases' })
      .getByRole('button', { name: /Xiaomi KOL/ })
      .click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.innerText()).toMatch(/Xiaomi KOL/);
    const original = await heading.innerText();

    await page.getByRole('button', { name: 'History…' }).click();
    let history = page.getByRole('dialog', { name: /^History of/ });
    await history.getByRole('button', { name: 'Keep a version now' }).click();
    await history
      .getByRole('listbox', { name: 'Versions, newest first' })
      .getByRole('option', { name: /Kept by hand/ })
      .waitFor();
    await history.getByRole('button', { name: 'Close' }).click();

    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('Xiaomi, renamed by mistake');
    await expect.poll(() => heading.innerText()).toBe('Xiaomi, renamed by mistake');
    await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();

    await page.getByRole('button', { name: 'History…' }).click();
    history = page.getByRole('dialog', { name: /^History of/ });
    await history.getByRole('option', { name: /Kept by hand/ }).click();
    await screenshot(page, 'history');
    await history.getByRole('button', { name: 'Restore this version' }).click();
    await page
      .getByRole('dialog', { name: /^Restore the version of/ })
      .getByRole('button', { name: 'Restore version' })
      .click();
    await expect.poll(() => heading.innerText()).toBe(original);

    await page.getByRole('button', { name: 'History…' }).click();
    history = page.getByRole('dialog', { name: /^History of/ });
    const newest = history.getByRole('listbox', { name: 'Versions, newest first' }).getByRole('option').first();
    await expect.poll(() => newest.innerText()).toMatch(/Before a restore/);
    await newest.click();
    await history.getByText('“Xiaomi, renamed by mistake”').waitFor();
    await app.close();
  });

  it('backs the notebook up on request and lists the checked backup', async () => {
    const app = await openApp({ sample: true, checksAfterOpening: false });
    const { page } = app;
    await page.getByRole('button', { name: 'Backups' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog.getByText(/No backups yet/).waitFor();
    await dialog.getByRole('button', { name: 'Back up now' }).click();
    await dialog.getByRole('cell', { name: 'Made on request' }).waitFor();
    await screenshot(page, 'backups');
    await app.close();
  });
});
