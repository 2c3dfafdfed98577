import {
  AlignmentType,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  ShadingType,
  Table,
  TableLayoutType,
  TableCell,
  TableRow,
  WidthType,
  type INumberingOptions,
  type IStylesOptions,
  type ParagraphChild,
} from 'docx';

/** The custom paragraph style of block quotes (indented, italic, with a rule on the left). */
export const QUOTE_STYLE = 'CasebookQuote';
/** The numbering definition of numbered lists; each list is its own instance, so each starts at 1. */
export const NUMBERED_LIST = 'casebook-numbered';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** A Word heading (style Heading1 … Heading6); levels past 6 stay at 6. */
export function docxHeading(level: number, children: ParagraphChild[]): Paragraph {
  const heading = HEADINGS[Math.max(1, Math.min(6, level)) - 1] ?? HeadingLevel.HEADING_6;
  return new Paragraph({ heading, children });
}

/** The width of the text on an A4 page with 2.54 cm margins (docx's default page), in twentieths of a point. */
const TEXT_WIDTH_TWIPS = 11906 - 2 * 1440;

/**
 * A full-width Word table whose first row is a shaded header row (repeated on every page). `weights` share
 * the width out between the columns (equal when not given), so short columns do not squeeze long ones.
 */
export function docxTable(
  header: readonly Paragraph[][],
  body: readonly Paragraph[][][],
  weights: readonly number[] = [],
): Table {
  const width = Math.max(1, header.length, ...body.map((row) => row.length));
  const weightOf = (index: number) => weights[index] ?? 1;
  const total = Array.from({ length: width }, (_, index) => weightOf(index)).reduce((sum, weight) => sum + weight, 0);
  const columnWidths = Array.from({ length: width }, (_, index) =>
    Math.floor((TEXT_WIDTH_TWIPS * weightOf(index)) / total),
  );
  const cells = (row: readonly Paragraph[][], isHeader: boolean) =>
    Array.from(
      { length: width },
      (_, index) =>
        new TableCell({
          width: { size: columnWidths[index]!, type: WidthType.DXA },
          ...(isHeader ? { shading: { type: ShadingType.CLEAR, fill: 'EDEDED', color: 'auto' } } : {}),
          children: row[index] !== undefined && row[index].length > 0 ? row[index] : [new Paragraph('')],
        }),
    );
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    rows: [
      new TableRow({ tableHeader: true, children: cells(header, true) }),
      ...body.map((row) => new TableRow({ cantSplit: true, children: cells(row, false) })),
    ],
  });
}

export const DOCX_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: NUMBERED_LIST,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    },
  ],
};

export const DOCX_STYLES: IStylesOptions = {
  // Space between paragraphs and around headings, as the HTML export has; headings stay with what follows.
  default: {
    document: { run: { size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { paragraph: { spacing: { after: 60 } } },
    heading1: { paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
    heading2: { paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
    heading3: { paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
    footnoteText: { run: { size: 18 }, paragraph: { spacing: { after: 40, line: 240 } } },
    listParagraph: { paragraph: { spacing: { after: 60 } } },
  },
  paragraphStyles: [
    {
      id: QUOTE_STYLE,
      name: 'Block Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: '444444' },
      paragraph: {
        indent: { left: 720, right: 360 },
        border: { left: { style: 'single', size: 12, color: 'AAAAAA', space: 8 } },
        spacing: { before: 120, after: 120 },
      },
    },
  ],
};
