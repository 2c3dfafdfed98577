import { trimRuns, type ArticleBlock, type InlineRun } from './article-model.ts';
import { isHeadingLike } from './heading-like.ts';
import { LABEL_START } from './issue-table.ts';
import { issueTableWithoutAlignmentRow, parseMarkdownBlocks } from './parse-markdown.ts';

/**
 * A plain-text article → blocks. Lines are paragraphs, and hard-wrapped lines (the previous line ends
 * mid-sentence) are joined back together; a short stand-alone line that reads as a heading is a heading
 * (level 1 when it opens the text); "- "/"1. " lines are lists, "> " lines quotes, "---" a rule; runs of
 * pipe-table lines (a header, an alignment row, body rows) are tables, read as GFM.
 */
export function parseTextBlocks(text: string): ArticleBlock[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const blocks: ArticleBlock[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(paragraphBlock(paragraph.join(' ')));
    paragraph = [];
  };
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      index += 1;
      continue;
    }
    if (trimmed.startsWith('|') && !isDelimiterRow(lines[index + 1] ?? '')) {
      let end = index + 1;
      while (end < lines.length && lines[end]!.trim().startsWith('|')) end += 1;
      const table = issueTableWithoutAlignmentRow(lines.slice(index, end));
      if (table) {
        flush();
        blocks.push(table);
        index = end;
        continue;
      }
    }
    if (trimmed.includes('|') && isDelimiterRow(lines[index + 1] ?? '')) {
      flush();
      let end = index + 2;
      while (end < lines.length && lines[end]!.trim() !== '' && lines[end]!.includes('|')) end += 1;
      // Read as GFM; lines of the run that do not make a table (a header with the wrong number of cells)
      // come back as paragraphs, so nothing is lost.
      const read = parseMarkdownBlocks(lines.slice(index, end).join('\n') + '\n');
      if (read.some((block) => block.type === 'table')) {
        blocks.push(...read);
        index = end;
        continue;
      }
    }
    const list = /^\s*(?:([-*•–])|(\d+)[.)])\s+(.*)$/.exec(line);
    if (list) {
      flush();
      const ordered = list[2] !== undefined;
      const items: InlineRun[][] = [];
      const start = ordered ? Number(list[2]) : 1;
      while (index < lines.length) {
        const item = /^\s*(?:([-*•–])|(\d+)[.)])\s+(.*)$/.exec(lines[index]!);
        if (!item || (item[2] !== undefined) !== ordered) break;
        items.push(trimRuns([{ text: item[3]! }]));
        index += 1;
      }
      blocks.push({ type: 'list', ordered, start, items });
      continue;
    }
    if (/^>/.test(trimmed)) {
      flush();
      const quoted: string[] = [];
      while (index < lines.length && /^\s*>/.test(lines[index]!)) {
        quoted.push(lines[index]!.replace(/^\s*>\s?/, '').trim());
        index += 1;
      }
      const runs = trimRuns(quoted.flatMap((part, i) => (i > 0 ? [{ text: '\n' }, { text: part }] : [{ text: part }])));
      if (runs.length > 0) blocks.push({ type: 'quote', runs });
      continue;
    }
    if (/^([-*_=])(?:\s*\1){2,}$/.test(trimmed)) {
      flush();
      blocks.push({ type: 'rule' });
      index += 1;
      continue;
    }
    const hash = /^(#{1,6})\s+(.+?)\s*#*$/.exec(trimmed);
    if (hash) {
      flush();
      blocks.push(headingBlock(hash[2]!, hash[1]!.length));
      index += 1;
      continue;
    }
    const previous = paragraph.at(-1);
    // A labelled line ("Response: …") continues a labelled paragraph; otherwise a line continues a paragraph
    // whose last line stopped mid-sentence (hard-wrapped text), or when it starts in lower case.
    const continues =
      previous !== undefined &&
      (LABEL_START.test(trimmed)
        ? LABEL_START.test(paragraph[0]!)
        : !endsSentence(previous) || /^\p{Ll}/u.test(trimmed));
    if (continues) {
      paragraph.push(trimmed);
    } else if (isHeadingLike(trimmed) && !LABEL_START.test(trimmed) && !/^\s*\p{Ll}/u.test(lines[index + 1] ?? '')) {
      flush();
      blocks.push(headingBlock(trimmed, blocks.length === 0 ? 1 : 2));
    } else {
      flush();
      paragraph.push(trimmed);
    }
    index += 1;
  }
  flush();
  return blocks;
}

/** A GFM alignment row: cells of dashes with optional colons, at least one pipe or several cells. */
function isDelimiterRow(line: string): boolean {
  const trimmed = line.trim();
  return /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/.test(trimmed) && (trimmed.includes('|') || false);
}

function endsSentence(line: string): boolean {
  return /[.!?:;"”’)\]…。！？]$/.test(line.trim());
}

function paragraphBlock(text: string): ArticleBlock {
  return { type: 'paragraph', runs: trimRuns([{ text }]) };
}

function headingBlock(text: string, level: number): ArticleBlock {
  return {
    type: 'heading',
    level: Math.min(Math.max(level, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6,
    runs: trimRuns([{ text }]),
  };
}
