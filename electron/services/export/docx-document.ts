import { Document, FootnoteReferenceRun, HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { CaseExportInput, Cited } from './case-export-input.ts';
import { statusNote } from './case-export-input.ts';
import { DOCX_NUMBERING, DOCX_STYLES, docxHeading, docxTable, NUMBERED_LIST, QUOTE_STYLE } from './docx-blocks.ts';
import { packDocx } from './docx-zip.ts';
import { actorName, codingLabel, dateLabel, factDetails, overviewFields } from './export-labels.ts';
import { SECTION_TITLES, sectionsOf, type ExportOptions, type ExportSection } from './export-options.ts';
import { createFootnotes, type Footnotes } from './footnotes.ts';
import { lexicalToDocx, type DocxBlock, type DocxNarrativeContext } from './lexical-to-docx.ts';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A case as a Word document: the title block, the chosen sections under Heading 1, the narrative with real
 * headings, lists, quotes and tables, the issue / response / impact table with a header row, every citation
 * as a Word footnote, and the bibliography in the chosen style.
 */
export function caseToDocx(input: CaseExportInput, options: ExportOptions, exportedAt: string): Buffer {
  const { document } = input;
  const footnotes = createFootnotes(document.sources);
  let listInstances = 0;
  const context: DocxNarrativeContext = { footnotes, headingShift: 1, nextListInstance: () => ++listInstances };
  const body: DocxBlock[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.case.title)] }),
    new Paragraph({
      children: [
        new TextRun({ text: `Exported from Casebook on ${exportedAt.slice(0, 10)}`, italics: true, color: '666666' }),
      ],
    }),
  ];
  for (const section of sectionsOf(options)) {
    const blocks = sectionBlocks(section, input, context);
    if (blocks.length > 0) body.push(docxHeading(1, [new TextRun(SECTION_TITLES[section])]), ...blocks);
  }
  const notes = Object.fromEntries(
    // The space keeps the note's number (which Word puts first) off its text.
    footnotes.list().map((note) => [note.number, { children: [new Paragraph(` ${note.text.replace(/\s+/g, ' ')}`)] }]),
  );
  const file = new Document({
    title: document.case.title,
    description: document.case.summary.slice(0, 1000),
    creator: 'Casebook',
    lastModifiedBy: 'Casebook',
    keywords: document.case.tags.map((tag) => tag.name).join(', '),
    styles: DOCX_STYLES,
    numbering: DOCX_NUMBERING,
    footnotes: notes,
    sections: [{ children: body }],
  });
  return packDocx(file);
}

/** Plain text as paragraphs, one per line of the text. */
function textParagraphs(text: string, after: ParagraphChild[] = []): Paragraph[] {
  const lines = text.split(/\n+/).filter((line) => line.trim() !== '');
  if (lines.length === 0) return after.length === 0 ? [] : [new Paragraph({ children: after })];
  return lines.map(
    (line, index) => new Paragraph({ children: [new TextRun(line), ...(index === lines.length - 1 ? after : [])] }),
  );
}

function refs(item: Cited, footnotes: Footnotes): FootnoteReferenceRun[] {
  return item.citations.map((citation) => new FootnoteReferenceRun(footnotes.cite(citation)));
}

function rowNotes(row: { incomplete: boolean; status: string }): string {
  return [row.incomplete ? 'incomplete' : '', row.status === 'suggested' ? 'suggested' : '']
    .filter((note) => note !== '')
    .join(', ');
}

function sectionBlocks(section: ExportSection, input: CaseExportInput, context: DocxNarrativeContext): DocxBlock[] {
  const { document } = input;
  const { footnotes } = context;
  switch (section) {
    case 'overview':
      return [
        ...textParagraphs(document.case.summary),
        ...overviewFields(document).map(
          ([label, value]) =>
            new Paragraph({
              bullet: { level: 0 },
              children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
            }),
        ),
      ];
    case 'narrative':
      return lexicalToDocx(document.narrative.lexical, context);
    case 'issues':
      if (document.issueRows.length === 0) return [];
      return [
        docxTable(
          ['Issue', 'Response', 'Impact', 'Coding', 'Notes'].map((label) => [
            new Paragraph({ children: [new TextRun({ text: label, bold: true })] }),
          ]),
          document.issueRows.map((row) => {
            const notes = rowNotes(row);
            return [
              textParagraphs(row.issue),
              textParagraphs(row.response),
              textParagraphs(row.impact),
              textParagraphs(codingLabel(document, row)),
              [
                new Paragraph({
                  children: [
                    ...(notes === '' ? [] : [new TextRun({ text: `${notes} `, italics: true })]),
                    ...refs(row, footnotes),
                  ],
                }),
              ],
            ];
          }),
          // Issue, response and impact carry the text; coding and notes are short.
          [3, 3, 3, 1.9, 1.7],
        ),
      ];
    case 'timeline':
      return document.events.map((event) => {
        const kind = event.kind === 'other' ? '' : ` (${event.kind.replace('-', ' ')})`;
        const detail =
          event.detail === null || event.detail.trim() === '' ? '' : ` ${event.detail.replace(/\s*\n\s*/g, ' ')}`;
        return new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun({ text: dateLabel(event.on, event.approx), bold: true }),
            new TextRun(` — ${event.title}${kind}${statusNote(event)}.${detail}`),
            ...refs(event, footnotes),
          ],
        });
      });
    case 'quotes':
      return document.quotes.flatMap((quote) => {
        const who = quote.speaker ?? actorName(document, quote.actorId);
        const attribution = [who, quote.on === null ? '' : dateLabel(quote.on, quote.approx)]
          .filter((part) => part !== '')
          .join(', ');
        const text = quote.verbatim ? `“${quote.text.trim()}”` : `${quote.text.trim()} (reported speech)`;
        const paragraphs = [
          new Paragraph({ style: QUOTE_STYLE, children: [new TextRun(text), ...refs(quote, footnotes)] }),
        ];
        if (quote.original !== null)
          paragraphs.push(new Paragraph({ style: QUOTE_STYLE, children: [new TextRun(quote.original)] }));
        if (attribution !== '' || statusNote(quote) !== '')
          paragraphs.push(
            new Paragraph({
              style: QUOTE_STYLE,
              children: [new TextRun(`${attribution === '' ? '' : `— ${attribution}`}${statusNote(quote)}`)],
            }),
          );
        return paragraphs;
      });
    case 'facts':
      return document.facts.map((fact) => {
        const details = factDetails(fact);
        return new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun(`${fact.statement}${details === '' ? '' : ` (${details})`}${statusNote(fact)}`),
            ...refs(fact, footnotes),
          ],
        });
      });
    case 'lessons': {
      const instance = context.nextListInstance();
      return document.lessons.map(
        (lesson) =>
          new Paragraph({
            numbering: { reference: NUMBERED_LIST, level: 0, instance },
            children: [new TextRun(lesson.text.replace(/\s*\n\s*/g, ' '))],
          }),
      );
    }
    case 'bibliography':
      return input.bibliography.map(
        (entry) => new Paragraph({ indent: { left: 720, hanging: 720 }, children: [new TextRun(entry)] }),
      );
  }
}
