import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { expect, it, onTestFinished } from 'vitest';
import type { CasebookBridge } from '../../shared/contract/bridge.ts';
import { describeE2E, openApp } from './harness.ts';
import { payload, PAYLOAD_TEMPLATES } from './xss/payloads.ts';

interface PageWithBridge {
  readonly casebook: CasebookBridge;
}

/** A server on 127.0.0.1 that counts requests to /hit/<n>: any request it sees is a payload that reached out. */
async function startHitServer(): Promise<{ origin: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.writeHead(204);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

const FILLER =
  'The company said the posts were written by paid commentators and that it would cooperate with the platform. ' +
  'Analysts were divided on whether the statement would calm customers before the product launch next week.';

/** A saved news page with the payloads in the middle of its article, as a person might save one. */
function articlePage(title: string, bodies: readonly string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<article><h1>${title}</h1><p>${FILLER} Marker of ${title}.</p>${bodies.join(`<p>${FILLER}</p>`)}<p>${FILLER}</p><p>${FILLER}</p></article>
</body></html>`;
}

/** Directives whose reports mean the policy refused to run or load something. */
const BLOCKING_DIRECTIVES = new Set([
  'script-src-attr',
  'script-src-elem',
  'style-src-elem',
  'style-src-attr',
  'base-uri',
  'img-src',
  'media-src',
  'font-src',
  'frame-src',
  'child-src',
  'object-src',
  'form-action',
  'connect-src',
]);

/** Payloads shown per page in the viewer: each is also imported and checked on its own. */
const PER_VIEWED_PAGE = 10;

/** What a stored or pasted DOM must never hold, by element and attribute; returns what it found. */
function dangerousIn(root: Element): string[] {
  const found: string[] = [];
  const tags =
    /^(script|iframe|frame|frameset|object|embed|style|base|meta|link|form|input|button|svg|math|template)$/i;
  for (const element of root.querySelectorAll('*')) {
    if (tags.test(element.localName)) found.push(`<${element.localName}>`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.localName}[${attribute.name}]`);
      if (
        /(href|src|action|data|srcdoc)$/i.test(attribute.name) &&
        /^\s*(javascript|vbscript|data:(?!image\/))/i.test(attribute.value)
      )
        found.push(`${element.localName}[${attribute.name}=${attribute.value.slice(0, 40)}]`);
    }
  }
  return found;
}

async function openSection(page: Page, name: string): Promise<Locator> {
  await page.getByRole('tab', { name, exact: true }).click();
  const panel = page.getByRole('tabpanel', { name, exact: true });
  await panel.waitFor();
  return panel;
}

