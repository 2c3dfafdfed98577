import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CasebookError } from '../../../shared/contract/result.ts';
import { registerCslLocale, registerCslStyle } from './citation-js-bridge.ts';

export const BIBLIOGRAPHY_STYLES = ['apa', 'chicago-author-date', 'harvard'] as const;
export type BibliographyStyle = (typeof BIBLIOGRAPHY_STYLES)[number];

const STYLE_FILES: Record<BibliographyStyle, { file: string; locale: string }> = {
  apa: { file: 'apa.csl', locale: 'en-US' },
  'chicago-author-date': { file: 'chicago-author-date.csl', locale: 'en-US' },
  harvard: { file: 'harvard-cite-them-right.csl', locale: 'en-GB' },
};

/**
 * British English for Cite Them Right ("3 February 2026"). plugin-csl bundles en-US only; citeproc
 * fills every term this does not define from en-US, so only the date forms are given here.
 */
const EN_GB_LOCALE = `<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-GB">
  <date form="text"><date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date>
  <date form="numeric"><date-part name="day" form="numeric-leading-zeros" suffix="/"/><date-part name="month" form="numeric-leading-zeros" suffix="/"/><date-part name="year"/></date>
</locale>`;

/**
 * The bundled styles live in resources/csl at the project root: two folders up from the built main
 * process (out/main), three from these sources. Looked up from this file so the command line, the
 * tests and the packaged app (resources/ beside out/ in the archive) all find them.
 */
function cslDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    const candidate = join(dir, 'resources', 'csl');
    if (existsSync(join(candidate, 'apa.csl'))) return candidate;
    dir = dirname(dir);
  }
  throw new CasebookError('internal', 'The bundled citation styles (resources/csl) are missing from this installation.');
}

/** Registers the style with citation-js (once) and returns its registered name and locale. */
export function loadStyle(style: BibliographyStyle): { name: string; locale: string } {
  const { file, locale } = STYLE_FILES[style];
  const name = `casebook-${style}`;
  registerCslStyle(name, readFileSync(join(cslDirectory(), file), 'utf8'));
  registerCslLocale('en-GB', EN_GB_LOCALE);
  return { name, locale };
}
