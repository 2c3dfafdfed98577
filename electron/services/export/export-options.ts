import { EXPORT_SECTIONS } from '../../../shared/contract/procedures.ts';
import { BIBLIOGRAPHY_STYLES, type BibliographyStyle } from '../references/csl-styles.ts';

export { EXPORT_SECTIONS };
export type ExportSection = (typeof EXPORT_SECTIONS)[number];

export const EXPORT_STYLES = BIBLIOGRAPHY_STYLES;
export type ExportStyle = BibliographyStyle;

export const SECTION_TITLES: Readonly<Record<ExportSection, string>> = {
  overview: 'Overview',
  narrative: 'Narrative',
  issues: 'Issues, responses and impact',
  timeline: 'Timeline',
  quotes: 'Quotes',
  facts: 'Facts and figures',
  lessons: 'Lessons',
  bibliography: 'Bibliography',
};

export interface ExportOptions {
  readonly style: ExportStyle;
  /** The sections to include; all of them when not given. */
  readonly sections?: readonly ExportSection[] | undefined;
}

/** The chosen sections in document order (duplicates and order of the request do not matter). */
export function sectionsOf(options: ExportOptions): readonly ExportSection[] {
  if (options.sections === undefined) return EXPORT_SECTIONS;
  const chosen = new Set(options.sections);
  return EXPORT_SECTIONS.filter((section) => chosen.has(section));
}
