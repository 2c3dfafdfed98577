import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { onTestFinished, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../shared/contract/procedures.ts';
import type { Result } from '../../shared/contract/result.ts';
import { dispatch, dispatchAsync } from '../../electron/services/dispatch.ts';
import { createPreparers } from '../../electron/services/preparers.ts';
import type { FetchPageOptions } from '../../electron/services/snapshots/fetch-page.ts';
import { getSnapshotOriginal } from '../../electron/store/snapshots.ts';
import { findSourceByNormalizedUrl } from '../../electron/store/sources.ts';
import { rowCount } from '../helpers/inspect.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';
import { encodeAs } from './snapshots/legacy-encoder.ts';

type Route = (request: IncomingMessage, response: ServerResponse) => void;

interface LocalServer {
  readonly origin: string;
  /** The headers of every request the server got, in order. */
  readonly seen: { url: string; headers: IncomingHttpHeaders }[];
}

/** A web server on 127.0.0.1 with these routes (by path), closed when the test ends. */
async function localServer(routes: Record<string, Route>): Promise<LocalServer> {
  const seen: LocalServer['seen'] = [];
  const server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', headers: request.headers });
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (route) route(request, response);
    else response.writeHead(404, { 'Content-Type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

/** A port nothing listens on: opened, then closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const html =
  (body: string, type = 'text/html; charset=utf-8'): Route =>
  (_request, response) => {
    response.writeHead(200, { 'Content-Type': type }).end(body);
  };
const redirect =
  (to: string, status = 302): Route =>
  (_request, response) => {
    response.writeHead(status, { Location: to }).end();
  };

const PARAGRAPH =
  'The company said on Monday that an agency it had hired paid online commentators to attack a rival, and that ' +
  'it had ended the contract and apologised to the people named in the posts. ';
const ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Maker ends contract with PR agency</title>
  <meta property="og:site_name" content="Local Daily"><meta name="author" content="Li Wei">
  <meta property="article:published_time" content="2026-01-14T08:00:00Z"></head>
  <body><nav>Home</nav><article><h1>Maker ends contract with PR agency</h1><p>${PARAGRAPH.repeat(3)}</p>
  <p onmouseover="alert(1)">${PARAGRAPH.repeat(2)}<a href="javascript:alert(1)">more</a></p><script>alert(1)</script>
  <iframe src="https://ads.example.com/"></iframe></article></body></html>`;

type Capture = ResponseOf<'sources.captureUrl'>;

async function capture(
  notebook: TempNotebook,
  request: object,
  options: FetchPageOptions = {},
): Promise<Result<Capture>> {
  return (await dispatchAsync(notebook.db, 'sources.captureUrl', request, createPreparers(options))) as Result<Capture>;
}

async function captured(notebook: TempNotebook, request: object, options: FetchPageOptions = {}): Promise<Capture> {
  const result = await capture(notebook, request, options);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function sourceCount(notebook: TempNotebook): number {
  return rowCount(notebook.db, 'sources');
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

describe('sources.captureUrl', () => {
  it('captures a page into a source with its metadata, a sanitized snapshot and the original bytes', async () => {
    const server = await localServer({ '/news/maker': html(ARTICLE) });
    const notebook = tempNotebook();
    const url = `${server.origin}/news/maker?utm_source=newsletter&id=7`;
    const answer = await captured(notebook, { url });
    expect(answer.outcome).toBe('captured');
    expect(answer.message).toBeNull();
    expect(answer.merged).toBe(false);
    expect(answer.source).toMatchObject({
      url,
      title: 'Maker ends contract with PR agency',
      publisher: 'Local Daily',
      authors: ['Li Wei'],
      publishedOn: '2026-01-14T08:00:00Z',
      language: 'en',
      accessedOn: today(),
    });
    const snapshot = answer.source.snapshot!;
    expect(snapshot.text).toContain('paid online commentators');
    expect(snapshot.html).not.toMatch(/<script|onmouseover|javascript:|<iframe|alert/i);
    expect(snapshot.sha256).toMatch(/^[0-9a-f]{64}$/);
    const original = getSnapshotOriginal(notebook.db, answer.source.id);
    expect(original?.type).toMatch(/^text\/html; charset=utf-8/);
    // The tracking parameter is gone from the address sources merge on; the other one is kept.
    expect(findSourceByNormalizedUrl(notebook.db, `${server.origin}/news/maker?id=7`)?.source.id).toBe(
      answer.source.id,
    );
  });

  it('reads a page in the charset its Content-Type declares', async () => {
    const page = `<html><head><title>小米回应黑公关事件</title></head><body><article><p>${'小米集团公关部发布声明称，已向公安机关报案。'.repeat(20)}</p></article></body></html>`;
    const server = await localServer({
      '/gbk': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=GBK' }).end(Buffer.from(encodeAs('gbk', page)));
      },
    });
    const notebook = tempNotebook();
    const answer = await captured(notebook, { url: `${server.origin}/gbk` });
    expect(answer.source.title).toBe('小米回应黑公关事件');
    expect(answer.source.snapshot?.text).toContain('已向公安机关报案');
  });

  it('follows a chain of redirects, keeps the address given and says where it led', async () => {
    const server = await localServer({
      '/short': redirect('/step-1', 301),
      '/step-1': redirect('/step-2', 307),
      '/step-2': redirect('/final#section', 302),
      '/final': html(ARTICLE),
    });
    const notebook = tempNotebook();
    const answer = await captured(notebook, { url: `${server.origin}/short` });
    expect(answer.outcome).toBe('captured');
    expect(answer.source.url).toBe(`${server.origin}/short`);
    expect(answer.source.snapshot?.text).toContain('paid online commentators');
    expect(answer.warnings).toContain(
      `The address redirected to ${server.origin}/final; the source keeps the address you gave.`,
    );
    expect(server.seen.map((request) => request.url)).toEqual(['/short', '/step-1', '/step-2', '/final']);
  });

  it('stops after five redirects and keeps the address', async () => {
    const routes: Record<string, Route> = {};
    for (let step = 0; step < 10; step++) routes[`/loop-${step}`] = redirect(`/loop-${step + 1}`);
    const server = await localServer(routes);
    const notebook = tempNotebook();
    const answer = await captured(notebook, { url: `${server.origin}/loop-0` });
    expect(answer.outcome).toBe('failed');
    expect(answer.message).toMatch(/redirected more than 5 times/);
    expect(answer.message).toMatch(/address is kept/);
    expect(answer.source.snapshot).toBeNull();
    expect(server.seen).toHaveLength(6);
  });

  it('refuses a redirect to an address that is not http or https', async () => {
    for (const target of ['file:///etc/passwd', 'ftp://files.example.com/page.html', 'javascript:alert(1)']) {
      const server = await localServer({ '/away': redirect(target) });
      const notebook = tempNotebook();
      const answer = await captured(notebook, { url: `${server.origin}/away` });
      expect(answer.outcome, target).toBe('failed');
      expect(answer.message).toMatch(/only http and https addresses are fetched/);
      expect(answer.source.snapshot).toBeNull();
    }
  });

  it('refuses a request for an address that is not http or https, or carries a password, and writes nothing', async () => {
    const notebook = tempNotebook();
    for (const [url, message] of [
      ['ftp://files.example.com/report.html', /only http and https addresses are fetched, and this one is ftp:/],
      ['file:///C:/Users/me/page.html', /this one is file:/],
      ['javascript:alert(1)', /this one is javascript:/],
      ['https://user:secret@example.com/', /Casebook never sends credentials/],
      ['example.com/news', /is not a web address/],
    ] as const) {
      const result = await capture(notebook, { url });
      expect(result.ok, url).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-request');
        expect(result.error.message).toMatch(/^url: /);
        expect(result.error.message).toMatch(message);
      }
    }
    expect(sourceCount(notebook)).toBe(0);
  });

  it('stops reading a body over the size cap, even when the server does not announce its length', async () => {
    const big = `<html><body><p>${'x'.repeat(5000)}</p></body></html>`;
    const server = await localServer({
      '/announced': html(big),
      '/chunked': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' });
        for (let i = 0; i < 10; i++) response.write('<p>' + 'y'.repeat(1000) + '</p>');
        response.end();
      },
    });
    const notebook = tempNotebook();
    for (const path of ['/announced', '/chunked']) {
      const answer = await captured(notebook, { url: `${server.origin}${path}` }, { maxBytes: 2048 });
      expect(answer.outcome, path).toBe('failed');
      expect(answer.message).toMatch(/larger than 2 KB/);
      expect(answer.source.snapshot).toBeNull();
    }
  });

  it('gives up on a server that never answers after the time limit, keeping the address', async () => {
    const server = await localServer({ '/slow': () => undefined });
    const notebook = tempNotebook();
    const started = Date.now();
    const answer = await captured(notebook, { url: `${server.origin}/slow` }, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(answer.outcome).toBe('offline');
    expect(answer.message).toMatch(/did not answer within 300 ms/);
    expect(answer.source).toMatchObject({
      url: `${server.origin}/slow`,
      title: `${server.origin.slice(7)}/slow`,
      snapshot: null,
    });
  });

  it('answers a 404 with outcome "failed", keeping the address as a source to capture later', async () => {
    const server = await localServer({});
    const notebook = tempNotebook();
    const answer = await captured(notebook, { url: `${server.origin}/gone/story.html` });
    expect(answer.outcome).toBe('failed');
    expect(answer.message).toBe(
      'The server answered 404 Not Found. The address is kept so the page can be captured later.',
    );
    expect(answer.source).toMatchObject({ title: `${server.origin.slice(7)}/gone/story.html`, snapshot: null });
    expect(notebook.call('sources.get', { id: answer.source.id }).url).toBe(`${server.origin}/gone/story.html`);
  });

  it('answers with outcome "offline" when nothing listens, keeping the address', async () => {
    const port = await closedPort();
    const notebook = tempNotebook();
    const url = `http://127.0.0.1:${port}/statement`;
    const answer = await captured(notebook, { url });
    expect(answer.outcome).toBe('offline');
    expect(answer.message).toMatch(/refused the connection.*kept so the page can be captured later/);
    expect(answer.source).toMatchObject({ url, title: `127.0.0.1:${port}/statement`, snapshot: null });
  });

  it('keeps a PDF as a dropped PDF is kept: the file, its text, and the address', async () => {
    const pdf = tinyPdf({
      pages: [['Xiaomi Corporation statement', 'We have reported the accounts to the police.']],
      info: { title: 'Statement on online rumours' },
    });
    const server = await localServer({
      '/files/statement.pdf': (_request, response) =>
        response.writeHead(200, { 'Content-Type': 'application/pdf' }).end(pdf),
      '/download': (_request, response) =>
        response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(pdf),
    });
    const notebook = tempNotebook();
    const url = `${server.origin}/files/statement.pdf`;
    const answer = await captured(notebook, { url });
    expect(answer.outcome).toBe('captured');
    expect(answer.source).toMatchObject({
      url,
      title: 'Statement on online rumours',
      kind: 'report',
      accessedOn: today(),
    });
    expect(answer.source.snapshot?.text).toContain('We have reported the accounts to the police.');
    const file = notebook.call('sources.getFile', { sourceId: answer.source.id });
    expect(file).toMatchObject({ mediaType: 'application/pdf', fileName: 'statement.pdf' });
    expect(Buffer.from(file.base64, 'base64').equals(pdf)).toBe(true);
    // The same bytes sent as "octet-stream" are recognised as the same PDF, not added twice.
    const again = await captured(notebook, { url: `${server.origin}/download` });
    expect(again.outcome).toBe('captured');
    expect(again.source.id).toBe(answer.source.id);
    expect(sourceCount(notebook)).toBe(1);
  });

  it('says so when a PDF cannot be read, keeping the address', async () => {
    const server = await localServer({ '/broken.pdf': html('%PDF-1.7 nothing else', 'application/pdf') });
    const notebook = tempNotebook();
    const answer = await captured(notebook, { url: `${server.origin}/broken.pdf` });
    expect(answer.outcome).toBe('failed');
    expect(answer.message).toMatch(/^The address is a PDF that could not be read: .+ The address is kept/);
    expect(answer.source.snapshot).toBeNull();
  });

  it('refuses what is neither a web page nor a PDF, naming what it is', async () => {
    const server = await localServer({
      '/photo.png': html('PNG', 'image/png'),
      '/blob': html('just bytes', 'application/octet-stream'),
    });
    const notebook = tempNotebook();
    const png = await captured(notebook, { url: `${server.origin}/photo.png` });
    expect(png.outcome).toBe('failed');
    expect(png.message).toMatch(/^The address is not a web page \(the server says it is image\/png\)\./);
    const blob = await captured(notebook, { url: `${server.origin}/blob` });
    expect(blob.message).toMatch(/neither a web page nor a PDF/);
  });

  it('captures a kept address later through sourceId, taking the page title and filling only empty fields', async () => {
    let up = false;
    const server = await localServer({
      '/later': (request, response) =>
        up ? html(ARTICLE)(request, response) : response.writeHead(503, { 'Content-Type': 'text/html' }).end('busy'),
    });
    const notebook = tempNotebook();
    const first = await captured(notebook, { url: `${server.origin}/later` });
    expect(first.outcome).toBe('failed');
    notebook.call('sources.update', { id: first.source.id, patch: { publisher: 'Set by hand', reliability: 'B' } });
    up = true;
    const second = await captured(notebook, { sourceId: first.source.id });
    expect(second.outcome).toBe('captured');
    expect(second.merged).toBe(true);
    expect(second.source).toMatchObject({
      id: first.source.id,
      title: 'Maker ends contract with PR agency',
      publisher: 'Set by hand',
      reliability: 'B',
      authors: ['Li Wei'],
    });
    expect(second.source.snapshot?.text).toContain('paid online commentators');
    expect(sourceCount(notebook)).toBe(1);
  });

  it('merges a second capture of the same page, under another form of its address, into one source', async () => {
    const server = await localServer({ '/news/maker': html(ARTICLE), '/news/maker/': html(ARTICLE) });
    const notebook = tempNotebook();
    const first = await captured(notebook, { url: `${server.origin}/news/maker?utm_campaign=jan` });
    const second = await captured(notebook, {
      url: `${server.origin.toUpperCase().replace('HTTP', 'http')}/news/maker/?fbclid=abc#top`,
    });
    expect(second.merged).toBe(true);
    expect(second.source.id).toBe(first.source.id);
    expect(second.warnings.some((warning) => warning.startsWith('This replaces the snapshot captured at'))).toBe(true);
    expect(sourceCount(notebook)).toBe(1);
  });

  it('never sends cookies or credentials, and names itself', async () => {
    const server = await localServer({
      '/set': (_request, response) => {
        response.writeHead(302, { Location: '/page', 'Set-Cookie': 'session=secret; Path=/' }).end();
      },
      '/page': html(ARTICLE),
    });
    const notebook = tempNotebook();
    await captured(notebook, { url: `${server.origin}/set` });
    await captured(notebook, { url: `${server.origin}/page` });
    expect(server.seen.length).toBe(3);
    for (const request of server.seen) {
      expect(request.headers.cookie).toBeUndefined();
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers['proxy-authorization']).toBeUndefined();
      expect(request.headers['user-agent']).toMatch(/^Casebook\/\S+ \(offline case notebook\)$/);
    }
  });

  it('is refused by the synchronous dispatch, which cannot wait for the network', () => {
    const notebook = tempNotebook();
    const result = dispatch(notebook.db, 'sources.captureUrl', { url: 'https://example.com/' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/dispatchAsync/);
  });
});

describe('captureUrl on the real saved pages', () => {
  it('captures a fixture page served over HTTP with its expected title', async () => {
    const bytes = readFileSync(new URL('../../../shared/fixtures/web-pages/lemonde-1/source.html', import.meta.url));
    const expected = JSON.parse(
      readFileSync(
        new URL('../../../shared/fixtures/web-pages/lemonde-1/expected-metadata.json', import.meta.url),
        'utf8',
      ),
    ) as { title: string };
    const server = await localServer({
      '/article': (_request, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end(bytes),
    });
    const notebook = tempNotebook();
    const answer = await captured(notebook, { url: `${server.origin}/article` });
    expect(answer.source.title).toBe(expected.title);
    expect(answer.source.snapshot?.text.length).toBeGreaterThan(500);
  });
});
