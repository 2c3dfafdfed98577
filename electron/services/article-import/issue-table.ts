import { runsText, type ArticleBlock, type TableBlock } from './article-model.ts';

/** One issue / response / impact row found in an article. */
export interface FoundIssueRow {
  readonly issue: string;
  readonly response: string;
  readonly impact: string;
  /** The article stops or leaves cells out in this row: a person should complete it. */
  readonly incomplete: boolean;
  /** Where in the article the row came from, for its citation. */
  readonly locator: string;
  /** The row's cells in the table's other columns, by header (e.g. "Coding", "Notes"); empty cells left out. */
  readonly extra: Readonly<Record<string, string>>;
}

export interface IssueColumns {
  readonly issue: number;
  readonly response: number;
  readonly impact: number;
}

type Role = keyof IssueColumns;

/** Header words that mean each column, matched as whole words, case-insensitively. */
const ROLE_PATTERNS: Record<Role, RegExp> = {
  issue:
    /\b(?:issues?|problems?|concerns?|allegations?|accusations?|criticisms?|complaints?|challenges?|controvers(?:y|ies)|incidents?|claims?|charges?|risks?|triggers?|what happened)\b/,
  response:
    /\b(?:responses?|responded|reactions?|actions?|measures?|repl(?:y|ies)|statements?|steps?|remed(?:y|ies)|handling|what (?:the )?(?:\S+ ){0,3}did|answers?|countermeasures?|mitigations?)\b/,
  impact:
    /\b(?:impacts?|consequences?|outcomes?|effects?|results?|fallout|implications?|aftermath|damage|reputational? (?:cost|harm))\b/,
};
/** Tried in this order so "Industry impact" is not read as an issue and "Corrective action" not as an impact. */
const ROLE_ORDER: readonly Role[] = ['impact', 'response', 'issue'];

