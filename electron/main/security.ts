import type { Session, WebContents, WebPreferences } from 'electron';

/**
 * The window's web preferences. Everything the renderer needs comes through the preload's one object;
 * the page itself gets no Node, no Electron, and the same same-origin rules as a web page.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
// C0 controls, DEL, C1 controls, and the invisible characters a spoofed link hides behind.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/u;
const MAX_EXTERNAL_URL_LENGTH = 8192;

/**
 * Whether a link may be handed to the system: only http, https and mailto, parsed by `URL`, with no
 * control or invisible characters, no whitespace, and no user name or password in it (a link like
 * `https://bank.example@evil.example/` is a phishing trick and nothing in a case file needs one).
 * Web links must name a host.
 */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  if (UNSAFE_CHARACTERS.test(url) || /\s/u.test(url) || url.includes('\\')) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  // The URL parser lower-cases the scheme; insist the text itself starts with it, so nothing before the
  // scheme (which the parser would strip) goes unseen.
  if (!url.toLowerCase().startsWith(parsed.protocol)) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0 && !parsed.pathname.startsWith('/');
  if (!url.toLowerCase().startsWith(`${parsed.protocol}//`) || parsed.hostname.length === 0) return false;
  // The parser forgets an empty user part ("https://@host"); the text must not have one either.
  const authority = url.slice(parsed.protocol.length + 2).split(/[/?#]/u, 1)[0] ?? '';
  return !authority.includes('@');
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** Casebook needs no camera, microphone, location, notifications or any other web permission. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

type LockableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * No navigation away from the app, no new windows, no <webview>. A link the page opens in a new window
 * (target=_blank) goes to the system browser when it is a safe external link, and nowhere otherwise.
 */
export function lockDownWebContents(contents: LockableContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
