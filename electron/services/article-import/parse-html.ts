import { extractArticle } from '../snapshots/extract-article.ts';
import { withParsedDocument } from '../snapshots/parse-html.ts';
import { sanitizeHtml } from '../snapshots/sanitize.ts';
import { mergeRuns, runsText, tableFromRows, trimRuns, type ArticleBlock, type InlineRun } from './article-model.ts';
import { safeUrl } from './parse-markdown.ts';

type Format = Omit<InlineRun, 'text'>;

export interface HtmlArticle {
  /** The reader-view title, else the first h1 of the article; null when the page has neither. */
  readonly title: string | null;
  readonly blocks: ArticleBlock[];
  readonly byline: string | null;
  readonly publisher: string | null;
  readonly publishedOn: string | null;
  readonly language: string | null;
  readonly canonicalUrl: string | null;
  /** False when no article could be found and the whole page body was read. */
  readonly foundArticle: boolean;
}

/**
 * A saved web page → article blocks: the snapshot pipeline's reader view (Readability, page furniture
 * dropped), sanitized, then its headings, paragraphs, lists, quotes, tables and rules read in order.
 */
export function parseHtmlArticle(html: string, url: string | null = null): HtmlArticle {
  const article = extractArticle(html, url);
  const blocks = withParsedDocument(sanitizeHtml(article.contentHtml), null, (document) => blocksOf(document.body));
  const firstH1 = blocks.find((block) => block.type === 'heading' && block.level === 1);
  const title = article.title ?? (firstH1 && firstH1.type === 'heading' ? runsText(firstH1.runs) : null);
  return {
    title,
    blocks,
    byline: article.byline,
    publisher: article.publisher,
    publishedOn: article.publishedOn,
    language: article.language,
    canonicalUrl: article.canonicalUrl,
    foundArticle: article.foundArticle,
  };
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'UL',
]);

function blocksOf(container: Element | null): ArticleBlock[] {
  if (!container) return [];
  const blocks: ArticleBlock[] = [];
  let pending: InlineRun[] = [];
  const flush = (): void => {
    const runs = trimRuns(pending);
    if (runs.length > 0) blocks.push({ type: 'paragraph', runs });
    pending = [];
  };
  for (const node of Array.from(container.childNodes)) {
    if (node.nodeType === node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName)) {
      flush();
      blocks.push(...blockOf(node as Element));
    } else {
      pending.push(...inlineOf(node, {}));
    }
  }
  flush();
  return blocks;
}

function blockOf(element: Element): ArticleBlock[] {
  const tag = element.tagName;
  const heading = /^H([1-6])$/.exec(tag);
  if (heading) {
    const runs = trimRuns(inlineOf(element, {}));
    return runs.length > 0 ? [{ type: 'heading', level: Number(heading[1]) as 1 | 2 | 3 | 4 | 5 | 6, runs }] : [];
  }
  switch (tag) {
    case 'P':
    case 'DT':
    case 'DD':
    case 'SUMMARY':
    case 'FIGCAPTION':
    case 'ADDRESS': {
      if (hasBlockChild(element)) return blocksOf(element);
      const runs = trimRuns(inlineOf(element, {}));
      return runs.length > 0 ? [{ type: 'paragraph', runs }] : [];
    }
    case 'PRE': {
      const runs = trimRuns(lines(element.textContent ?? '', { code: true }));
      return runs.length > 0 ? [{ type: 'paragraph', runs }] : [];
    }
    case 'BLOCKQUOTE': {
      const runs = trimRuns(joinBlocks(blocksOf(element)));
      return runs.length > 0 ? [{ type: 'quote', runs }] : [];
    }
    case 'UL':
    case 'OL': {
      const items = Array.from(element.children)
        .filter((child) => child.tagName === 'LI')
        .map((item) => trimRuns(joinBlocks(blocksOf(item))))
        .filter((runs) => runs.length > 0);
      if (items.length === 0) return [];
      const start = Number(element.getAttribute('start') ?? '1');
      return [{ type: 'list', ordered: tag === 'OL', start: Number.isInteger(start) ? start : 1, items }];
    }
    case 'TABLE':
      return tableOf(element);
    case 'HR':
      return [{ type: 'rule' }];
    default:
      return blocksOf(element);
  }
}

function hasBlockChild(element: Element): boolean {
  return Array.from(element.children).some((child) => BLOCK_TAGS.has(child.tagName));
}

/** Several blocks' runs joined by line breaks (a list item or quote holding paragraphs). */
function joinBlocks(blocks: readonly ArticleBlock[]): InlineRun[] {
  const out: InlineRun[] = [];
  for (const block of blocks) {
    const runs: readonly InlineRun[] =
      block.type === 'list'
        ? block.items.flatMap((item, i) => (i > 0 ? [{ text: '\n' }, ...item] : item))
        : block.type === 'table'
          ? [{ text: [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n') }]
          : block.type === 'rule'
            ? []
            : block.runs;
    if (runs.length === 0) continue;
    if (out.length > 0) out.push({ text: '\n' });
    out.push(...runs);
  }
  return out;
}

/** An HTML table: the first row (th cells or thead) is the header; nested tables are read as text. */
function tableOf(table: Element): ArticleBlock[] {
  const rows = Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
  const cells = rows
    .map((row) =>
      Array.from(row.children)
        .filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH')
        .flatMap((cell) => {
          const text = runsText(trimRuns(inlineOf(cell, {}))).replace(/\s*\n\s*/g, ' ');
          const span = Math.min(Math.max(Number(cell.getAttribute('colspan') ?? '1') || 1, 1), 50);
          return [text, ...Array<string>(span - 1).fill('')];
        }),
    )
    .filter((row) => row.length > 0);
  const [header, ...body] = cells;
  if (!header) return [];
  return [tableFromRows(header, body, false)];
}

function inlineOf(node: Node, format: Format): InlineRun[] {
  if (node.nodeType === node.TEXT_NODE) return [{ ...format, text: (node.textContent ?? '').replace(/\s+/g, ' ') }];
  if (node.nodeType !== node.ELEMENT_NODE) return [];
  const element = node as Element;
  const children = (next: Format): InlineRun[] =>
    mergeRuns(Array.from(element.childNodes).flatMap((child) => inlineOf(child, next)));
  switch (element.tagName) {
    case 'BR':
      return [{ text: '\n' }];
    case 'STRONG':
    case 'B':
      return children({ ...format, bold: true });
    case 'EM':
    case 'I':
    case 'CITE':
      return children({ ...format, italic: true });
    case 'CODE':
    case 'KBD':
    case 'SAMP':
      return children({ ...format, code: true });
    case 'S':
    case 'DEL':
      return children({ ...format, strikethrough: true });
    case 'A': {
      const href = element.getAttribute('href');
      const url = href ? safeUrl(href) : null;
      return children(url === null ? format : { ...format, link: url });
    }
    case 'IMG': {
      const alt = element.getAttribute('alt')?.trim();
      return alt ? [{ ...format, text: alt }] : [];
    }
    default:
      return children(format);
  }
}

function lines(text: string, format: Format): InlineRun[] {
  return text
    .split('\n')
    .flatMap((line, i) => (i > 0 ? [{ text: '\n' }, { ...format, text: line }] : [{ ...format, text: line }]));
}
