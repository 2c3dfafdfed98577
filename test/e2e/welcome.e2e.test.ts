import { expect, it } from 'vitest';
import { describeE2E, openApp, screenshot } from './harness.ts';

describeE2E('the welcome page of an empty notebook', () => {
  it('offers "New case" and "Open the sample case", and the latter opens the sample case', async () => {
    const app = await openApp();
    const { page } = app;
    const main = page.getByRole('main');

    await main.getByRole('heading', { name: 'Welcome to Casebook' }).waitFor();
    expect(await main.getByRole('button', { name: 'New case' }).isEnabled()).toBe(true);
    const openSample = main.getByRole('button', { name: 'Open the sample case' });
    expect(await openSample.isEnabled()).toBe(true);
    expect(await page.getByRole('list', { name: 'Cases' }).getByRole('listitem').count()).toBe(0);
    await screenshot(page, 'welcome');

    await openSample.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Xiaomi KOL/);
    expect(await main.getByRole('heading', { name: 'Welcome to Casebook' }).count()).toBe(0);
    const listed = page.getByRole('list', { name: 'Cases' }).getByRole('button', { name: /Xiaomi KOL/ });
    await listed.waitFor();
    expect(await listed.getAttribute('aria-current')).toBe('true');
    await screenshot(page, 'welcome-sample-opened');
    await app.close();
  });

  it('answers the menu\'s "add sample" command by opening the sample case', async () => {
    const app = await openApp();
    const { page } = app;
    await page.getByRole('main').getByRole('heading', { name: 'Welcome to Casebook' }).waitFor();
    await app.push('menu-command', { command: 'add-sample' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Xiaomi KOL/);
    await app.close();
  });
});
