/**
 * Bytes of a saved page → text, the way a browser sniffs it: a byte order mark first, then the declared
 * character set (HTTP Content-Type, then <meta>), except that bytes which are valid UTF-8 are read as
 * UTF-8 whatever the page declares: pages are often re-encoded when saved but keep their old <meta>.
 */
export type CharsetSource = 'bom' | 'valid-utf-8' | 'http-header' | 'meta' | 'fallback';

export interface DecodedPage {
  readonly text: string;
  /** The WHATWG name of the encoding used, e.g. "utf-8", "gbk", "shift_jis", "windows-1252". */
  readonly encoding: string;
  readonly charsetSource: CharsetSource;
  readonly warnings: readonly string[];
}

/** How far into the page a <meta> declaration is looked for (browsers look at 1,024 bytes; saved pages put it later). */
const META_SCAN_BYTES = 64 * 1024;
/** Encodings whose bytes are all ASCII, so "valid UTF-8" says nothing about them. */
const SEVEN_BIT_ENCODINGS = new Set(['iso-2022-jp']);

export function decodePage(bytes: Uint8Array, contentType?: string | null): DecodedPage {
  const bom = encodingFromBom(bytes);
  if (bom) return { text: decode(bytes, bom), encoding: bom, charsetSource: 'bom', warnings: [] };

  const declared = declaredEncoding(bytes, contentType);
  const utf8 = validUtf8(bytes);
  if (utf8 !== null && !(declared && SEVEN_BIT_ENCODINGS.has(declared.encoding) && bytes.includes(0x1b))) {
    return { text: utf8, encoding: 'utf-8', charsetSource: 'valid-utf-8', warnings: [] };
  }
  if (declared) {
    return {
      text: decode(bytes, declared.encoding),
      encoding: declared.encoding,
      charsetSource: declared.source,
      warnings: [],
    };
  }
  return {
    text: decode(bytes, 'windows-1252'),
    encoding: 'windows-1252',
    charsetSource: 'fallback',
    warnings: ['The page declares no character set and is not UTF-8; it was read as Windows-1252 (Western).'],
  };
}

function encodingFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The WHATWG encoding a label names ("gb2312" → "gbk", "latin1" → "windows-1252"), or null when unknown. */
export function encodingForLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function declaredEncoding(
  bytes: Uint8Array,
  contentType: string | null | undefined,
): { encoding: string; source: 'http-header' | 'meta' } | null {
  const fromHeader = contentType ? charsetParameter(contentType) : null;
  const headerEncoding = fromHeader ? encodingForLabel(fromHeader) : null;
  if (headerEncoding) return { encoding: headerEncoding, source: 'http-header' };
  const fromMeta = metaCharset(bytes.subarray(0, META_SCAN_BYTES));
  // A <meta> cannot declare UTF-16: the page was readable as ASCII to find it (HTML spec, "prescan").
  const metaEncoding = fromMeta ? encodingForLabel(fromMeta) : null;
  if (metaEncoding) return { encoding: metaEncoding.startsWith('utf-16') ? 'utf-8' : metaEncoding, source: 'meta' };
  return null;
}

function charsetParameter(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** The charset a <meta charset> or <meta http-equiv="Content-Type"> declares, outside comments. */
function metaCharset(head: Uint8Array): string | null {
  const ascii = new TextDecoder('windows-1252').decode(head).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of ascii.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = attribute(tag, 'charset');
    if (charset) return charset;
    const httpEquiv = attribute(tag, 'http-equiv');
    const content = attribute(tag, 'content');
    if (httpEquiv?.toLowerCase() === 'content-type' && content) {
      const fromContent = charsetParameter(content.includes(';') ? content : `;${content}`);
      if (fromContent) return fromContent;
    }
  }
  return null;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`[\\s/]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>/]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}