describeE2E('the XSS corpus', () => {
  it('runs no payload pasted into the narrative, imported as a source or shown in the snapshot viewer', async () => {
    const started = Date.now();
    const hitServer = await startHitServer();
    const payloads = PAYLOAD_TEMPLATES.map((_, n) => payload(n, hitServer.origin));
    expect(payloads.length).toBeGreaterThanOrEqual(150);

    const app = await openApp();
    const { page } = app;
    const executions: number[] = [];
    const dialogs: string[] = [];
    await page.exposeFunction('__xss', (n: number) => {
      executions.push(n);
    });
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });

    await page.getByRole('main').getByRole('button', { name: 'New case' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).waitFor();
    const caseId = await page.evaluate(async () => {
      const listed = await (window as unknown as PageWithBridge).casebook.call('cases.list', {});
      if (!listed.ok) throw new Error(listed.error.message);
      return listed.value.cases[0]?.id ?? '';
    });

    // (a) Each payload pasted into the narrative as text/html, one paste event each.
    await openSection(page, 'Narrative');
    const editor = page.getByRole('textbox', { name: 'Narrative', exact: true });
    await editor.click();
    await editor.evaluate(async (root, list) => {
      for (const [index, html] of list.entries()) {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', `payload ${index}`);
        root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }, payloads);
    await expect.poll(() => editor.evaluate((root) => root.textContent.length)).toBeGreaterThan(0);
    expect(await editor.evaluate(dangerousIn), 'what the narrative editor holds after the pastes').toEqual([]);
    const afterPaste = app.takeCspViolations();

    // (b) Each payload imported as a saved HTML page through the contract, as the window calls it.
    const imported = await page.evaluate(
      async (pages) => {
        const ids: string[] = [];
        const refused: string[] = [];
        for (const [index, html] of pages.entries()) {
          const result = await (window as unknown as PageWithBridge).casebook.call('sources.addFromHtml', { html });
          if (result.ok) ids.push(result.value.source.id);
          else refused.push(`${index}: ${result.error.message}`);
        }
        return { ids, refused };
      },
      payloads.map((body, n) => articlePage(`XSS payload ${n}`, [body])),
    );
    expect(imported.refused, 'pages the import refused').toEqual([]);
    expect(imported.ids).toHaveLength(payloads.length);
    const storedHtml = await page.evaluate(async (ids) => {
      const htmls: string[] = [];
      for (const sourceId of ids) {
        const snapshot = await (window as unknown as PageWithBridge).casebook.call('snapshots.get', { sourceId });
        htmls.push(snapshot.ok ? snapshot.value.html : `(no snapshot: ${snapshot.error.message})`);
      }
      return htmls;
    }, imported.ids);
    const storedProblems = await page.evaluate((htmls) => {
      const problems: string[] = [];
      for (const [index, html] of htmls.entries()) {
        const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
        const root = parsed.body;
        const tags = /^(script|iframe|frame|frameset|object|embed|style|base|meta|link|form|svg|math|template|img)$/i;
        for (const element of root.querySelectorAll('*')) {
          if (tags.test(element.localName)) problems.push(`${index}: <${element.localName}>`);
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name)) problems.push(`${index}: ${attribute.name}`);
            if (/^\s*(javascript|vbscript|data):/i.test(attribute.value))
              problems.push(`${index}: ${attribute.name}=${attribute.value}`);
          }
        }
      }
      return problems;
    }, storedHtml);
    expect(storedProblems, 'what the stored snapshots hold').toEqual([]);

    // (c) The payloads shown in the snapshot viewer, several to a page, each page hovered and clicked in.
    const batches: string[][] = [];
    for (let first = 0; first < payloads.length; first += PER_VIEWED_PAGE)
      batches.push(payloads.slice(first, first + PER_VIEWED_PAGE));
    const viewed = await page.evaluate(
      async ({ caseId: id, pages }) => {
        const bridge = (window as unknown as PageWithBridge).casebook;
        const row = await bridge.call('issueRows.create', {
          caseId: id,
          fields: { issue: 'Cites every payload page' },
        });
        if (!row.ok) throw new Error(row.error.message);
        const titles: string[] = [];
        for (const html of pages) {
          const added = await bridge.call('sources.addFromHtml', { html });
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
      { caseId, pages: batches.map((bodies, index) => articlePage(`XSS batch ${index + 1}`, bodies)) },
    );
    const afterImport = app.takeCspViolations();
    const sources = await openSection(page, 'Sources');
    for (const title of viewed) {
      await sources.getByRole('button', { name: `View snapshot of ${title}`, exact: true }).click();
      const viewer = page.getByRole('dialog', { name: `Snapshot of “${title}”` });
      const reader = viewer.frameLocator('iframe').locator('main');
      // Readability keeps what it judges the article: not always the first paragraph, never nothing.
      await expect.poll(() => reader.innerText(), { timeout: 10_000 }).toMatch(/paid commentators/);
      await reader.hover();
      await reader.click({ position: { x: 40, y: 12 } });
      await viewer.getByRole('button', { name: 'Close', exact: true }).click();
      await viewer.waitFor({ state: 'detached' });
    }
    // Anything a payload scheduled (timers, refreshes, animations) has had time to fire.
    await page.waitForTimeout(1500);

    const afterView = app.takeCspViolations();
    const violations = [...afterPaste, ...afterImport, ...afterView];
    const leaving = app.requestsLeavingOrigin();
    console.log(
      `XSS corpus: ${payloads.length} payloads × 3 surfaces, ${executions.length} executions, ${dialogs.length} dialogs, ` +
        `${leaving.length + hitServer.hits.length} requests (${violations.length} attempts blocked by the CSP, ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
    // Chromium checks pasted HTML against the window's policy even while DOMParser parses it into an inert
    // document: those reports are attempts the CSP blocked, never executions (executions stay at zero).
    const blocked = new Map<string, number>();
    for (const [surface, list] of [
      ['paste', afterPaste],
      ['import', afterImport],
      ['viewer', afterView],
    ] as const)
      for (const violation of list) {
        const key = `${surface}: ${violation.directive}`;
        blocked.set(key, (blocked.get(key) ?? 0) + 1);
      }
    for (const [key, count] of blocked) console.log(`  blocked by the CSP (${key}): ${count}`);
    expect(
      violations.filter((violation) => !BLOCKING_DIRECTIVES.has(violation.directive)),
      'CSP reports of other directives',
    ).toEqual([]);
    expect(afterView, 'CSP reports while the snapshot viewer showed the payloads').toEqual([]);
    expect(executions, 'payloads that ran').toEqual([]);
    expect(dialogs, 'dialogs opened').toEqual([]);
    expect(leaving, 'requests that left the local origin').toEqual([]);
    expect(hitServer.hits, 'requests that reached the hit server').toEqual([]);
    expect(
      app.record.openedExternally.filter((opened) => !opened.opened),
      'links the window tried to open outside that are not http, https or mailto',
    ).toEqual([]);
    await app.close();
  }, 300_000);
});
