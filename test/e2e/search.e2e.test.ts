import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { describeE2E, openApp, screenshot } from './harness.ts';
import { choose } from './rig/fields.ts';

const QQ_PAGE = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'web-pages', 'qq', 'source.html');

describeE2E('notebook search', () => {
  it('finds a word of a quote and a two-character Chinese word in a snapshot, and opens each hit', async () => {
    const app = await openApp({ sample: true, deviceScaleFactor: 2 });
    const { page } = app;
    const caseButton = page.getByRole('list', { name: 'Cases' }).getByRole('button', { name: /Xiaomi KOL/ });
    await caseButton.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Xiaomi KOL/);

    // A Chinese page (Tencent's report on DeepMind) saved in the library.
    await page.getByRole('button', { name: 'Source library' }).click();
    const main = page.getByRole('main');
    await main.getByTestId('library-file-input').setInputFiles({
      name: 'qq.html',
      mimeType: 'text/html',
      buffer: readFileSync(QQ_PAGE),
    });
    await page.getByText(/^Added “.*DeepMind/).waitFor({ timeout: 60_000 });
    await caseButton.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Xiaomi KOL/);

    // Ctrl+F finds in the case on screen and steps through its hits, the caret staying in the find box.
    await page.keyboard.press('Control+F');
    const find = page.getByRole('textbox', { name: 'Find in the case' });
    await find.pressSequentially('apolog', { delay: 20 });
    const findCount = page.locator('#case-find-count');
    await expect.poll(() => findCount.innerText()).toMatch(/^\d+\+? matches$/);
    // Each hit shows in the page: an item outlined, or the matched words highlighted in the narrative.
    const total = Number(/^(\d+)/.exec(await findCount.innerText())?.[1]);
    const shown: string[] = [];
    for (let index = 1; index <= total; index++) {
      await find.press('Enter');
      await expect.poll(() => findCount.innerText()).toMatch(new RegExp(`^${index} of ${total}`));
      await expect
        .poll(() =>
          page.evaluate(() =>
            (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('case-find')
              ? 'words'
              : document.querySelector('[data-find-current]') !== null
                ? 'outline'
                : 'nothing',
          ),
        )
        .not.toBe('nothing');
      shown.push(
        await page.evaluate(() =>
          (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('case-find') ? 'words' : 'outline',
        ),
      );
      if (shown.at(-1) === 'words') await screenshot(page, 'case-find');
    }
    expect(shown).toContain('words');
    expect(shown).toContain('outline');
    expect(await find.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await find.press('Escape');
    await expect.poll(() => find.count()).toBe(0);

    // Ctrl+Shift+F: results as you type, grouped by case and kind.
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.keyboard.press('Control+Shift+F');
    const panel = page.getByRole('region', { name: 'Notebook search' });
    const input = panel.getByRole('combobox', { name: 'Search the notebook' });
    await expect.poll(() => input.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await input.pressSequentially('revisited', { delay: 20 });
    const results = panel.getByRole('listbox', { name: 'Search results' });
    const quoteHit = results.getByRole('option', { name: /Xiaomi KOL.*, Quotes/ });
    await quoteHit.waitFor();
    expect(await quoteHit.locator('mark').first().innerText()).toBe('revisited');
    expect(await results.locator('.search-group').first().innerText()).toMatch(/Xiaomi KOL/);
    while ((await input.getAttribute('aria-activedescendant')) !== (await quoteHit.getAttribute('id')))
      await input.press('ArrowDown');
    await input.press('Enter');
    await expect.poll(() => page.getByRole('tab', { selected: true }).innerText()).toMatch(/^Quotes/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-item-id]') !== null)).toBe(true);

    // A two-character query finds the word inside the snapshot's unspaced Chinese text.
    await page.keyboard.press('Control+Shift+F');
    await input.fill('');
    await input.pressSequentially('围棋', { delay: 20 });
    const sourceHit = results.getByRole('option', { name: /^Sources: .*DeepMind/ });
    await sourceHit.waitFor();
    expect(await sourceHit.innerText()).toContain('in snapshot');
    expect(await sourceHit.locator('mark').first().innerText()).toBe('围棋');
    await input.fill('');
    await input.pressSequentially('revisited', { delay: 20 });
    await quoteHit.waitFor();
    const toasts = page.getByRole('button', { name: 'Dismiss notification' });
    while ((await toasts.count()) > 0) await toasts.first().click();
    await input.focus();
    await page.waitForTimeout(200);
    await screenshot(page, 'search-results-light');
    // The search took the sidebar's place; Escape gives it back (with the theme menu).
    await input.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await choose(page.getByRole('combobox', { name: 'Theme', exact: true }), 'Dark');
    await page.keyboard.press('Control+Shift+F');
    await input.fill('');
    await input.pressSequentially('围棋', { delay: 20 });
    await sourceHit.waitFor();
    await page.waitForTimeout(200);
    await screenshot(page, 'search-results-dark');
    const syntax = panel.getByText('Search syntax', { exact: true });
    await panel.locator('summary').click();
    await syntax.waitFor();
    await screenshot(page, 'search-syntax-dark');
    await panel.locator('summary').click();
    await input.focus();

    // Enter opens the source in the library, and its snapshot with the word found.
    await input.press('Enter');
    const viewer = page.getByRole('dialog', { name: /^Snapshot of .*DeepMind/ });
    await viewer.waitFor();
    expect(await viewer.getByRole('searchbox', { name: 'Find in snapshot' }).inputValue()).toBe('围棋');
    await expect.poll(() => viewer.locator('.snapshot-find-count').innerText()).toMatch(/^1 of \d+$/);
    await main.getByRole('heading', { level: 1, name: 'Source library' }).waitFor();
    await screenshot(page, 'search-snapshot-found');

    expect(app.requestsLeavingOrigin()).toEqual([]);
    await app.close();
  });
});
