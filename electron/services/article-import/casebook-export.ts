import { runsText, type ArticleBlock, type InlineRun, type ListBlock } from './article-model.ts';
import {
  readActorsList,
  readFactLine,
  readTimelineLine,
  type ExportedEvent,
  type ExportedFact,
} from './casebook-export-items.ts';
import type { ListedActor } from './speaker-actors.ts';

/**
 * Casebook's own Markdown export read back (case → Markdown → import): its sections are already
 * structured, so the narrative is the "Narrative" section, quotes come from "Quotes" and lessons from
 * "Lessons", events from "Timeline", facts from "Facts and figures" and actors from the front matter,
 * instead of guessing from prose. Sections the importer does not turn into items (the overview) and lines
 * it does not recognise stay in the narrative under their headings, so nothing is lost.
 */
export interface CasebookExportParts {
  readonly narrative: ArticleBlock[];
  readonly quotes: { readonly text: string; readonly verbatim: boolean }[];
  readonly lessons: string[];
  readonly summary: string | null;
  readonly events: ExportedEvent[];
  readonly facts: ExportedFact[];
  readonly actors: ListedActor[];
}

/** Sections that become items (or are the export's own apparatus), by their heading in the export. */
const STRUCTURED = new Set([
  'narrative',
  'quotes',
  'lessons',
  'bibliography',
  'issues, responses and impact',
  'timeline',
  'facts and figures',
]);
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\]/g;
const REPORTED_MARK = /\s*\(reported speech\)\s*$/;

/** The export says what it is in its front matter: a case id, a slug and the time of export. */
export function isCasebookExport(frontMatter: string | null): boolean {
  if (frontMatter === null) return false;
  return ['id', 'slug', 'exportedAt'].every((key) => new RegExp(`^${key}\\s*:`, 'm').test(frontMatter));
}

export function readCasebookExport(blocks: readonly ArticleBlock[], frontMatter: string): CasebookExportParts {
  const sections = new Map<string, ArticleBlock[]>();
  const order: string[] = [];
  let current: string | null = null;
  for (const block of blocks) {
    if (block.type === 'heading' && block.level <= 2) {
      current = runsText(block.runs).trim().toLowerCase();
      order.push(current);
      sections.set(current, [block]);
    } else if (current !== null) sections.get(current)!.push(block);
  }
  const body = (name: string): ArticleBlock[] => (sections.get(name) ?? []).slice(1);

  const events = listItems(body('timeline'), readTimelineLine);
  const facts = listItems(body('facts and figures'), readFactLine);
  const kept = order.filter((name) => !STRUCTURED.has(name)).flatMap((name) => sections.get(name) ?? []);
  const narrative = [...body('narrative'), ...kept, ...events.unread, ...facts.unread]
    .filter((block) => !(block.type === 'paragraph' && /^\[\^[^\]]+\]:/.test(runsText(block.runs))))
    .map(withoutFootnoteReferences);
  const quotes = body('quotes')
    .filter((block) => block.type === 'quote')
    .map((block) => {
      const text = runsText(block.runs).replace(FOOTNOTE_REFERENCE, '').trim();
      const [spoken = '', ...attribution] = text.split(/\n+(?=\s*(?:—|–)\s)/);
      const verbatim = !REPORTED_MARK.test(spoken.trim());
      return { text: [spoken.replace(REPORTED_MARK, '').trim(), ...attribution].join('\n'), verbatim };
    });
  const lessons = body('lessons').flatMap((block) =>
    block.type === 'list' ? block.items.map((item) => runsText(item).replace(FOOTNOTE_REFERENCE, '').trim()) : [],
  );
  return {
    narrative,
    quotes,
    lessons: lessons.filter((lesson) => lesson !== ''),
    summary: frontMatterString(frontMatter, 'summary'),
    events: events.items,
    facts: facts.items,
    actors: readActorsList(frontMatter),
  };
}

/** The items of a section's lists read with `read`; anything it does not recognise, kept as blocks. */
function listItems<T>(
  blocks: readonly ArticleBlock[],
  read: (line: string) => T | null,
): { items: T[]; unread: ArticleBlock[] } {
  const items: T[] = [];
  const unread: ArticleBlock[] = [];
  for (const block of blocks) {
    if (block.type !== 'list') {
      unread.push(block);
      continue;
    }
    const left: ListBlock['items'][number][] = [];
    for (const item of block.items) {
      const found = read(runsText(item).replace(FOOTNOTE_REFERENCE, '').trim());
      if (found === null) left.push(item);
      else items.push(found);
    }
    if (left.length > 0) unread.push({ ...block, items: left });
  }
  return { items, unread };
}

function withoutFootnoteReferences(block: ArticleBlock): ArticleBlock {
  const clean = (runs: readonly InlineRun[]): InlineRun[] =>
    runs.map((run) => ({ ...run, text: run.text.replace(FOOTNOTE_REFERENCE, '') })).filter((run) => run.text !== '');
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return { ...block, runs: clean(block.runs) };
    case 'list':
      return { ...block, items: block.items.map(clean) };
    default:
      return block;
  }
}

/** A double-quoted string value of the export's front matter (it writes JSON strings). */
function frontMatterString(frontMatter: string, key: string): string | null {
  const line = new RegExp(`^${key}\\s*:\\s*(".*")\\s*$`, 'm').exec(frontMatter);
  if (!line) return null;
  try {
    const value: unknown = JSON.parse(line[1]!);
    return typeof value === 'string' && value.trim() !== '' ? value : null;
  } catch {
    return null;
  }
}
