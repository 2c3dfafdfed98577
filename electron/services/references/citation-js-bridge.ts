import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl-item.ts';

/**
 * The one door to citation-js. Inputs are always given with a forced type so that citation-js never
 * guesses "this is a URL" and fetches it: Casebook works offline and imports only what it is given.
 */
export function parseBiblatex(text: string): unknown[] {
  const items = plugins.input.chain(text, { forceType: '@biblatex/text', generateGraph: false });
  for (const item of items) {
    const record = item as { note?: unknown };
    if (typeof record.note === 'string') record.note = record.note.replace(/\s*\\par\b\s*/g, '\n');
  }
  return items;
}

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', '$': '\\$', '#': '\\#', '_': '\\_',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
};

function latexText(value: string): string {
  return value.replace(/[\\{}%&$#_~^]/g, (char) => LATEX_SPECIALS[char] ?? char);
}

const TEXT_FIELDS = ['title', 'container-title', 'publisher', 'genre'] as const;

/**
 * BibLaTeX in UTF-8, as Zotero writes it. citation-js's ASCII mode drops characters it has no LaTeX
 * command for (every CJK character), so text goes out as UTF-8 with only LaTeX's specials escaped
 * here, and a note's line breaks as \par (which parseBiblatex reads back).
 */
export function formatBiblatex(items: readonly CslItem[]): string {
  const escaped = items.map((item) => {
    const copy: CslItem = { ...item };
    for (const field of TEXT_FIELDS) if (typeof copy[field] === 'string') copy[field] = latexText(copy[field]);
    if (copy.note !== undefined) copy.note = latexText(copy.note).replace(/\s*\n\s*/g, ' \\par ');
    if (copy.author) {
      copy.author = copy.author.map((name) =>
        Object.fromEntries(Object.entries(name).map(([part, value]) => [part, typeof value === 'string' ? latexText(value) : value])),
      );
    }
    return copy;
  });
  const bibtexConfig = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } };
  const asciiOnly = bibtexConfig.format.asciiOnly;
  bibtexConfig.format.asciiOnly = false;
  try {
    return String(plugins.output.format('biblatex', escaped, {}));
  } finally {
    bibtexConfig.format.asciiOnly = asciiOnly;
  }
}

export function registerCslStyle(name: string, xml: string): void {
  const styles = plugins.config.get('@csl').styles;
  if (!styles.has(name)) styles.add(name, xml);
}

export function registerCslLocale(name: string, xml: string): void {
  const locales = plugins.config.get('@csl').locales;
  if (!locales.has(name)) locales.add(name, xml);
}

export function hasCslLocale(name: string): boolean {
  return plugins.config.get('@csl').locales.has(name);
}

/** Formats a bibliography; returns [item id, entry] in the style's own order. */
export function formatCslBibliography(
  items: readonly CslItem[],
  options: { style: string; locale: string; format: 'text' | 'html' },
): [string, string][] {
  return plugins.output.format('bibliography', items, {
    template: options.style,
    lang: options.locale,
    format: options.format,
    asEntryArray: true,
  }) as [string, string][];
}
