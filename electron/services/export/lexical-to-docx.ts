import { ExternalHyperlink, FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild, type Table } from 'docx';
import { docxHeading, docxTable, QUOTE_STYLE, NUMBERED_LIST } from './docx-blocks.ts';
import type { Footnotes } from './footnotes.ts';
import {
  childrenOf,
  FORMAT,
  hasFormat,
  headingLevel,
  MAX_DEPTH,
  nestedListOf,
  rootBlocks,
  safeLinkUrl,
  stringField,
  type LexicalRecord,
} from './lexical-nodes.ts';

export interface DocxNarrativeContext {
  readonly footnotes: Footnotes;
  /** Headings of the narrative move down this many levels (it sits under the export's own headings). */
  readonly headingShift: number;
  /** A new number for each numbered list, so each one starts from its own first number. */
  nextListInstance(): number;
}

export type DocxBlock = Paragraph | Table;

/** The narrative's Lexical state as Word blocks: real headings, lists, quotes, tables; citations as footnotes. */
export function lexicalToDocx(state: LexicalRecord | null, context: DocxNarrativeContext): DocxBlock[] {
  return blocksToDocx(rootBlocks(state), context, 0);
}

function blocksToDocx(blocks: readonly LexicalRecord[], context: DocxNarrativeContext, depth: number): DocxBlock[] {
  return blocks.flatMap((block) => blockToDocx(block, context, depth));
}

function blockToDocx(node: LexicalRecord, context: DocxNarrativeContext, depth: number): DocxBlock[] {
  if (depth > MAX_DEPTH) return [];
  switch (node.type) {
    case 'heading':
      return [docxHeading(headingLevel(node) + context.headingShift, inlineOf(node, context, depth))];
    case 'quote':
    case 'pull-quote':
      return [
        new Paragraph({
          style: QUOTE_STYLE,
          children: inlineOf(node, context, depth, node.type === 'pull-quote' ? { bold: true } : {}),
        }),
      ];
    case 'list':
      return listToDocx(node, context, depth, 0);
    case 'table':
      return [tableToDocx(node, context, depth)];
    case 'horizontalrule':
      return [new Paragraph({ border: { bottom: { style: 'single', size: 6, color: '999999', space: 1 } } })];
    case 'code':
      return [
        new Paragraph({
          children: plainText(node, depth)
            .split('\n')
            .map((line, index) => new TextRun({ text: line, font: 'Consolas', ...(index > 0 ? { break: 1 } : {}) })),
        }),
      ];
    default:
      return childrenOf(node).some(isBlock)
        ? blocksToDocx(childrenOf(node), context, depth + 1)
        : [new Paragraph({ children: inlineOf(node, context, depth) })];
  }
}

function isBlock(node: LexicalRecord): boolean {
  return ['paragraph', 'heading', 'quote', 'pull-quote', 'list', 'table', 'horizontalrule', 'code'].includes(
    String(node.type),
  );
}

function listToDocx(list: LexicalRecord, context: DocxNarrativeContext, depth: number, level: number): Paragraph[] {
  const numbered = list.listType === 'number';
  const instance = numbered ? context.nextListInstance() : 0;
  const paragraphs: Paragraph[] = [];
  for (const item of childrenOf(list)) {
    const nested = nestedListOf(item);
    if (nested !== null) {
      paragraphs.push(...listToDocx(nested, context, depth + 1, Math.min(level + 1, 8)));
      continue;
    }
    const check = list.listType === 'check' ? (item.checked === true ? '☒ ' : '☐ ') : '';
    const inline = childrenOf(item).filter((child) => child.type !== 'list');
    const children = [
      ...(check === '' ? [] : [new TextRun(check)]),
      ...inlineOf({ children: inline }, context, depth + 1),
    ];
    paragraphs.push(
      new Paragraph({
        children,
        ...(numbered ? { numbering: { reference: NUMBERED_LIST, level, instance } } : { bullet: { level } }),
      }),
    );
    for (const child of childrenOf(item)) {
      if (child.type === 'list') paragraphs.push(...listToDocx(child, context, depth + 1, Math.min(level + 1, 8)));
    }
  }
  return paragraphs;
}

function tableToDocx(table: LexicalRecord, context: DocxNarrativeContext, depth: number): Table {
  const rows = childrenOf(table).map((row) =>
    childrenOf(row).map((cell) =>
      childrenOf(cell).map((block) => new Paragraph({ children: inlineOf(block, context, depth + 1) })),
    ),
  );
  const [header = [], ...body] = rows;
  return docxTable(header, body);
}

interface RunFormat {
  readonly bold?: boolean;
}

/** Inline content: text with its formatting, links, line breaks, citations (footnote references) and images. */
function inlineOf(
  node: LexicalRecord,
  context: DocxNarrativeContext,
  depth: number,
  extra: RunFormat = {},
): ParagraphChild[] {
  if (depth > MAX_DEPTH) return [];
  return childrenOf(node).flatMap((child) => inlineNode(child, context, depth + 1, extra));
}

function inlineNode(
  node: LexicalRecord,
  context: DocxNarrativeContext,
  depth: number,
  extra: RunFormat,
): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      return stringField(node, 'text') === '' ? [] : [formatted(node, extra, false)];
    case 'linebreak':
      return [new TextRun({ break: 1 })];
    case 'tab':
      return [new TextRun({ text: '\t' })];
    case 'citation':
      return typeof node.sourceId === 'string'
        ? [
            new FootnoteReferenceRun(
              context.footnotes.cite({
                sourceId: node.sourceId,
                locator: typeof node.locator === 'string' ? node.locator : null,
              }),
            ),
          ]
        : [];
    case 'image': {
      const alt = stringField(node, 'altText').trim();
      return [new TextRun({ text: `[Image${alt === '' ? '' : `: ${alt}`}]`, italics: true })];
    }
    case 'link':
    case 'autolink': {
      const url = safeLinkUrl(stringField(node, 'url'));
      if (url === null) return inlineOf(node, context, depth, extra);
      const runs = childrenOf(node)
        .filter((child) => child.type === 'text' && stringField(child, 'text') !== '')
        .map((child) => formatted(child, extra, true));
      return runs.length === 0 ? [] : [new ExternalHyperlink({ link: url, children: runs })];
    }
    default:
      return inlineOf(node, context, depth, extra);
  }
}

function formatted(node: LexicalRecord, extra: RunFormat, link: boolean): TextRun {
  // Only the formatting a run has is written: an explicit "false" would switch off what the paragraph style gives
  // (a heading's bold, a quote's italics).
  const on = (value: boolean) => (value ? true : undefined);
  return new TextRun({
    text: stringField(node, 'text'),
    bold: on(hasFormat(node, FORMAT.bold) || extra.bold === true),
    italics: on(hasFormat(node, FORMAT.italic)),
    underline: hasFormat(node, FORMAT.underline) ? {} : undefined,
    strike: on(hasFormat(node, FORMAT.strikethrough)),
    subScript: on(hasFormat(node, FORMAT.subscript)),
    superScript: on(hasFormat(node, FORMAT.superscript)),
    ...(hasFormat(node, FORMAT.code) ? { font: 'Consolas' } : {}),
    ...(link ? { style: 'Hyperlink' } : {}),
  });
}

function plainText(node: LexicalRecord, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  if (node.type === 'text') return stringField(node, 'text');
  if (node.type === 'linebreak') return '\n';
  return childrenOf(node)
    .map((child) => plainText(child, depth + 1))
    .join('');
}
