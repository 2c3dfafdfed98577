import { SOURCE_FILE_MEDIA_TYPES } from '../../shared/contract/procedures.ts';
import { invalid } from './errors.ts';
import { IMAGE_SIGNATURES } from './image-signatures.ts';

export type SourceFileMediaType = (typeof SOURCE_FILE_MEDIA_TYPES)[number];
/** What a dropped file is, decided by its bytes: a stored file (PDF, image) or a saved page. */
export type SourceFileType = SourceFileMediaType | 'text/html' | 'multipart/related';

const NAMES: Record<SourceFileType, string> = {
  'application/pdf': 'a PDF',
  'image/png': 'a PNG image',
  'image/jpeg': 'a JPEG image',
  'image/gif': 'a GIF image',
  'image/webp': 'a WebP image',
  'text/html': 'a saved web page (HTML)',
  'multipart/related': 'a web archive (MHTML)',
};

const BY_EXTENSION: Record<string, SourceFileType> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jfif: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'text/html',
  mhtml: 'multipart/related',
  mht: 'multipart/related',
};

const BY_MEDIA_TYPE: Record<string, SourceFileType> = {
  'application/pdf': 'application/pdf',
  'application/x-pdf': 'application/pdf',
  'image/png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/gif': 'image/gif',
  'image/webp': 'image/webp',
  'text/html': 'text/html',
  'application/xhtml+xml': 'text/html',
  'multipart/related': 'multipart/related',
  'message/rfc822': 'multipart/related',
  'application/x-mimearchive': 'multipart/related',
};
/** Media types that say nothing about the file, as browsers report for unknown extensions. */
const UNINFORMATIVE = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

/** Formats recognised by their first bytes, the dropped file types' and a few that must never pass as them. */
const BINARY_SIGNATURES: readonly { readonly name: string; readonly matches: (bytes: Buffer) => boolean }[] = [
  { name: 'a Windows program', matches: (b) => b.subarray(0, 2).toString('latin1') === 'MZ' },
  { name: 'a Linux program', matches: (b) => b.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46])) },
  {
    name: 'a ZIP archive or Office document',
    matches: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
  {
    name: 'a Mac program',
    matches: (b) =>
      [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(b.length >= 4 ? b.readUInt32BE(0) : -1),
  },
];

/** PDF readers accept the header anywhere in the first kilobyte; so does Casebook. */
export function isPdf(bytes: Buffer): boolean {
  return bytes.subarray(0, 1024).includes('%PDF-', 0, 'latin1');
}

function sniff(bytes: Buffer): SourceFileType | { readonly other: string } {
  if (isPdf(bytes)) return 'application/pdf';
  for (const [type, signature] of Object.entries(IMAGE_SIGNATURES)) {
    if (signature.matches(bytes)) return type as SourceFileType;
  }
  for (const signature of BINARY_SIGNATURES) if (signature.matches(bytes)) return { other: signature.name };
  const head = bytes.subarray(0, 4096);
  const utf16 = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  if (!utf16 && head.includes(0)) return { other: 'a binary file' };
  const text = head.toString('latin1');
  if (/^\s*(?:From:[^\n]*\n)?(?:[\w-]+:[^\n]*\n)*MIME-Version:/i.test(text) && /multipart\/related/i.test(text)) {
    return 'multipart/related';
  }
  return 'text/html';
}

export const extensionOf = (fileName: string): string =>
  /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';

/**
 * The type of a dropped file, decided by its bytes. Its name's extension and the media type it came with
 * (when they say anything) must agree with the bytes: a renamed program is refused, never stored.
 */
export function sourceFileType(bytes: Buffer, fileName: string, mediaType: string | undefined): SourceFileType {
  const shown = `“${fileName
    .trim()
    .replace(/^.*[\\/]/, '')
    .slice(0, 120)}”`;
  const extension = extensionOf(fileName);
  const byName = extension === '' ? undefined : BY_EXTENSION[extension];
  const given = mediaType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const byType = UNINFORMATIVE.has(given) ? undefined : BY_MEDIA_TYPE[given];
  if (extension !== '' && byName === undefined) {
    throw invalid(
      'fileName',
      `${shown} is not a file Casebook can add as a source: drop a PDF, an image (PNG, JPEG, GIF, WebP) or a saved page (.html, .htm, .mhtml).`,
    );
  }
  if (!UNINFORMATIVE.has(given) && byType === undefined) {
    throw invalid('mediaType', `${shown} is "${given.slice(0, 80)}", which Casebook cannot add as a source.`);
  }
  const actual = sniff(bytes);
  const claimed = byName ?? byType;
  if (typeof actual !== 'string') {
    throw invalid(
      'base64',
      claimed === undefined
        ? `${shown} is ${actual.other}, not a PDF, an image or a saved page; nothing was added.`
        : `${shown} is named as ${NAMES[claimed]}, but its bytes are ${actual.other}; nothing was added.`,
    );
  }
  for (const [what, type] of [
    ['named', byName],
    ['sent as', byType],
  ] as const) {
    // Saved pages have no magic number: a name or type saying HTML only conflicts with bytes that are something else.
    const conflicts =
      type !== undefined && type !== actual && !(type === 'text/html' && actual === 'multipart/related');
    if (conflicts) {
      throw invalid(
        'base64',
        `${shown} is ${what} ${NAMES[type]}, but its bytes are ${NAMES[actual]}; nothing was added. Check that it is the right file, or rename it.`,
      );
    }
  }
  return actual;
}

export function isStoredFileType(type: SourceFileType): type is SourceFileMediaType {
  return (SOURCE_FILE_MEDIA_TYPES as readonly string[]).includes(type);
}
