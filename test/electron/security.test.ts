import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  confineRequests,
  denyAllPermissions,
  isConfinedRequest,
  lockDownWebContents,
  secureWebPreferences,
} from '../../electron/main/security.ts';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page and gives it no Node, no webview and full web security', () => {
    expect(secureWebPreferences('/app/out/preload/index.cjs')).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('turns on no experimental or Blink feature and passes the page no extra arguments', () => {
    const preferences = secureWebPreferences('/app/out/preload/index.cjs');
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
    for (const risky of ['enableBlinkFeatures', 'additionalArguments'] as const)
      expect(preferences, risky).not.toHaveProperty(risky);
    // Every preference set is one this test knows about: a new one gets reviewed here first.
    expect(Object.keys(preferences).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    let request: ((...args: unknown[]) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    };
    denyAllPermissions(session as unknown as Session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'unknown',
    ]) {
      const answers: boolean[] = [];
      request?.({}, permission, (granted: boolean) => answers.push(granted), {});
      expect(answers).toEqual([false]);
      expect(check?.({}, permission, 'app://casebook', {})).toBe(false);
    }
  });
});

type Listener = (event: { preventDefault(): void; defaultPrevented: boolean }, ...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: typeof openHandler) {
      openHandler = handler;
    },
  };
  const fire = (name: string, ...args: unknown[]) => {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        event.defaultPrevented = true;
      },
    };
    listeners.get(name)?.(event, ...args);
    return event.defaultPrevented;
  };
  return { contents: contents as unknown as WebContents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('lockDownWebContents', () => {
  it('stops every navigation, redirect and <webview>', () => {
    const fake = fakeContents();
    lockDownWebContents(fake.contents, () => undefined);
    expect(fake.fire('will-navigate', 'https://attacker.example/')).toBe(true);
    expect(fake.fire('will-navigate', 'app://casebook/index.html')).toBe(true);
    expect(fake.fire('will-redirect', 'https://attacker.example/')).toBe(true);
    expect(fake.fire('will-attach-webview', {}, { src: 'https://attacker.example/' })).toBe(true);
  });

  it('denies every new window, handing only safe links to the system browser', () => {
    const fake = fakeContents();
    const opened: string[] = [];
    lockDownWebContents(fake.contents, (url) => opened.push(url));
    expect(fake.open('https://example.com/article')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.open('app://casebook/index.html')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/article']);
  });
});

describe('confineRequests', () => {
  const prefixes = ['app://casebook/', 'devtools://'];

  it.each([
    'app://casebook/index.html',
    'app://casebook/assets/index-abc.js',
    'data:image/png;base64,iVBORw0KGgo=',
    'DATA:text/plain,hi',
    'blob:app://casebook/5f0c4e1a',
    'devtools://devtools/bundled/inspector.html',
  ])('lets %s through', (url) => {
    expect(isConfinedRequest(url, prefixes)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/index.html',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'app://casebook.evil/index.html',
    'app://casebookx/index.html',
    'app://other/index.html',
    'chrome://settings',
    'ftp://example.com/file',
  ])('cancels %s', (url) => {
    expect(isConfinedRequest(url, prefixes)).toBe(false);
  });

  it('installs a filter on the session that cancels what is refused and says so', () => {
    type Filter = (details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void;
    let filter: Filter | undefined;
    confineRequests({ webRequest: { onBeforeRequest: ((handler: Filter) => (filter = handler)) as never } }, prefixes);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const answers: boolean[] = [];
    filter?.({ url: 'app://casebook/index.html' }, ({ cancel }) => answers.push(cancel));
    filter?.({ url: 'https://tracker.example/p.gif' }, ({ cancel }) => answers.push(cancel));
    expect(answers).toEqual([false, true]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('https://tracker.example/p.gif'));
    warn.mockRestore();
  });
});
