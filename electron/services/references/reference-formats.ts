export const REFERENCE_FORMATS = ['bibtex', 'ris', 'csl-json'] as const;
export type ReferenceFormat = (typeof REFERENCE_FORMATS)[number];

export const FORMAT_NAMES: Record<ReferenceFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' };

/** Tells the format from the text: JSON, RIS tags, or BibTeX entries; null when it is none of them. */
export function detectReferenceFormat(text: string): ReferenceFormat | null {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  if (/^[A-Z][A-Z0-9] {2}- /m.test(start) && /^TY {2}- /m.test(start)) return 'ris';
  if (/^\s*@[a-zA-Z]+\s*[{(]/m.test(start)) return 'bibtex';
  return null;
}
