import {
  AlignmentType,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
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

/** A full-width Word table whose first row is a header row (repeated on every page). */
export function docxTable(header: readonly Paragraph[][], body: readonly Paragraph[][][]): Table {
  const width = Math.max(1, header.length, ...body.map((row) => row.length));
  const cells = (row: readonly Paragraph[][]) =>
    Array.from(
      { length: width },
      (_, index) =>
        new TableCell({
          children: row[index] !== undefined && row[index].length > 0 ? row[index] : [new Paragraph('')],
        }),
    );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: cells(header) }),
      ...body.map((row) => new TableRow({ children: cells(row) })),
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