export function normalizeHeader(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[*_~#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The columns of a table header that mean issue, response and impact, or null when any is missing. */
export function issueColumns(header: readonly string[]): IssueColumns | null {
  const taken = new Set<number>();
  const found: Partial<Record<Role, number>> = {};
  const normalized = header.map(normalizeHeader);
  for (const role of ROLE_ORDER) {
    const index = normalized.findIndex((cell, i) => !taken.has(i) && ROLE_PATTERNS[role].test(cell));
    if (index >= 0) {
      found[role] = index;
      taken.add(index);
    }
  }
  if (found.issue === undefined || found.response === undefined || found.impact === undefined) return null;
  return { issue: found.issue, response: found.response, impact: found.impact };
}

export interface RowsFromTable {
  readonly rows: FoundIssueRow[];
  readonly warnings: string[];
  /** Columns other than issue/response/impact held text: the table should also stay in the narrative. */
  readonly hasOtherColumns: boolean;
}

/**
 * The rows of a table whose columns mean issue / response / impact. Empty rows are skipped; a row with
 * missing cells, or the last row when the article stops inside it, is kept with what is there and marked
 * incomplete; cells beyond the header are appended to the impact so no text is lost. Each case adds a warning.
 */
export function rowsFromTable(table: TableBlock, columns: IssueColumns, tableNumber: number): RowsFromTable {
  const rows: FoundIssueRow[] = [];
  const warnings: string[] = [];
  const width = table.header.length;
  const label =
    tableNumber === 1 ? 'Issue / response / impact table' : `Issue / response / impact table ${tableNumber}`;
  const otherColumns = table.header
    .map((_, i) => i)
    .filter((i) => i !== columns.issue && i !== columns.response && i !== columns.impact);
  const lastWithText = findLastIndex(
    table.rows,
    (row, i) => row.some((cell) => cell !== '') || (table.overflow[i] ?? []).length > 0,
  );
  table.rows.forEach((row, index) => {
    const overflow = (table.overflow[index] ?? []).filter((cell) => cell !== '');
    if (row.every((cell) => cell === '') && overflow.length === 0) return;
    const number = rows.length + 1;
    const cutOff = table.lastRowCutOff && index === lastWithText;
    const missing = (table.cellCounts[index] ?? width) < width;
    const impact = [row[columns.impact] ?? '', ...overflow].filter((part) => part !== '').join(' | ');
    const preview = truncate(row[columns.issue] || row.find((cell) => cell !== '') || '');
    if (cutOff) {
      warnings.push(
        `${label}, row ${number} (“${preview}”) is cut off in the article; it was kept as far as it goes and marked incomplete.`,
      );
    } else if (missing) {
      warnings.push(
        `${label}, row ${number} (“${preview}”) has ${table.cellCounts[index]} of ${width} cells; it was marked incomplete.`,
      );
    }
    if (overflow.length > 0) {
      warnings.push(`${label}, row ${number} has more cells than the header; the extra text was added to its impact.`);
    }
    const extra: Record<string, string> = {};
    otherColumns.forEach((i) => {
      if ((row[i] ?? '') !== '') extra[table.header[i] || `Column ${i + 1}`] = row[i]!;
    });
    // A notes column that says "incomplete" (as Casebook's own Markdown export writes it) marks the row.
    const notedIncomplete = otherColumns.some(
      (i) => /^notes?$/i.test(normalizeHeader(table.header[i] ?? '')) && /\bincomplete\b/i.test(row[i] ?? ''),
    );
    rows.push({
      issue: row[columns.issue] ?? '',
      response: row[columns.response] ?? '',
      impact,
      incomplete: cutOff || missing || notedIncomplete,
      locator: cutOff ? `${label}, row ${number} (cut off in the article)` : `${label}, row ${number}`,
      extra,
    });
  });
  // Columns other than the three keep their text in each row's extra; the table also stays in the narrative
  // unless they are only annotation columns (coding, notes, sources) that rows carry anyway.
  const hasOtherColumns = otherColumns.some(
    (i) =>
      !ANNOTATION_COLUMN.test(normalizeHeader(table.header[i] ?? '')) &&
      table.rows.some((row) => (row[i] ?? '') !== ''),
  );
  return { rows, warnings, hasOtherColumns };
}

const ANNOTATION_COLUMN = /^(?:coding|codes?|strategy|notes?|sources?|citations?|references?|refs?)$/;

/** Labels of the plain-text pattern "Issue: … Response: … Impact: …" (one line or several). */
const LABEL =
  /(?:^|(?<=[\s.;|]))(issue|problem|concern|allegation|response|reaction|action taken|action|impact|consequence|outcome|effect)\s*:\s*/gi;

function roleOfLabel(label: string): Role {
  const lower = label.toLowerCase();
  if (['issue', 'problem', 'concern', 'allegation'].includes(lower)) return 'issue';
  if (['response', 'reaction', 'action taken', 'action'].includes(lower)) return 'response';
  return 'impact';
}

/**
 * A paragraph that states an issue, a response and an impact with labels, e.g.
 * "Issue: Leaked memo. Response: Apology. Impact: Boycott." Returns null for any other text.
 */
export function rowFromLabelledText(text: string, locator: string): FoundIssueRow | null {
  const matches = [...text.matchAll(LABEL)];
  if (matches.length < 2) return null;
  if (matches[0]!.index !== 0) return null;
  const values: Partial<Record<Role, string>> = {};
  for (const [i, match] of matches.entries()) {
    const role = roleOfLabel(match[1]!);
    if (values[role] !== undefined) return null;
    const end = matches[i + 1]?.index ?? text.length;
    values[role] = text
      .slice(match.index + match[0].length, end)
      .trim()
      .replace(/[;|]$/, '')
      .trim();
  }
  if (values.issue === undefined || values.response === undefined) return null;
  return {
    issue: values.issue,
    response: values.response,
    impact: values.impact ?? '',
    incomplete: values.impact === undefined || values.issue === '' || values.response === '',
    locator,
    extra: {},
  };
}

export interface ExtractedRows {
  /** The blocks that stay in the narrative: converted tables and labelled paragraphs removed. */
  readonly blocks: ArticleBlock[];
  readonly rows: FoundIssueRow[];
  readonly warnings: string[];
}

/**
 * Finds every issue / response / impact table and labelled-text row in the blocks. Tables with other
 * meanings stay; converted ones leave the narrative (unless they had other columns with text).
 * Labelled rows may also be spread over consecutive paragraphs ("Issue: …", "Response: …", "Impact: …").
 */
export function extractIssueRows(blocks: readonly ArticleBlock[]): ExtractedRows {
  const kept: ArticleBlock[] = [];
  const rows: FoundIssueRow[] = [];
  const warnings: string[] = [];
  let tables = 0;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index]!;
    if (block.type === 'table') {
      const columns = issueColumns(block.header);
      // A table with no body rows (the article stops after its header) stays a table: nothing to convert.
      if (columns === null || !block.rows.some((row) => row.some((cell) => cell !== ''))) {
        kept.push(block);
        continue;
      }
      tables += 1;
      const found = rowsFromTable(block, columns, tables);
      rows.push(...found.rows);
      warnings.push(...found.warnings);
      if (found.hasOtherColumns) {
        kept.push(block);
        warnings.push(
          `A table with issue, response and impact columns also has other columns; it was kept in the narrative as well.`,
        );
      }
      continue;
    }
    if (block.type === 'paragraph') {
      // Join up to three consecutive labelled paragraphs ("Issue: …" / "Response: …" / "Impact: …").
      let joined = runsText(block.runs);
      let used = 1;
      let row = rowFromLabelledText(joined.replace(/\n/g, ' '), labelledLocator(rows.length + 1));
      for (let extra = 1; extra <= 2; extra += 1) {
        const next = blocks[index + extra];
        if (next?.type !== 'paragraph' || !LABEL_START.test(runsText(next.runs))) break;
        const longer = `${joined} ${runsText(next.runs)}`;
        const candidate = rowFromLabelledText(longer.replace(/\n/g, ' '), labelledLocator(rows.length + 1));
        if (candidate === null) break;
        joined = longer;
        row = candidate;
        used = extra + 1;
      }
      if (row !== null) {
        rows.push(row);
        if (row.incomplete)
          warnings.push(
            `Labelled row ${rows.length} (“${truncate(row.issue)}”) lacks a response or impact; it was marked incomplete.`,
          );
        index += used - 1;
        continue;
      }
    }
    kept.push(block);
  }
  return { blocks: kept, rows, warnings };
}

/** A line that opens with an issue / response / impact label. */
export const LABEL_START =
  /^(?:issue|problem|concern|allegation|response|reaction|action taken|action|impact|consequence|outcome|effect)\s*:/i;

function labelledLocator(number: number): string {
  return `Labelled issue / response / impact, row ${number}`;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function findLastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i]!, i)) return i;
  return -1;
}
