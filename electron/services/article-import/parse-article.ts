import { CasebookError } from '../../../shared/contract/result.ts';
import { lexicalPlainText } from '../lexical-text.ts';
import { runsText, type ArticleBlock, type ArticleModel } from './article-model.ts';
import { splitFrontMatter } from './front-matter.ts';
import { extractIssueRows, type FoundIssueRow } from './issue-table.ts';
import { parseHtmlArticle } from './parse-html.ts';
import { parseMarkdownBlocks } from './parse-markdown.ts';
import { parseTextBlocks } from './parse-text.ts';
import { chooseTitle } from './title.ts';
import { toLexical } from './to-lexical.ts';

export type ArticleFormat = 'markdown' | 'text' | 'html';

export interface ParseArticleInput {
  readonly text: string;
  readonly format: ArticleFormat;
  readonly fileName?: string;
}

/** What a saved web page says about itself (HTML only). */
export interface ArticlePageInfo {
  readonly byline: string | null;
  readonly publisher: string | null;
  readonly publishedOn: string | null;
  readonly language: string | null;
  readonly canonicalUrl: string | null;
}

export interface ParsedArticle {
  /** Title, whether it was guessed, and the narrative's blocks (converted issue tables removed). */
  readonly model: ArticleModel;
  /** The narrative as a serialized Lexical state. */
  readonly lexical: Record<string, unknown>;
  /** The narrative's plain text (lexical-text.ts), for search. */
  readonly text: string;
  readonly rows: FoundIssueRow[];
  /** The plain text of every paragraph, list item and quote, in order: input for quote/fact/date extraction. */
  readonly paragraphs: string[];
  readonly page: ArticlePageInfo | null;
  /** Markdown only: the YAML front matter's text (without fences), when the file starts with one. */
  readonly frontMatter: string | null;
  readonly warnings: string[];
}

/** 20 MB of text, the most an import accepts. */
export const MAX_ARTICLE_CHARS = 20 * 1024 * 1024;
const FORMATS: readonly ArticleFormat[] = ['markdown', 'text', 'html'];

/** One article (Markdown, plain text or a saved web page) → title, narrative, issue rows and warnings. */
export function parseArticle(input: ParseArticleInput): ParsedArticle {
  if (!FORMATS.includes(input.format)) {
    throw new CasebookError('invalid-request', `format: must be markdown, text or html (got ${String(input.format)}).`);
  }
  if (typeof input.text !== 'string') throw new CasebookError('invalid-request', 'text: must be a string.');
  if (input.text.length > MAX_ARTICLE_CHARS) {
    throw new CasebookError('invalid-request', `text: the article is larger than 20 MB; split it before importing.`);
  }
  const warnings: string[] = [];
  let blocks: ArticleBlock[];
  let stated: string | null = null;
  let page: ArticlePageInfo | null = null;
  let frontMatter: string | null = null;
  if (input.format === 'html') {
    const html = parseHtmlArticle(input.text);
    blocks = html.blocks;
    stated = html.title;
    page = {
      byline: html.byline,
      publisher: html.publisher,
      publishedOn: html.publishedOn,
      language: html.language,
      canonicalUrl: html.canonicalUrl,
    };
    if (!html.foundArticle) warnings.push('No article was recognised on the page; its whole text was imported.');
  } else if (input.format === 'markdown') {
    const front = splitFrontMatter(input.text);
    blocks = parseMarkdownBlocks(front?.body ?? input.text);
    frontMatter = front?.raw ?? null;
    stated = front?.title ?? null;
  } else {
    blocks = parseTextBlocks(input.text);
  }
  if (!blocks.some(hasText) && !(stated ?? '').trim()) {
    throw new CasebookError('invalid-request', `${input.fileName ?? 'text'}: the article has no text to import.`);
  }
  const found = extractIssueRows(blocks);
  warnings.push(...found.warnings);
  const title = chooseTitle(found.blocks, {
    stated,
    headingsAreMarked: input.format !== 'text',
    ...(input.fileName !== undefined ? { fileName: input.fileName } : {}),
  });
  if (title.guessed) warnings.push(`The title “${title.title}” was guessed; check it.`);
  const narrative = title.openingHeading === 0 ? found.blocks.slice(1) : found.blocks;
  const lexical = toLexical(narrative);
  return {
    model: { title: title.title, titleGuessed: title.guessed, blocks: narrative },
    lexical,
    text: lexicalPlainText(lexical),
    rows: found.rows,
    paragraphs: paragraphsOf(blocks),
    page,
    frontMatter,
    warnings,
  };
}

function hasText(block: ArticleBlock): boolean {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return runsText(block.runs).trim() !== '';
    case 'list':
      return block.items.some((item) => runsText(item).trim() !== '');
    case 'table':
      return [block.header, ...block.rows].some((row) => row.some((cell) => cell.trim() !== ''));
    case 'rule':
      return false;
  }
}

function paragraphsOf(blocks: readonly ArticleBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph' || block.type === 'quote') return [runsText(block.runs)];
    if (block.type === 'list') return block.items.map(runsText);
    return [];
  });
}
