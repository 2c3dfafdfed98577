import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CasebookError } from '../../shared/contract/result.ts';

/** What a PDF says about itself and the text of its pages. */
export interface PdfText {
  /** One string per page, lines separated by "\n". */
  readonly pages: readonly string[];
  readonly title: string | null;
  readonly authors: readonly string[];
  /** The CreationDate as written in the file ("D:20260115…" → "2026-01-15"), when it has one. */
  readonly createdOn: string | null;
  readonly language: string | null;
}

let pdfjs: Promise<typeof PdfJs> | undefined;

/** pdf.js's folder, for the CMaps (many Chinese and Japanese PDFs need them) and standard font metrics. */
function pdfjsDataFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

/**
 * Reads a PDF's text and metadata with pdf.js, in this process: no worker script is loaded (pdf.js falls
 * back to its in-process "fake" worker under Node), nothing from the file is evaluated (pdf.js 5 has no
 * eval path left; its old isEvalSupported option is gone), no font is loaded and nothing is fetched: CMaps
 * and font metrics are read from pdf.js's own folder. A file pdf.js cannot read is refused.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  const folder = pdfjsDataFolder();
  const task = getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    cMapUrl: join(folder, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(folder, 'standard_fonts') + '/',
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push(text.replace(/[ \t]+\n/g, '\n').trim());
      page.cleanup();
    }
    const { info, metadata } = await document.getMetadata();
    const fields = (info ?? {}) as Record<string, unknown>;
    const field = (name: string): string | null =>
      typeof fields[name] === 'string' && fields[name].trim() !== '' ? fields[name].trim() : null;
    const xmp = (name: string): string | null => {
      const value: unknown = metadata?.get(name);
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
    };
    return {
      pages,
      title: cleanTitle(field('Title') ?? xmp('dc:title')),
      authors: splitAuthors(field('Author') ?? xmp('dc:creator')),
      createdOn: pdfDate(field('CreationDate')),
      language: field('Language'),
    };
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new CasebookError(
        'invalid-request',
        'base64: this PDF is protected by a password; save an unprotected copy and add that.',
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new CasebookError('invalid-request', `base64: this PDF cannot be read (${reason}); nothing was added.`);
  } finally {
    await task.destroy();
  }
}

/** Office programs title a PDF after the file it was printed from ("Microsoft Word - report.docx"). */
function cleanTitle(raw: string | null): string | null {
  const title = raw
    ?.replace(/^Microsoft (?:Word|PowerPoint|Excel) - /i, '')
    .replace(/\.(?:docx?|pptx?|xlsx?|odt|rtf)$/i, '')
    .trim();
  return title && !/^(?:untitled|document|title)$/i.test(title) ? title : null;
}

function splitAuthors(raw: string | null): string[] {
  if (raw === null) return [];
  return raw
    .split(/\s*[;；、]\s*|\s+(?:and|&)\s+/u)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** A PDF date string ("D:YYYYMMDDHHmmSS+08'00'") → the calendar date it names, at the precision it gives. */
export function pdfDate(raw: string | null): string | null {
  const match = raw === null ? null : /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(raw.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  const date = [year, month, month === undefined ? undefined : day].filter((part) => part !== undefined).join('-');
  const check = new Date(`${year}-${month ?? '01'}-${day ?? '01'}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || Number(year) < 1000) return null;
  if (day !== undefined && check.getUTCDate() !== Number(day)) return null;
  return date;
}
