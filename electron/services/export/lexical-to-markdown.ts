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
import {
  escapeLineStart,
  escapeMarkdownInline,
  markdownHeadingText,
  markdownTable,
  markdownUrl,
} from './markdown-text.ts';

export interface MarkdownNarrativeContext {
  readonly footnotes: Footnotes;
  /** Headings of the narrative move down this many levels (it sits under the export's own headings). */
  readonly headingShift: number;
}

/** The narrative's Lexical state as GFM: blocks separated by blank lines, citations as footnote references. */
export function lexicalToMarkdown(state: LexicalRecord | null, context: MarkdownNarrativeContext): string {
  return blocksToMarkdown(rootBlocks(state), context, 0);
}

function blocksToMarkdown(blocks: readonly LexicalRecord[], context: MarkdownNarrativeContext, depth: number): string {
  return blocks
    .map((block) => blockToMarkdown(block, context, depth))
    .filter((markdown) => markdown.trim() !== '')
    .join('\n\n');
}

function blockToMarkdown(node: LexicalRecord, context: MarkdownNarrativeContext, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  switch (node.type) {
    case 'heading': {
      const level = Math.min(6, headingLevel(node) + context.headingShift);
      return `${'#'.repeat(level)} ${markdownHeadingText(inlineOf(node, context, depth))}`;
    }
    case 'quote':
    case 'pull-quote':
      return quoted(
        node.type === 'pull-quote' ? `**${inlineOf(node, context, depth).trim()}**` : inlineOf(node, context, depth),
      );
    case 'list':
      return listToMarkdown(node, context, depth, 0);
    case 'table':
      return tableToMarkdown(node, context, depth);
    case 'horizontalrule':
      return '---';
    case 'code':
      return `\`\`\`\n${plainText(node, depth).replace(/```/g, '`\u200b``')}\n\`\`\``;
    default:
      return childrenOf(node).some((child) => isBlock(child))
        ? blocksToMarkdown(childrenOf(node), context, depth + 1)
        : escapeLineStart(inlineOf(node, context, depth));
  }
}

function isBlock(node: LexicalRecord): boolean {
  return ['paragraph', 'heading', 'quote', 'pull-quote', 'list', 'table', 'horizontalrule', 'code'].includes(
    String(node.type),
  );
}

function quoted(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

function listToMarkdown(list: LexicalRecord, context: MarkdownNarrativeContext, depth: number, level: number): string {
  const numbered = list.listType === 'number';
  const start = typeof list.start === 'number' && Number.isInteger(list.start) ? list.start : 1;
  const indent = '   '.repeat(level);
  const lines: string[] = [];
  let number = start;
  for (const item of childrenOf(list)) {
    const nested = nestedListOf(item);
    if (nested !== null) {
      lines.push(listToMarkdown(nested, context, depth + 1, level + 1));
      continue;
    }
    const check = list.listType === 'check' ? (item.checked === true ? '[x] ' : '[ ] ') : '';
    const marker = numbered ? `${number}.` : '-';
    number += 1;
    const body = itemBody(item, context, depth + 1).replace(/\n/g, `\n${indent}   `);
    lines.push(`${indent}${marker} ${check}${body}`);
  }
  return lines.join('\n');
}

function itemBody(item: LexicalRecord, context: MarkdownNarrativeContext, depth: number): string {
  const parts: string[] = [];
  let inline: LexicalRecord[] = [];
  const flush = () => {
    if (inline.length > 0) parts.push(inlineOf({ children: inline }, context, depth));
    inline = [];
  };
  for (const child of childrenOf(item)) {
    if (child.type === 'list') {
      flush();
      parts.push(`\n${listToMarkdown(child, context, depth + 1, 0)}`);
    } else inline.push(child);
  }
  flush();
  return parts.join('');
}

function tableToMarkdown(table: LexicalRecord, context: MarkdownNarrativeContext, depth: number): string {
  const rows = childrenOf(table).map((row) => childrenOf(row).map((cell) => cellText(cell, context, depth)));
  const width = Math.max(1, ...rows.map((row) => row.length));
  const padded = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  const [header, ...body] = padded;
  return markdownTable(header ?? Array<string>(width).fill(''), body);
}

function cellText(cell: LexicalRecord, context: MarkdownNarrativeContext, depth: number): string {
  return childrenOf(cell)
    .map((block) => inlineOf(block, context, depth + 1))
    .filter((text) => text.trim() !== '')
    .join('<br>');
}

/** Inline content: text with its formatting, links, line breaks, citations and images. */
function inlineOf(node: LexicalRecord, context: MarkdownNarrativeContext, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  return childrenOf(node)
    .map((child) => inlineNode(child, context, depth + 1))
    .join('');
}

function inlineNode(node: LexicalRecord, context: MarkdownNarrativeContext, depth: number): string {
  switch (node.type) {
    case 'text':
      return formatted(node);
    case 'linebreak':
      return '\\\n';
    case 'tab':
      return ' ';
    case 'citation':
      return typeof node.sourceId === 'string'
        ? `[^${context.footnotes.cite({ sourceId: node.sourceId, locator: typeof node.locator === 'string' ? node.locator : null })}]`
        : '';
    case 'image': {
      const alt = stringField(node, 'altText').trim();
      return `*\\[Image${alt === '' ? '' : `: ${escapeMarkdownInline(alt)}`}\\]*`;
    }
    case 'link':
    case 'autolink': {
      const label = inlineOf(node, context, depth);
      const url = safeLinkUrl(stringField(node, 'url'));
      return url === null ? label : `[${label}](${markdownUrl(url)})`;
    }
    default:
      return inlineOf(node, context, depth);
  }
}

function formatted(node: LexicalRecord): string {
  const raw = stringField(node, 'text');
  if (raw === '') return '';
  if (hasFormat(node, FORMAT.code)) {
    const fence = raw.includes('`') ? '`` ' : '`';
    return `${fence}${raw}${fence.split('').reverse().join('')}`;
  }
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(raw) ?? [];
  if (core === '') return raw;
  let text = escapeMarkdownInline(core);
  if (hasFormat(node, FORMAT.underline)) text = `<u>${text}</u>`;
  if (hasFormat(node, FORMAT.strikethrough)) text = `~~${text}~~`;
  if (hasFormat(node, FORMAT.italic)) text = `*${text}*`;
  if (hasFormat(node, FORMAT.bold)) text = `**${text}**`;
  return `${lead}${text}${trail}`;
}

function plainText(node: LexicalRecord, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  if (node.type === 'text') return stringField(node, 'text');
  if (node.type === 'linebreak') return '\n';
  return childrenOf(node)
    .map((child) => plainText(child, depth + 1))
    .join('');
}
