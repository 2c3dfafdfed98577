import type { CaseDocument } from '../../../shared/domain/case-document.ts';

export const SECTIONS = [
  { id: 'overview', label: 'Overview' },
  { id: 'narrative', label: 'Narrative' },
  { id: 'issues', label: 'Issue / response / impact' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'actors', label: 'Actors' },
  { id: 'quotes', label: 'Quotes' },
  { id: 'facts', label: 'Facts and figures' },
  { id: 'lessons', label: 'Lessons' },
  { id: 'sources', label: 'Sources' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

/** How many items a section holds, shown beside its tab; null for sections that are not lists. */
export function sectionCount(section: SectionId, document: CaseDocument): number | null {
  switch (section) {
    case 'issues':
      return document.issueRows.length;
    case 'timeline':
      return document.events.length;
    case 'actors':
      return document.actors.length;
    case 'quotes':
      return document.quotes.length;
    case 'facts':
      return document.facts.length;
    case 'lessons':
      return document.lessons.length;
    case 'sources':
      return document.sources.length;
    default:
      return null;
  }
}
