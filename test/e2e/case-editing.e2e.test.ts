import { expect, it } from 'vitest';
import { describeE2E, openApp, screenshot } from './harness.ts';
import { expectFocused, expectSaveStatus, firstColumn } from './rig/ui.ts';

const TITLE = 'Cathay Pacific data breach, 2018';
const ISSUES = [
  'Personal data of 9.4 million passengers exposed',
  'Disclosure came five months after discovery',
  'Regulators in Hong Kong and the UK open inquiries',
];

describeE2E('editing a case', () => {
  it('creates a case, titles it, adds three rows and reorders them; reopening the notebook shows it all in order', async () => {
    const app = await openApp();
    const { page } = app;

    await page.getByRole('main').getByRole('button', { name: 'New case' }).click();
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill(TITLE);

    await page.getByRole('tab', { name: 'Issue / response / impact' }).click();
    const section = page.getByRole('tabpanel', { name: 'Issue / response / impact' });
    const grid = section.getByRole('grid', { name: 'Issue / response / impact' });
    for (const [index, issue] of ISSUES.entries()) {
      await section.getByRole('button', { name: 'Add row' }).click();
      const editor = grid.getByRole('textbox', { name: `Issue, row ${index + 1}` });
      await expectFocused(editor);
      await page.keyboard.type(issue);
      await page.keyboard.press('Enter');
    }
    expect(await firstColumn(grid)).toEqual(ISSUES);

    // Row 3 moves up with the keyboard, then row 1 moves down with its button.
    await grid.getByRole('gridcell', { name: ISSUES[2] }).click();
    await page.keyboard.press('Alt+ArrowUp');
    await section.getByRole('button', { name: 'Move row 1 down' }).click();
    const reordered = [ISSUES[2], ISSUES[0], ISSUES[1]];
    await expect.poll(() => firstColumn(grid)).toEqual(reordered);
    await expectSaveStatus(page, 'Saved');
    await app.close();

    const reopened = await openApp({ notebookPath: app.notebookPath });
    const cases = reopened.page.getByRole('list', { name: 'Cases' });
    await cases.getByRole('button', { name: TITLE }).click();
    await expect.poll(() => reopened.page.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);
    expect(await reopened.page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(TITLE);
    await reopened.page.getByRole('tab', { name: 'Issue / response / impact' }).click();
    const reopenedGrid = reopened.page.getByRole('grid', { name: 'Issue / response / impact' });
    await expect.poll(() => firstColumn(reopenedGrid)).toEqual(reordered);
    await screenshot(reopened.page, 'case-editing-reopened');
    await reopened.close();
  });

  it('keeps what was typed when the window closes before the edit was saved', async () => {
    const app = await openApp();
    const { page } = app;
    await page.getByRole('main').getByRole('button', { name: 'New case' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Closed in a hurry');
    await page.getByRole('tab', { name: 'Issue / response / impact' }).click();
    await page.getByRole('button', { name: 'Add row' }).click();
    await expectFocused(page.getByRole('textbox', { name: 'Issue, row 1' }));
    await page.keyboard.type('Typed just before closing');
    await app.close(); // no Enter, no waiting for "Saved"

    const reopened = await openApp({ notebookPath: app.notebookPath });
    await reopened.page.getByRole('list', { name: 'Cases' }).getByRole('button', { name: 'Closed in a hurry' }).click();
    await reopened.page.getByRole('tab', { name: 'Issue / response / impact' }).click();
    await expect
      .poll(() => firstColumn(reopened.page.getByRole('grid', { name: 'Issue / response / impact' })))
      .toEqual(['Typed just before closing']);
    await reopened.close();
  });
});
