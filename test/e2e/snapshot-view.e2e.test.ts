import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { CasebookBridge } from '../../shared/contract/bridge.ts';
import { describeE2E, openApp, screenshot } from './harness.ts';
import { expectFocused } from './rig/ui.ts';

interface PageWithBridge {
  readonly casebook: CasebookBridge;
}

const WEB_PAGES = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'fixtures', 'web-pages');

/** A right-to-left page: Arabic, with no dir attribute, as many saved pages come. */
const ARABIC_PAGE = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>شاومي تعتذر عن حملة المؤثرين</title></head>
<body><article><h1>شاومي تعتذر عن حملة المؤثرين</h1>
<p>قالت شركة شاومي إنها ستتعاون مع المنصة للتحقيق في المنشورات المدفوعة التي استهدفت منافسيها خلال الأسبوع الماضي.</p>
<p>وأضاف المتحدث باسم الشركة أن الحملة لم تكن بتوجيه من الإدارة، وأن الشركة ستعلن نتائج التحقيق في غضون أسبوعين.</p>
<p>ويرى محللون أن البيان قد لا يكفي لتهدئة العملاء قبل إطلاق المنتج الجديد في الشهر المقبل.</p>
</article></body></html>`;

async function addPages(
  page: Page,
  caseId: string,
  pages: { html?: string; base64?: string; url?: string }[],
): Promise<string[]> {
  return page.evaluate(
    async ({ id, list }) => {
      const bridge = (window as unknown as PageWithBridge).casebook;
      const row = await bridge.call('issueRows.create', {
        caseId: id,
        fields: { issue: 'Readers saw the posts as paid' },
      });
      if (!row.ok) throw new Error(row.error.message);
      const titles: string[] = [];
      for (const request of list) {
        const added = await bridge.call('sources.addFromHtml', request);
        if (!added.ok) throw new Error(added.error.message);
        const cited = await bridge.call('citations.add', {
          target: { kind: 'issueRow', id: row.value.id },
          citation: { sourceId: added.value.source.id, locator: null },
        });
        if (!cited.ok) throw new Error(cited.error.message);
        titles.push(added.value.source.title);
      }
      return titles;
    },
    { id: caseId, list: pages },
  );
}

async function openSnapshot(page: Page, title: string): Promise<{ viewer: Locator; frame: FrameLocator }> {
  await page.getByRole('tab', { name: 'Sources', exact: true }).click();
  await page.getByRole('button', { name: `View snapshot of ${title}`, exact: true }).click();
  const viewer = page.getByRole('dialog', { name: `Snapshot of “${title}”` });
  const frame = viewer.frameLocator('iframe');
  await frame.locator('main').waitFor();
  return { viewer, frame };
}

describeE2E('the snapshot viewer', () => {
  it('shows pages script-free with find, Quote this, safe links, light and dark, Chinese and right-to-left', async () => {
    const app = await openApp();
    const { page } = app;
    await page.getByRole('main').getByRole('button', { name: 'New case' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).waitFor();
    const caseId = await page.evaluate(async () => {
      const listed = await (window as unknown as PageWithBridge).casebook.call('cases.list', {});
      if (!listed.ok) throw new Error(listed.error.message);
      return listed.value.cases[0]?.id ?? '';
    });
    const [guardian, qq, arabic] = await addPages(page, caseId, [
      {
        html: readFileSync(resolve(WEB_PAGES, 'guardian-1', 'source.html'), 'utf8'),
        url: 'https://www.theguardian.com/world/2019/jan/03/whales',
      },
      // The QQ page's bytes, decoded by sniffing (UTF-8 bytes under a gb2312 declaration).
      { base64: readFileSync(resolve(WEB_PAGES, 'qq', 'source.html')).toString('base64') },
      { html: ARABIC_PAGE },
    ]);
    if (guardian === undefined || qq === undefined || arabic === undefined)
      throw new Error('The pages were not added.');

    // The Guardian page, in the light theme.
    const { viewer, frame } = await openSnapshot(page, guardian);
    const iframe = viewer.locator('iframe');
    expect(await iframe.getAttribute('sandbox')).toBe('allow-same-origin');
    expect(await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect(await frame.locator('html').getAttribute('lang')).toBe('en');
    expect(await viewer.getByText(/^Captured /).count()).toBe(1);
    expect(await viewer.getByRole('alert').count()).toBe(0);
    // The reader stylesheet was adopted: a serif face and a readable measure.
    const readerStyle = await frame.locator('main').evaluate((main) => {
      const style = getComputedStyle(main);
      return { font: style.fontFamily, maxWidth: style.maxWidth };
    });
    expect(readerStyle.font).toMatch(/serif/);
    expect(readerStyle.maxWidth).not.toBe('none');

    // Ctrl+F from inside the frame goes to the find box; Enter and Shift+Enter step through matches.
    await frame.locator('main p').first().click();
    await page.keyboard.press('Control+f');
    const find = viewer.getByRole('searchbox', { name: 'Find in snapshot' });
    await expectFocused(find);
    await find.fill('whale');
    const count = viewer.locator('.snapshot-find-count');
    await expect.poll(() => count.innerText()).toMatch(/^1 of \d+$/);
    const total = Number((await count.innerText()).split(' of ')[1]);
    expect(total).toBeGreaterThan(2);
    await find.press('Enter');
    expect(await count.innerText()).toBe(`2 of ${total}`);
    await find.press('Shift+Enter');
    await find.press('Shift+Enter');
    expect(await count.innerText()).toBe(`${total} of ${total}`);
    const highlighted = await frame.locator('main').evaluate(() => {
      const registry = (window as unknown as { CSS: { highlights: Map<string, { size: number }> } }).CSS.highlights;
      return {
        all: registry.get('snapshot-find')?.size ?? 0,
        current: registry.get('snapshot-find-current')?.size ?? 0,
      };
    });
    expect(highlighted).toEqual({ all: total, current: 1 });
    await screenshot(page, 'snapshot-light');

    // A link inside opens outside the app, through the safe bridge call; the frame stays where it is.
    const link = frame.locator('main a[href^="https://"]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await expect
      .poll(() => app.record.openedExternally.map((opened) => opened.url))
      .toContain(new URL(href ?? '').href);
    expect(await frame.locator('main').count()).toBe(1);

    // Quote this: select a passage in the frame, quote it from the floating bar.
    const passage = await frame
      .locator('main p')
      .nth(1)
      .evaluate((paragraph) => {
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        return selection?.toString().trim() ?? '';
      });
    expect(passage.length).toBeGreaterThan(20);
    const bar = page.getByRole('toolbar', { name: 'Selected passage' });
    await bar.getByRole('button', { name: 'Quote this' }).click();
    await page.getByText('Quoted in “Untitled case”.').waitFor();
    const quote = await page.evaluate(async (id) => {
      const document = await (window as unknown as PageWithBridge).casebook.call('cases.get', { id });
      if (!document.ok) throw new Error(document.error.message);
      return document.value.quotes[0];
    }, caseId);
    expect(quote?.text).toBe(passage);
    expect(quote?.citations[0]?.locator).toBe(passage.replace(/\s+/g, ' '));
    await viewer.getByRole('button', { name: 'Close', exact: true }).click();

    // The dark theme reaches the frame.
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    const dark = await openSnapshot(page, guardian);
    await expect.poll(() => dark.frame.locator('html').getAttribute('class')).toBe('snapshot-dark');
    const background = await dark.frame.locator('html').evaluate((html) => getComputedStyle(html).backgroundColor);
    expect(background).toBe('rgb(30, 31, 34)');
    await screenshot(page, 'snapshot-dark');
    await dark.viewer.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');

    // Chinese: the page's language reaches the frame, and find works on CJK text.
    const chinese = await openSnapshot(page, qq);
    // The QQ page declares no language; the text still reads and find works on CJK text.
    expect(await chinese.frame.locator('main').innerText()).toContain('人工智能');
    await chinese.viewer.getByRole('searchbox', { name: 'Find in snapshot' }).fill('人工智能');
    await expect.poll(() => chinese.viewer.locator('.snapshot-find-count').innerText()).toMatch(/^1 of \d+$/);
    await screenshot(page, 'snapshot-chinese');
    await chinese.viewer.getByRole('button', { name: 'Close', exact: true }).click();

    // Right to left: dir="auto" turns an Arabic page's direction around without a dir attribute in it.
    const rtl = await openSnapshot(page, arabic);
    expect(await rtl.frame.locator('html').getAttribute('lang')).toBe('ar');
    expect(await rtl.frame.locator('main').evaluate((main) => getComputedStyle(main).direction)).toBe('rtl');
    await screenshot(page, 'snapshot-rtl');
    await rtl.viewer.getByRole('button', { name: 'Text only' }).click();
    const text = rtl.viewer.getByRole('document', { name: 'Snapshot text' });
    expect(await text.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await rtl.viewer.getByRole('button', { name: 'Close', exact: true }).click();

    // The evidence check in the case header: the quote rests on one source; its link opens the quote.
    await page.getByRole('button', { name: /^Evidence check/ }).click();
    const check = page.getByRole('dialog', { name: 'Evidence check' });
    await expect.poll(() => check.getByRole('status').innerText()).toMatch(/^\d+ problems?$/);
    const single = check.getByRole('region', { name: 'Claims with a single source' });
    await screenshot(page, 'evidence-check');
    await single.getByRole('button').first().click();
    await check.waitFor({ state: 'detached' });
    await page.getByRole('tabpanel', { name: 'Quotes', exact: true }).waitFor();
    await expectFocused(page.getByRole('textbox', { name: 'Quote', exact: true }));

    await app.close();
  }, 120_000);
});
