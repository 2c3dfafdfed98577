import { expect, it } from 'vitest';
import { describeE2E, openApp, screenshot } from './harness.ts';

describeE2E('case templates and the codebook', () => {
  it('creates a case from the data-breach template and renames a code in the codebook view', async () => {
    const app = await openApp({ deviceScaleFactor: 2 });
    const { page } = app;
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Welcome to Casebook' }).waitFor();

    await main.getByRole('button', { name: 'Start from a template…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New case from template' });
    await dialog.getByRole('radio', { name: 'Data breach' }).check();
    await dialog.getByRole('region', { name: 'Preview of Data breach' }).waitFor();
    await screenshot(page, 'new-case-from-template', { folder: 'templates' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Acme customer data breach');
    await dialog.getByRole('button', { name: 'Create case' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Acme customer data breach');

    await page.getByRole('tab', { name: 'Narrative' }).click();
    const editor = page.getByRole('textbox', { name: 'Narrative' });
    await editor.getByRole('heading', { name: 'Detection and disclosure' }).waitFor();
    expect(await editor.getByText(/^Prompt: Who found the breach/).count()).toBe(1);
    await screenshot(page, 'data-breach-narrative', { folder: 'templates' });

    await page.keyboard.press('Control+p');
    await page.keyboard.type('Edit codebook');
    await page.keyboard.press('Enter');
    const codebook = page.getByRole('dialog', { name: 'Codebook' });
    const apology = codebook
      .getByRole('region', { name: 'SCCT response strategies' })
      .getByRole('listitem', { name: 'Apology' });
    await apology.getByRole('button', { name: 'Edit Apology' }).click();
    await apology.getByRole('textbox', { name: 'Label' }).fill('Full apology');
    await page.keyboard.press('Enter');
    const renamed = codebook.getByRole('listitem', { name: 'Full apology' });
    await renamed.getByText('Built-in label: Apology').waitFor();
    await renamed.scrollIntoViewIfNeeded();
    await screenshot(page, 'codebook-light', { folder: 'templates' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'codebook-dark', { folder: 'templates' });
    await app.close();
  });
});
