import { EXPORT_SECTIONS } from '../../../shared/contract/procedures.ts';

export type ExportSection = (typeof EXPORT_SECTIONS)[number];
export type CaseFileFormat = 'pdf' | 'markdown' | 'html' | 'docx' | 'json';
export type CitationStyle = 'apa' | 'chicago-author-date' | 'harvard';

export const FORMAT_CHOICES: readonly {
  readonly value: CaseFileFormat;
  readonly label: string;
  readonly hint: string;
}[] = [
  { value: 'pdf', label: 'PDF', hint: 'Printed from the HTML case file; you choose where to save it.' },
  { value: 'html', label: 'HTML', hint: 'One self-contained, print-ready file.' },
  { value: 'markdown', label: 'Markdown', hint: 'GFM tables and footnote citations, with front matter.' },
  {
    value: 'docx',
    label: 'Word (DOCX)',
    hint: 'Word headings, tables and footnote citations; opens in Word and LibreOffice.',
  },
  { value: 'json', label: 'Case bundle (JSON)', hint: 'Everything, losslessly: another Casebook imports it.' },
];

export const STYLE_CHOICES: readonly { readonly value: CitationStyle; readonly label: string }[] = [
  { value: 'apa', label: 'APA 7' },
  { value: 'chicago-author-date', label: 'Chicago (author-date)' },
  { value: 'harvard', label: 'Harvard' },
];

export const SECTION_LABELS: Readonly<Record<ExportSection, string>> = {
  overview: 'Overview',
  narrative: 'Narrative',
  issues: 'Issue / response / impact',
  timeline: 'Timeline',
  quotes: 'Quotes',
  facts: 'Facts and figures',
  lessons: 'Lessons',
  bibliography: 'Bibliography',
};

export const ALL_SECTIONS: readonly ExportSection[] = EXPORT_SECTIONS;
