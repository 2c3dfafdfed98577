import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/content-security-policy.ts';
import { CALL_CHANNEL, pushChannel } from '../../shared/contract/events.ts';
import { PROCEDURE_NAMES, procedures } from '../../shared/contract/procedures.ts';
import { buildApp, PROJECT_ROOT, type BuiltBundles } from './build-bundles.ts';
import * as electron from './electron-stand-in.ts';

// The built bundle imports 'electron' (externalized); under Vitest that import gets the stand-in.
vi.mock('electron', () => import('./electron-stand-in.ts'));

const { record } = electron;
const OPEN_EXTERNAL_CHANNEL = 'casebook:open-external';
const FLUSH_DONE_CHANNEL = 'casebook:flushed';
const SAVE_PDF_CHANNEL = 'casebook:save-pdf';
const OPEN_BACKUP_COPY_CHANNEL = 'casebook:open-backup-copy';

let bundles: BuiltBundles;
let outDir: string | undefined;
let userData: string | undefined;
let window: electron.StandInWindow;

type Bridge = {
  call(procedure: string, request: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  openExternal(url: string): Promise<unknown>;
  onFlushRequest(flush: () => Promise<void>): () => void;
};

function trustedEvent() {
  return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
}

function iframeEvent() {
  const top = window.webContents.mainFrame;
  return {
    sender: window.webContents,
    senderFrame: { url: 'app://casebook/index.html', parent: top, processId: top.processId, routingId: 2 },
  };
}

async function call(event: object, procedure: unknown, request: unknown) {
  const handler = record.ipcHandlers.get(CALL_CHANNEL);
  if (handler === undefined) throw new Error('no handler on the call channel');
  return (await handler(event, procedure, request)) as {
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string };
  };
}

/** Everything a person could see in the notebook, read through the same validated path. */
async function visibleState() {
  return Promise.all(
    (
      [
        ['notebook.info', {}],
        ['cases.list', {}],
        ['sources.list', {}],
        ['trash.list', {}],
      ] as const
    ).map(([name, request]) => call(trustedEvent(), name, request)),
  );
}

