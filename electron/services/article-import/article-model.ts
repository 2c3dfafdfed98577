/**
 * The intermediate model every article format is read into before it becomes a case: a title and a list
 * of blocks with inline runs. Markdown, plain text and HTML readers produce it; to-lexical.ts and
 * issue-table.ts consume it.
 */
export interface InlineRun {
  /** "\n" alone is a line break. */
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly code?: boolean;
  readonly strikethrough?: boolean;
  /** An absolute http(s) or mailto address when the run is a link. */
  readonly link?: string;
}

export interface HeadingBlock {
  readonly type: 'heading';
  readonly level: 1 | 2 | 3 | 4 | 5 | 6;
  readonly runs: readonly InlineRun[];
}
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly runs: readonly InlineRun[];
}
export interface ListBlock {
  readonly type: 'list';
  readonly ordered: boolean;
  readonly start: number;
  readonly items: readonly (readonly InlineRun[])[];
}
export interface QuoteBlock {
  readonly type: 'quote';
  readonly runs: readonly InlineRun[];
}
export interface TableBlock {
  readonly type: 'table';
  /** The header row's cells (plain text). */
  readonly header: readonly string[];
  /** Body rows, each exactly as wide as the header: short rows padded with "", long rows truncated (as GFM renders them). */
  readonly rows: readonly (readonly string[])[];
  /** How many cells each body row really had in the article (before padding or truncating). */
  readonly cellCounts: readonly number[];
  /** Text of cells beyond the header's width, per body row (empty when none): kept so nothing is lost. */
  readonly overflow: readonly (readonly string[])[];
  /** True when the table's last row stops in the middle (no closing pipe, cells missing, nothing after). */
  readonly lastRowCutOff: boolean;
}
export interface RuleBlock {
  readonly type: 'rule';
}

export type ArticleBlock = HeadingBlock | ParagraphBlock | ListBlock | QuoteBlock | TableBlock | RuleBlock;

export interface ArticleModel {
  readonly title: string;
  /** True when the title was inferred (a heading-like line, the file name) rather than marked as a heading. */
  readonly titleGuessed: boolean;
  readonly blocks: readonly ArticleBlock[];
}

/** The plain text of some runs. */
export function runsText(runs: readonly InlineRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** Joins adjacent runs with the same formatting and drops empty ones. */
export function mergeRuns(runs: readonly InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged.at(-1);
    if (last && run.text !== '\n' && last.text !== '\n' && sameFormat(last, run)) {
      merged[merged.length - 1] = { ...last, text: last.text + run.text };
    } else {
      merged.push(run);
    }
  }
  return merged;
}

function sameFormat(a: InlineRun, b: InlineRun): boolean {
  return (
    Boolean(a.bold) === Boolean(b.bold) &&
    Boolean(a.italic) === Boolean(b.italic) &&
    Boolean(a.code) === Boolean(b.code) &&
    Boolean(a.strikethrough) === Boolean(b.strikethrough) &&
    a.link === b.link
  );
}

/** Trims whitespace at both ends of a run list (line breaks included). */
export function trimRuns(runs: readonly InlineRun[]): InlineRun[] {
  const out = mergeRuns(runs).slice();
  while (out.length > 0 && out[0]!.text.trim() === '') out.shift();
  while (out.length > 0 && out.at(-1)!.text.trim() === '') out.pop();
  if (out.length > 0) {
    out[0] = { ...out[0]!, text: out[0]!.text.trimStart() };
    out[out.length - 1] = { ...out.at(-1)!, text: out.at(-1)!.text.trimEnd() };
  }
  return out;
}

/** A table block from raw rows (first row the header), shaped the way GFM renders tables. */
export function tableFromRows(
  header: readonly string[],
  body: readonly (readonly string[])[],
  lastRowCutOff: boolean,
): TableBlock {
  const width = header.length;
  return {
    type: 'table',
    header: [...header],
    rows: body.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '')),
    cellCounts: body.map((row) => row.length),
    overflow: body.map((row) => row.slice(width)),
    lastRowCutOff,
  };
}
