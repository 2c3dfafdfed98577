import type { Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { issueColumns } from './issue-table.ts';
import { mergeRuns, tableFromRows, trimRuns, type ArticleBlock, type InlineRun } from './article-model.ts';

type Format = Omit<InlineRun, 'text'>;

/** Markdown (CommonMark + GFM tables, strikethrough, autolinks, footnotes) → article blocks. */
export function parseMarkdownBlocks(markdown: string): ArticleBlock[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const definitions = collectDefinitions(tree);
  const reader = new MarkdownReader(markdown, definitions);
  return reader.blocks(tree.children);
}

/** Parses a run of Markdown table lines and returns its tables (used for pipe tables inside plain text). */
export function parseMarkdownTables(markdown: string): ArticleBlock[] {
  return parseMarkdownBlocks(markdown).filter((block) => block.type === 'table');
}

/**
 * Pipe lines that lack their alignment row ("| Issue | Response | Impact |" straight followed by rows) are
 * not a table in GFM, but when the first line's cells mean issue / response / impact the author meant one:
 * read it as if the alignment row were there. Any other run of pipe lines stays text, as GFM says.
 */
export function issueTableWithoutAlignmentRow(lines: readonly string[]): ArticleBlock | null {
  const rows = lines.map((line) => line.trim()).filter((line) => line !== '');
  if (rows.length < 2 || !rows.every((line) => line.includes('|'))) return null;
  if (isAlignmentRow(rows[1]!)) return null;
  const header = splitPipeRow(rows[0]!);
  if (issueColumns(header) === null) return null;
  const alignment = `|${header.map(() => ' --- ').join('|')}|`;
  const [table] = parseMarkdownTables([rows[0], alignment, ...rows.slice(1)].join('\n') + '\n');
  return table ?? null;
}

function isAlignmentRow(line: string): boolean {
  return /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/.test(line.trim());
}

/** The cells of one pipe-table line (escaped pipes kept inside cells). */
function splitPipeRow(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

function collectDefinitions(tree: Root): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'definition') {
      const definition = node;
      if (!found.has(definition.identifier)) found.set(definition.identifier, definition.url);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

class MarkdownReader {
  private readonly source: string;
  private readonly definitions: Map<string, string>;
  constructor(source: string, definitions: Map<string, string>) {
    this.source = source;
    this.definitions = definitions;
  }

  blocks(nodes: readonly RootContent[]): ArticleBlock[] {
    return nodes.flatMap((node) => this.block(node));
  }

  private block(node: RootContent): ArticleBlock[] {
    switch (node.type) {
      case 'heading':
        return nonEmpty({ type: 'heading', level: node.depth, runs: trimRuns(this.inline(node.children, {})) });
      case 'paragraph': {
        const source = this.source.slice(node.position?.start.offset, node.position?.end.offset);
        const table = issueTableWithoutAlignmentRow(source.split('\n'));
        if (table) return [table];
        return nonEmpty({ type: 'paragraph', runs: trimRuns(this.inline(node.children, {})) });
      }
      case 'blockquote':
        return this.quote(node.children);
      case 'list': {
        const items = node.children.map((item) => trimRuns(this.joinedInline(item.children)));
        return [{ type: 'list', ordered: node.ordered === true, start: node.start ?? 1, items }];
      }
      case 'table':
        return [this.table(node)];
      case 'thematicBreak':
        return [{ type: 'rule' }];
      case 'code':
        return node.value.trim() === ''
          ? []
          : [{ type: 'paragraph', runs: mergeRuns(lines(node.value, { code: true })) }];
      case 'html':
        return nonEmpty({ type: 'paragraph', runs: trimRuns([{ text: stripTags(node.value) }]) });
      case 'footnoteDefinition':
        return nonEmpty({
          type: 'paragraph',
          runs: trimRuns([{ text: `[^${node.label ?? node.identifier}]: ` }, ...this.joinedInline(node.children)]),
        });
      default:
        // definitions, front matter (yaml/toml) and anything else carry no article text of their own.
        return [];
    }
  }

  /** A block quote: one quote block, its paragraphs separated by line breaks; nested lists flattened. */
  private quote(children: readonly RootContent[]): ArticleBlock[] {
    const runs = trimRuns(this.joinedInline(children));
    return nonEmpty({ type: 'quote', runs });
  }

  /** The inline runs of several blocks (list item, quote) joined by line breaks. */
  private joinedInline(children: readonly RootContent[]): InlineRun[] {
    const parts: InlineRun[][] = [];
    for (const child of children) {
      if (child.type === 'paragraph' || child.type === 'heading') parts.push(this.inline(child.children, {}));
      else if (child.type === 'list') {
        for (const item of child.children) parts.push(this.joinedInline(item.children));
      } else if (child.type === 'blockquote') parts.push(this.joinedInline(child.children));
      else if (child.type === 'code') parts.push(lines(child.value, { code: true }));
      else if (child.type === 'table') parts.push([{ text: toString(child, { includeHtml: false }) }]);
      else if (child.type === 'html') parts.push([{ text: stripTags(child.value) }]);
    }
    const runs: InlineRun[] = [];
    parts
      .map((part) => trimRuns(part))
      .filter((part) => part.length > 0)
      .forEach((part, index) => {
        if (index > 0) runs.push({ text: '\n' });
        runs.push(...part);
      });
    return runs;
  }

  private inline(nodes: readonly PhrasingContent[], format: Format): InlineRun[] {
    return mergeRuns(nodes.flatMap((node) => this.phrase(node, format)));
  }

  private phrase(node: PhrasingContent, format: Format): InlineRun[] {
    switch (node.type) {
      case 'text':
        // A soft line break reads as a space, except before a dash that opens an attribution ("— Name").
        return lines(
          node.value.replace(/[ \t]*\n[ \t]*(?![ \t]*(?:[—–]|--))/g, ' ').replace(/[ \t]*\n[ \t]*/g, '\n'),
          format,
        );
      case 'strong':
        return this.inline(node.children, { ...format, bold: true });
      case 'emphasis':
        return this.inline(node.children, { ...format, italic: true });
      case 'delete':
        return this.inline(node.children, { ...format, strikethrough: true });
      case 'inlineCode':
        return [{ ...format, code: true, text: node.value }];
      case 'break':
        return [{ text: '\n' }];
      case 'link':
        return this.inline(node.children, withLink(format, node.url));
      case 'linkReference': {
        const url = this.definitions.get(node.identifier);
        if (url !== undefined) return this.inline(node.children, withLink(format, url));
        // An undefined reference is plain text in Markdown: keep what the author wrote.
        return [{ ...format, text: this.source.slice(node.position?.start.offset, node.position?.end.offset) }];
      }
      case 'image':
        return node.alt ? [{ ...format, text: node.alt }] : [];
      case 'imageReference':
        return node.alt ? [{ ...format, text: node.alt }] : [];
      case 'html':
        return /^<br\s*\/?>$/i.test(node.value.trim()) ? [{ text: '\n' }] : [];
      case 'footnoteReference':
        return [{ ...format, text: `[^${node.label ?? node.identifier}]` }];
      default:
        return [];
    }
  }

  private table(node: Table): ArticleBlock {
    const [headerRow, ...bodyRows] = node.children;
    const cellText = (cell: Nodes): string =>
      this.inline((cell as { children: PhrasingContent[] }).children, {})
        .map((run) => run.text)
        .join('')
        .replace(/\s*\n\s*/g, ' ')
        .trim();
    const header = headerRow ? headerRow.children.map(cellText) : [];
    const body = bodyRows.map((row) => row.children.map(cellText));
    return tableFromRows(header, body, this.lastRowCutOff(node, header.length));
  }

  /**
   * The article stops in the middle of the table's last row: that row (the last with any text) has fewer
   * cells than the header and, in a table whose header line ends with a pipe, no closing pipe of its own.
   */
  private lastRowCutOff(node: Table, width: number): boolean {
    const rows = node.children;
    let last = rows.length - 1;
    while (last > 0 && rows[last]!.children.every((cell) => toString(cell).trim() === '')) last -= 1;
    if (last < 1) return false;
    const row = rows[last]!;
    if (row.children.length >= width) return false;
    const lineOf = (index: number): string =>
      this.source.slice(rows[index]!.position?.start.offset, rows[index]!.position?.end.offset).trimEnd();
    const headerClosed = lineOf(0).endsWith('|');
    const rowLine = lineOf(last);
    return headerClosed && !(rowLine.endsWith('|') && !rowLine.endsWith('\\|'));
  }
}

function withLink(format: Format, url: string): Format {
  const safe = safeUrl(url);
  return safe === null ? format : { ...format, link: safe };
}

/** Only http(s) and mailto addresses become links; anything else stays as the link's text. */
export function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

function lines(text: string, format: Format): InlineRun[] {
  const out: InlineRun[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) out.push({ text: '\n' });
    out.push({ ...format, text: line });
  });
  return out;
}

function stripTags(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function nonEmpty(block: ArticleBlock & { runs: readonly InlineRun[] }): ArticleBlock[] {
  return block.runs.length > 0 ? [block] : [];
}