/** Runs the built preload the way Electron's sandbox does: CommonJS, with a `require` that knows only 'electron'. */
function runBuiltPreload() {
  const code = readFileSync(bundles.preloadFile, 'utf8');
  const required: string[] = [];
  const exposed = new Map<string, unknown>();
  const pageListeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const ipcRenderer = {
    invoke: async (channel: string, ...args: unknown[]) => {
      const handler = record.ipcHandlers.get(channel);
      if (handler === undefined) throw new Error(`No handler registered for '${channel}'`);
      return handler(trustedEvent(), ...args);
    },
    send: (channel: string, ...args: unknown[]) => {
      for (const listener of record.ipcListeners.get(channel) ?? []) listener(trustedEvent(), ...args);
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      pageListeners.set(channel, [...(pageListeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      pageListeners.set(
        channel,
        (pageListeners.get(channel) ?? []).filter((entry) => entry !== listener),
      );
    },
  };
  window.webContents.deliverToPage = (channel, args) => {
    for (const listener of pageListeners.get(channel) ?? []) listener({ sender: 'the IPC event' }, ...args);
  };
  const pageElectron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer,
  };
  const module = { exports: {} };
  const requireForPreload = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require '${name}'`);
    return pageElectron;
  };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating our own build output, as Electron does
  new Function('require', 'module', 'exports', code)(requireForPreload, module, module.exports);
  return { required, exposed, bridge: exposed.get('casebook') as Bridge };
}

beforeAll(async () => {
  // Inside the project so the bundle's bare imports (zod, better-sqlite3) resolve and Vitest mocks 'electron'.
  mkdirSync(join(PROJECT_ROOT, 'test-results'), { recursive: true });
  outDir = mkdtempSync(join(PROJECT_ROOT, 'test-results', 'electron-bundles-'));
  bundles = await buildApp(outDir);
  userData = mkdtempSync(join(tmpdir(), 'casebook-built-app-'));
  record.paths.set('userData', userData);
  record.paths.set('documents', userData);

  await import(pathToFileURL(bundles.mainFile).href);
}, 120_000);

afterAll(() => {
  if (outDir !== undefined) rmSync(outDir, { recursive: true, force: true });
  if (userData !== undefined) rmSync(userData, { recursive: true, force: true });
});

describe('the built main process, before the app is ready', () => {
  it('registers app:// as a privileged standard, secure scheme and does nothing else with Electron yet', () => {
    expect(record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    expect(record.privilegedSchemes[0]).not.toHaveProperty('privileges.bypassCSP', true);
    expect(record.log).toEqual(['protocol.registerSchemesAsPrivileged', 'app.requestSingleInstanceLock']);
  });
});

describe('the built main process, once ready', () => {
  beforeAll(async () => {
    electron.becomeReady();
    await vi.waitFor(() => {
      if (record.windows.length !== 1) throw new Error('no window yet');
    });
    window = record.windows[0] as electron.StandInWindow;
  });

  it('opens one window with the locked-down preferences and the sandboxed CommonJS preload', () => {
    expect(record.log.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(record.log.indexOf('app.ready'));
    const preferences = window.options['webPreferences'] as Record<string, unknown>;
    expect(preferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(preferences['preload']).toBe(bundles.preloadFile);
    expect(existsSync(String(preferences['preload']))).toBe(true);
    expect(window.loadedUrl).toBe('app://casebook/index.html');
  });

  it('opens the default notebook in the user-data folder', () => {
    expect(existsSync(join(String(userData), 'Casebook.casebook'))).toBe(true);
    expect(record.dialogs).toEqual([]);
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'display-capture',
      'openExternal',
    ]) {
      record.permissionRequestHandler?.(
        window.webContents,
        permission,
        (granted: boolean) => answers.push(granted),
        {},
      );
      expect(record.permissionCheckHandler?.(window.webContents, permission, 'app://casebook', {})).toBe(false);
    }
    expect(answers).toEqual([false, false, false, false, false, false]);
  });

  it('denies permissions in every session it creates later, not only the default one', () => {
    let request: ((...args: unknown[]) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    let beforeRequest:
      ((details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void) | undefined;
    const printSession = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
      webRequest: { onBeforeRequest: (handler: typeof beforeRequest) => (beforeRequest = handler) },
    };
    electron.app.emit('session-created', printSession);
    const answers: boolean[] = [];
    request?.(window.webContents, 'media', (granted: boolean) => answers.push(granted), {});
    expect(answers).toEqual([false]);
    expect(check?.(window.webContents, 'clipboard-read', 'app://casebook', {})).toBe(false);
    const cancelled: boolean[] = [];
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    beforeRequest?.({ url: 'https://attacker.example/pixel.png' }, ({ cancel }) => cancelled.push(cancel));
    beforeRequest?.({ url: 'data:text/html;base64,PGgxPkNhc2U8L2gxPg==' }, ({ cancel }) => cancelled.push(cancel));
    expect(cancelled).toEqual([true, false]);
  });

  it('lets the window request only its own app:// files, data: and blob:, cancelling everything else', () => {
    const handler = record.beforeRequestHandler;
    if (handler === null) throw new Error('the default session has no request filter');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cancelled = (url: string) => {
      const answers: boolean[] = [];
      handler({ url }, ({ cancel }: { cancel: boolean }) => answers.push(cancel));
      return answers;
    };
    for (const url of [
      'app://casebook/index.html',
      'app://casebook/assets/index.js',
      'data:image/png;base64,AA==',
      'blob:app://casebook/0f0e',
    ])
      expect(cancelled(url), url).toEqual([false]);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5173/',
      'wss://attacker.example/',
      'file:///etc/passwd',
      'app://casebook.evil/index.html',
      'app://other/index.html',
    ])
      expect(cancelled(url), url).toEqual([true]);
  });

  it('prevents navigation and <webview>, and denies window.open', () => {
    const contents = window.webContents;
    expect(contents.fire('will-navigate', 'https://attacker.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://casebook/index.html')).toBe(true);
    expect(contents.fire('will-attach-webview', {}, { src: 'https://attacker.example/' })).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/article' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(record.externalOpened).toEqual(['https://example.com/article']);
  });

  it('serves app:// with the one Content-Security-Policy, and nothing outside the renderer folder', async () => {
    const handler = record.protocolHandlers.get('app');
    if (handler === undefined) throw new Error('app:// is not handled');
    const page = await handler(new Request('app://casebook/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const url of [
      'app://casebook/../main/index.js',
      'app://casebook/%2e%2e/main/index.js',
      'app://casebook/..%2fmain%2findex.js',
    ]) {
      expect((await handler(new Request(url))).status).toBe(404);
    }
  });

  it('ships the same policy in the built index.html it serves', async () => {
    const handler = record.protocolHandlers.get('app');
    const html = await (await handler?.(new Request('app://casebook/')))?.text();
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/iu.exec(html ?? '');
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    // Every script and style the page loads is one of the built files, served from app:// itself.
    for (const [, src] of (html ?? '').matchAll(/(?:src|href)="([^"]+)"/gu)) {
      expect(src).toMatch(/^\.\/assets\//u);
      expect((await handler?.(new Request(new URL(src ?? '', 'app://casebook/index.html').href)))?.status).toBe(200);
    }
  });

  it('opens IPC only through the validated call channel, the link, PDF and backup-copy channels and the flush acknowledgement', () => {
    expect([...record.ipcHandlers.keys()].sort()).toEqual(
      [CALL_CHANNEL, OPEN_EXTERNAL_CHANNEL, SAVE_PDF_CHANNEL, OPEN_BACKUP_COPY_CHANNEL].sort(),
    );
    expect([...record.ipcListeners.keys()]).toEqual([FLUSH_DONE_CHANNEL]);
  });

  it('reaches every contract procedure only through the sender check and the request validation', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const before = await visibleState();
    for (const name of PROCEDURE_NAMES) {
      expect(await call(iframeEvent(), name, {}), name).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
      expect(await call(trustedEvent(), name, 'not a request'), name).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    expect(await call(trustedEvent(), 'cases.create', { title: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await call(trustedEvent(), 'cases.destroyEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-procedure' },
    });
    expect(await visibleState()).toEqual(before);
    expect(window.webContents.sent.filter((message) => message.channel === pushChannel('tables-changed'))).toEqual([]);
    warn.mockRestore();
  });

  it('runs a valid call and announces the tables it changed', async () => {
    const created = await call(trustedEvent(), 'cases.create', { title: 'Xiaomi KOL controversy' });
    expect(created).toMatchObject({ ok: true, value: { title: 'Xiaomi KOL controversy' } });
    expect(window.webContents.sent.at(-1)).toEqual({
      channel: pushChannel('tables-changed'),
      args: [{ tables: procedures['cases.create'].writes }],
    });
  });
});

describe('the built preload', () => {
  it('is CommonJS and requires nothing but electron', () => {
    const code = readFileSync(bundles.preloadFile, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/mu);
    expect([...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/gu)].map((match) => match[1])).toEqual(['electron']);
    expect(runBuiltPreload().required).toEqual(['electron']);
  });

  it('exposes exactly window.casebook with call, on, openExternal, onFlushRequest, savePdf and openBackupCopy', () => {
    const { exposed, bridge } = runBuiltPreload();
    expect([...exposed.keys()]).toEqual(['casebook']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'on', 'onFlushRequest', 'openBackupCopy', 'openExternal', 'savePdf']);
  });

  it('talks to the built main process over the same channels', async () => {
    const { bridge } = runBuiltPreload();
    const payloads: unknown[][] = [];
    const unsubscribe = bridge.on('tables-changed', (...args) => payloads.push(args));

    const created = await bridge.call('cases.create', { title: 'Through the preload' });
    expect(created.ok).toBe(true);
    expect(payloads).toEqual([[{ tables: procedures['cases.create'].writes }]]); // the payload only, never the IPC event
    const listed = await bridge.call('cases.list', {});
    expect(JSON.stringify(listed)).toContain('Through the preload');

    unsubscribe();
    await bridge.call('cases.create', { title: 'Unheard' });
    expect(payloads).toHaveLength(1);

    expect(await bridge.openExternal('https://example.com/source')).toEqual({ ok: true, value: { opened: true } });
    expect(await bridge.openExternal('file:///etc/passwd')).toEqual({ ok: true, value: { opened: false } });
    expect(() => bridge.on('not-an-event', () => undefined)).toThrow(/Unknown Casebook event/u);
  });

  it('lets the page flush pending edits before the window closes', async () => {
    const { bridge } = runBuiltPreload();
    const order: string[] = [];
    bridge.onFlushRequest(async () => {
      order.push('flush started');
      await bridge.call('cases.create', { title: 'Saved while closing' });
      order.push('flush done');
    });
    window.close();
    expect(window.closed).toBe(false); // held open until the page answers
    await vi.waitFor(() => {
      if (!window.closed) throw new Error('still open');
    });
    expect(order).toEqual(['flush started', 'flush done']);
    expect(record.quit).toBeGreaterThan(0); // the last window closed on Linux: the app quits
  });
});
