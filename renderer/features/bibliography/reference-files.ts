import { slugOf } from '../../download.ts';

export const REFERENCE_FORMATS = [
  { format: 'bibtex', label: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex' },
  { format: 'ris', label: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems' },
  { format: 'csl-json', label: 'CSL-JSON', extension: 'json', mediaType: 'application/json' },
] as const;
export type ReferenceFormat = (typeof REFERENCE_FORMATS)[number]['format'];

/** "xiaomi-kol-controversy-sources.bib": a file name from the case title, safe on every system. */
export function referencesFileName(caseTitle: string, extension: string): string {
  return `${slugOf(caseTitle)}-sources.${extension}`;
}
