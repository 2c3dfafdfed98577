import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { denyAllPermissions, lockDownWebContents, secureWebPreferences } from '../../electron/main/security.ts';

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
