import type { Footnotes } from './footnotes.ts';
import { escapeHtml } from './html-text.ts';
import {
  childrenOf,
  FORMAT,
  hasFormat,
  headingLevel,
  MAX_DEPTH,
  rootBlocks,
  safeLinkUrl,
  stringField,
  type LexicalRecord,
} from './lexical-nodes.ts';

export interface HtmlNarrativeContext {
  readonly footnotes: Footnotes;
  readonly headingShift: number;
  /** The image of an attachment as a data: URL, or null when the notebook does not hold it. */
  readonly imageDataUrl: (attachmentId: string) => string | null;
}

/**
 * The narrative's Lexical state as HTML. Nothing from the document is passed through as markup: every
 * text is escaped, tags come from a fixed list, links keep only http(s) and mailto addresses, and
 * images are the notebook's own attachments embedded as data: URLs.
 */
export function lexicalToHtml(state: LexicalRecord | null, context: HtmlNarrativeContext): string {
  return blocksToHtml(rootBlocks(state), context, 0);
}

function blocksToHtml(blocks: readonly LexicalRecord[], context: HtmlNarrativeContext, depth: number): string {
  return blocks.map((block) => blockToHtml(block, context, depth)).join('\n');
}

function blockToHtml(node: LexicalRecord, context: HtmlNarrativeContext, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  switch (node.type) {
    case 'heading': {
      const level = Math.min(6, headingLevel(node) + context.headingShift);
      return `<h${level}>${inlineOf(node, context, depth)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote>${inlineOf(node, context, depth)}</blockquote>`;
    case 'pull-quote':
      return `<blockquote class="pull-quote">${inlineOf(node, context, depth)}</blockquote>`;
    case 'list':
      return listToHtml(node, context, depth);
    case 'table':
      return tableToHtml(node, context, depth);
    case 'horizontalrule':
      return '<hr>';
    case 'code':
      return `<pre><code>${inlineOf(node, context, depth)}</code></pre>`;
    case 'paragraph':
      return `<p>${inlineOf(node, context, depth)}</p>`;
    default:
      return childrenOf(node).some((child) => typeof child.type === 'string' && BLOCK_TYPES.has(child.type))
        ? blocksToHtml(childrenOf(node), context, depth + 1)
        : `<p>${inlineOf(node, context, depth)}</p>`;
  }
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'pull-quote', 'list', 'table', 'horizontalrule', 'code']);

function listToHtml(list: LexicalRecord, context: HtmlNarrativeContext, depth: number): string {
  const numbered = list.listType === 'number';
  const start =
    numbered && typeof list.start === 'number' && Number.isInteger(list.start) && list.start !== 1
      ? ` start="${list.start}"`
      : '';
  const items = childrenOf(list).map((item) => {
    const parts = childrenOf(item).map((child) =>
      child.type === 'list' ? listToHtml(child, context, depth + 1) : inlineNode(child, context, depth + 1),
    );
    const check = list.listType === 'check' ? (item.checked === true ? '☑ ' : '☐ ') : '';
    const nestedOnly = childrenOf(item).length === 1 && childrenOf(item)[0]?.type === 'list';
    return `<li${nestedOnly ? ' class="nested"' : ''}>${check}${parts.join('')}</li>`;
  });
  const tag = numbered ? 'ol' : 'ul';
  return `<${tag}${start}>${items.join('')}</${tag}>`;
}

function tableToHtml(table: LexicalRecord, context: HtmlNarrativeContext, depth: number): string {
  const rows = childrenOf(table).map((row) => {
    const cells = childrenOf(row).map((cell) => {
      const tag = typeof cell.headerState === 'number' && cell.headerState !== 0 ? 'th' : 'td';
      const content = childrenOf(cell)
        .map((block) => inlineOf(block, context, depth + 2))
        .join('<br>');
      return `<${tag}>${content}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>${rows.join('')}</table>`;
}

function inlineOf(node: LexicalRecord, context: HtmlNarrativeContext, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  return childrenOf(node)
    .map((child) => inlineNode(child, context, depth + 1))
    .join('');
}

function inlineNode(node: LexicalRecord, context: HtmlNarrativeContext, depth: number): string {
  switch (node.type) {
    case 'text':
      return formatted(node);
    case 'linebreak':
      return '<br>';
    case 'tab':
      return ' ';
    case 'citation': {
      if (typeof node.sourceId !== 'string') return '';
      const number = context.footnotes.cite({
        sourceId: node.sourceId,
        locator: typeof node.locator === 'string' ? node.locator : null,
      });
      return footnoteReference(number);
    }
    case 'image': {
      const alt = escapeHtml(stringField(node, 'altText'));
      const url = context.imageDataUrl(stringField(node, 'attachmentId'));
      return url === null
        ? `<span class="missing-image">[Image${alt === '' ? '' : `: ${alt}`}]</span>`
        : `<img src="${url}" alt="${alt}">`;
    }
    case 'link':
    case 'autolink': {
      const label = inlineOf(node, context, depth);
      const url = safeLinkUrl(stringField(node, 'url'));
      return url === null ? label : `<a href="${escapeHtml(url)}">${label}</a>`;
    }
    default:
      return BLOCK_TYPES.has(String(node.type)) ? blockToHtml(node, context, depth) : inlineOf(node, context, depth);
  }
}

/** A superscript link to footnote n, as every section of the HTML export writes it. */
export function footnoteReference(number: number): string {
  return `<sup class="footnote-ref"><a href="#fn-${number}">${number}</a></sup>`;
}

function formatted(node: LexicalRecord): string {
  let html = escapeHtml(stringField(node, 'text'));
  if (html === '') return '';
  if (hasFormat(node, FORMAT.code)) html = `<code>${html}</code>`;
  if (hasFormat(node, FORMAT.subscript)) html = `<sub>${html}</sub>`;
  if (hasFormat(node, FORMAT.superscript)) html = `<sup>${html}</sup>`;
  if (hasFormat(node, FORMAT.underline)) html = `<u>${html}</u>`;
  if (hasFormat(node, FORMAT.strikethrough)) html = `<s>${html}</s>`;
  if (hasFormat(node, FORMAT.italic)) html = `<em>${html}</em>`;
  if (hasFormat(node, FORMAT.bold)) html = `<strong>${html}</strong>`;
  return html;
}
