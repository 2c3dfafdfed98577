import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * A parsed page that can never run its scripts or load anything: jsdom's defaults (no runScripts, no
 * resources) are kept on purpose, and its console is silenced (saved pages are full of CSS it cannot parse).
 */
export function parseHtmlDocument(html: string, url: string | null): JSDOM {
  return new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url ? { url } : {}) });
}

/** Runs fn over the parsed page and always closes the window afterwards. */
export function withParsedDocument<T>(html: string, url: string | null, fn: (document: Document) => T): T {
  const dom = parseHtmlDocument(html, url);
  try {
    return fn(dom.window.document);
  } finally {
    dom.window.close();
  }
}
