import type { Session, WebContents, WebPreferences } from 'electron';
import { domainToUnicode } from 'node:url';

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
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
// Control characters (C0, DEL, C1) and the invisible ones a spoofed link hides behind: soft hyphen,
// zero-width characters, bidirectional marks, embeddings and isolates, variation selectors, fillers, and
// interlinear annotation marks.
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Default_Ignorable_Code_Point}\ufff9-\ufffb]/u;
const MAX_EXTERNAL_URL_LENGTH = 8192;

// Cyrillic and Greek letters that look like lower-case Latin ones in the fonts browsers use.
const LATIN_LOOKALIKES =
  /^[\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0455\u0456\u0458\u0501\u04cf\u04bb\u051b\u051d\u04af\u03bf\u03bd\u03c1\u03b9\u03b1\d-]+$/u;
const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/**
 * A host name built to pass for another (a homograph): a label that mixes Latin, Cyrillic and Greek
 * letters (`аpple.com` with a Cyrillic а), or one written only in Cyrillic or Greek letters that look
 * Latin (`аррӏе.com`). Labels in one other script (`пример.рф`, `小米.example`) are ordinary names.
 */
export function isHomographHost(hostname: string): boolean {
  return domainToUnicode(hostname)
    .split('.')
    .some((label) => {
      const scripts = SCRIPTS.filter((script) => script.test(label)).length;
      return scripts > 1 || (scripts === 1 && !/\p{Script=Latin}/u.test(label) && LATIN_LOOKALIKES.test(label));
    });
}

/**
 * The link to hand to the system, or null when it must not leave the app: only http, https and mailto,
 * parsed by `URL`, with no control or invisible characters, no whitespace or backslash, no user name or
 * password in it (a link like `https://bank.example@evil.example/` is a phishing trick and nothing in a
 * case file needs one), and no homograph host. Web links must name a host. The answer is the parsed,
 * normalized form (host in punycode, unsafe characters percent-escaped): what the system opens is exactly
 * what was checked, with no second parser reading the text differently.
 */
export function externalUrlToOpen(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  if (UNSAFE_CHARACTERS.test(url) || /\s/u.test(url) || url.includes('\\')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  // The URL parser lower-cases the scheme; insist the text itself starts with it, so nothing before the
  // scheme (which the parser would strip) goes unseen.
  if (!url.toLowerCase().startsWith(parsed.protocol)) return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.protocol === 'mailto:') {
    return parsed.pathname.length > 0 && !parsed.pathname.startsWith('/') ? parsed.href : null;
  }
  if (!url.toLowerCase().startsWith(`${parsed.protocol}//`) || parsed.hostname.length === 0) return null;
  // The parser forgets an empty user part ("https://@host"); the text must not have one either.
  const authority = url.slice(parsed.protocol.length + 2).split(/[/?#]/u, 1)[0] ?? '';
  if (authority.includes('@')) return null;
  return isHomographHost(parsed.hostname) ? null : parsed.href;
}

/** Whether a link may be handed to the system (see externalUrlToOpen). */
export function isSafeExternalUrl(url: unknown): url is string {
  return externalUrlToOpen(url) !== null;
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** Casebook needs no camera, microphone, location, notifications or any other web permission. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

type FilterableSession = { readonly webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/**
 * Whether a request from a page may go ahead: the app's own files (`allowedPrefixes`: `app://casebook/`,
 * or the dev server in development), and `data:` and `blob:` URLs, which never leave the machine.
 */
export function isConfinedRequest(url: string, allowedPrefixes: readonly string[]): boolean {
  return /^(data|blob):/iu.test(url) || allowedPrefixes.some((prefix) => url.startsWith(prefix));
}

/**
 * The network guard behind the Content-Security-Policy: a page in this session gets no request outside
 * `allowedPrefixes`, data: and blob:, whatever its policy says. Capturing a URL fetches from the main
 * process with Node, not through a session, so it is not affected.
 */
export function confineRequests(session: FilterableSession, allowedPrefixes: readonly string[]): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isConfinedRequest(details.url, allowedPrefixes);
    if (!allowed) console.warn(`Casebook blocked a request from the window to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
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
    const target = externalUrlToOpen(url);
    if (target !== null) openExternal(target);
    return { action: 'deny' };
  });
}
