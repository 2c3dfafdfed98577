import { expect, it } from 'vitest';
import type { CasebookBridge } from '../../shared/contract/bridge.ts';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/content-security-policy.ts';
import { describeE2E, openApp, screenshot } from './harness.ts';

/** The few page globals these checks use (this project's Node tests have no DOM types). */
interface PageGlobals {
  casebook: CasebookBridge;
  document: {
    createElement(tag: 'script'): { textContent: string };
    head: { append(element: unknown): void };
    querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  };
  fetch(url: string): Promise<unknown>;
  inlineScriptRan?: boolean;
  tablesChangedEvents?: string[][];
}

describeE2E('the window under its Content-Security-Policy', () => {
  it("is served with the app's CSP as header and meta, and blocks eval, inline scripts and remote connections", async () => {
    const app = await openApp();
    const { page } = app;
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(
      await page.evaluate(() =>
        (globalThis as unknown as PageGlobals).document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content'),
      ),
    ).toBe(CONTENT_SECURITY_POLICY);
    await page.getByRole('main').getByRole('heading', { name: 'Welcome to Casebook' }).waitFor();
    expect(app.takeCspViolations(), 'violations while the app starts').toEqual([]);

    // DevTools evaluation itself may eval; code the page runs later (here a timer) may not.
    const evalOutcome = await page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          setTimeout(() => {
            try {
              resolve(String(eval('"eval ran"')));
            } catch (error) {
              resolve(error instanceof Error ? error.name : String(error));
            }
          }, 0),
        ),
    );
    expect(evalOutcome).toBe('EvalError');
    const functionOutcome = await page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          setTimeout(() => {
            try {
              // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point: the CSP must refuse it
              resolve(String(new Function('return "Function ran"')()));
            } catch (error) {
              resolve(error instanceof Error ? error.name : String(error));
            }
          }, 0),
        ),
    );
    expect(functionOutcome).toBe('EvalError');

    await page.evaluate(() => {
      const page = globalThis as unknown as PageGlobals;
      const script = page.document.createElement('script');
      script.textContent = 'globalThis.inlineScriptRan = true;';
      page.document.head.append(script);
    });
    const fetchOutcome = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).fetch('https://example.com/').then(
        () => 'fetched',
        (error: unknown) => (error instanceof Error ? error.name : String(error)),
      ),
    );
    expect(fetchOutcome).toBe('TypeError');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).inlineScriptRan ?? false)).toBe(false);

    await expect
      .poll(() => app.record.cspViolations.map((violation) => `${violation.directive} ${violation.blockedUri}`))
      .toEqual(
        expect.arrayContaining(['script-src eval', 'script-src-elem inline', 'connect-src https://example.com/']),
      );
    app.takeCspViolations();
    expect(app.requestsLeavingOrigin()).toEqual([]);
    await app.close();
  });

  it('is served by a rig that answers nothing outside the built renderer', async () => {
    const app = await openApp();
    const statusOf = async (path: string) => (await fetch(`${app.origin}${path}`)).status;
    expect(await statusOf('/index.html')).toBe(200);
    expect(await statusOf('/..%2F..%2Fpackage.json')).toBe(404);
    expect(await statusOf('/%2e%2e/%2e%2e/package.json')).toBe(404);
    expect(await statusOf('/assets/..%5C..%5Cpackage.json')).toBe(404);
    expect(await statusOf('/no-such-file.js')).toBe(404);
    await app.close();
  });

  it('sends no request beyond the local origin during a session with the sample case', async () => {
    const app = await openApp({ sample: true });
    const { page } = app;
    await page
      .getByRole('list', { name: 'Cases' })
      .getByRole('button', { name: /Xiaomi KOL/ })
      .click();
    for (const section of [
      'Overview',
      'Narrative',
      'Issue / response / impact',
      'Timeline',
      'Actors',
      'Quotes',
      'Facts and figures',
      'Lessons',
      'Sources',
    ]) {
      await page.getByRole('tab', { name: section }).click();
      await page.getByRole('tabpanel', { name: section }).waitFor();
    }
    await screenshot(page, 'security-session-sources');
    expect(app.record.requests.length).toBeGreaterThan(0);
    expect(app.requestsLeavingOrigin()).toEqual([]);
    expect(app.record.requests.every((request) => request.url.startsWith(`${app.origin}/`))).toBe(true);
    await app.close();
  });

  it('answers a wrong-typed request with invalid-request and an unknown procedure with unknown-procedure, changing nothing', async () => {
    const app = await openApp({ sample: true });
    const { page } = app;
    await page
      .getByRole('list', { name: 'Cases' })
      .getByRole('button', { name: /Xiaomi KOL/ })
      .waitFor();

    const outcome = await page.evaluate(async () => {
      const page = globalThis as unknown as PageGlobals;
      const bridge = page.casebook;
      const events: string[][] = [];
      bridge.on('tables-changed', ({ tables }) => events.push(tables));
      // Calls a page could make that the types forbid: the bridge must judge them at run time.
      const call = bridge.call as (procedure: unknown, request: unknown) => Promise<unknown>;

      const listed = await bridge.call('cases.list', {});
      if (!listed.ok) throw new Error(listed.error.message);
      const caseId = listed.value.cases[0]?.id ?? '';
      const before = await bridge.call('cases.get', { id: caseId });

      const wrongType = await call('cases.update', { id: caseId, patch: { title: 42 } });
      const missingField = await call('issueRows.create', { fields: { issue: 'no case id' } });
      const wrongShape = await call('cases.create', 'a title');
      const unknown = await call('cases.explode', { id: caseId });
      const after = await bridge.call('cases.get', { id: caseId });
      const eventsAfterFailures = events.length;

      const renamed = await bridge.call('cases.update', { id: caseId, patch: { title: 'Renamed through the bridge' } });
      return { before, after, wrongType, missingField, wrongShape, unknown, eventsAfterFailures, events, renamed };
    });

    expect(outcome.wrongType).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(outcome.missingField).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(outcome.wrongShape).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(outcome.unknown).toMatchObject({ ok: false, error: { code: 'unknown-procedure' } });
    expect(outcome.before.ok).toBe(true);
    expect(outcome.after).toEqual(outcome.before);
    expect(outcome.eventsAfterFailures, 'no tables-changed event for a failed call').toBe(0);
    // A good call through the same bridge writes and is announced, so the checks above could have failed.
    expect(outcome.renamed).toMatchObject({ ok: true, value: { title: 'Renamed through the bridge' } });
    expect(outcome.events).toEqual([['cases', 'tags']]);
    await app.close();
  });
});
