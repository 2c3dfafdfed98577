import type { ParsedRequestOf, ResponseOf, SourceSummary, SourceUse } from '../../shared/contract/procedures.ts';
import type { NotebookDb } from '../store/database.ts';
import { getNarrative } from '../store/narratives.ts';
import { listSourceLibrary, liveLanguages, livePublishers, sourceUseRows } from '../store/source-library.ts';
import { labelOf } from './errors.ts';
import { narrativeCitationContexts } from './narrative-citation-context.ts';
import { requireLiveSource } from './sources.ts';

/** How publishers are told apart: without regard to case or Unicode composition. */
const publisherKey = (name: string): string => name.normalize('NFC').trim().toLocaleLowerCase('en');

/** sources.list: one page of the library, filtered and sorted, each row with what the list shows. */
export function listSources(db: NotebookDb, request: ParsedRequestOf<'sources.list'>): ResponseOf<'sources.list'> {
  const wantedPublisher = request.publisher?.trim() ? publisherKey(request.publisher) : undefined;
  const language = request.language?.trim() || undefined;
  const { rows, total } = listSourceLibrary(db, {
    text: request.query?.trim() || undefined,
    kind: request.kind,
    publishers:
      wantedPublisher === undefined
        ? undefined
        : livePublishers(db)
            .map((publisher) => publisher.name)
            .filter((name) => publisherKey(name) === wantedPublisher),
    language,
    reliability: request.reliability,
    credibility: request.credibility,
    hasSnapshot: request.hasSnapshot,
    notCited: request.notCited,
    sort: request.sort,
    limit: request.limit,
    offset: request.offset,
  });
  const sources = rows.map((row): SourceSummary => ({
    ...row.source,
    hasSnapshot: row.snapshotCapturedAt !== null,
    snapshotCapturedAt: row.snapshotCapturedAt,
    citedCount: row.citedCount,
    file: row.file,
  }));
  return { sources, total, hasMore: request.offset + sources.length < total };
}

/**
 * sources.facets: the publishers (one spelling per name: the one most sources use, mixed case before
 * capitals on a tie) and the language tags of the live library, sorted.
 */
export function sourceFacets(db: NotebookDb): ResponseOf<'sources.facets'> {
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const publishers = new Map<string, { name: string; count: number }>();
  for (const publisher of livePublishers(db)) {
    const key = publisherKey(publisher.name);
    const kept = publishers.get(key);
    const better =
      !kept || publisher.count > kept.count || (publisher.count === kept.count && publisher.name > kept.name);
    if (better) publishers.set(key, { name: publisher.name.trim(), count: publisher.count });
  }
  // A regional tag brings its language along ("zh-CN" offers "zh" too), which the filter matches as a prefix.
  const languages = new Map<string, string>();
  for (const tag of liveLanguages(db)) {
    const primary = tag.split('-')[0] ?? tag;
    for (const offered of [primary.toLowerCase(), tag]) {
      if (!languages.has(offered.toLowerCase())) languages.set(offered.toLowerCase(), offered);
    }
  }
  return {
    publishers: [...publishers.values()].map((publisher) => publisher.name).sort(collator.compare),
    languages: [...languages.values()].sort(collator.compare),
  };
}

const KIND_FALLBACK: Record<SourceUse['kind'], string> = {
  issueRow: 'A row with no issue written',
  event: 'An event',
  quote: 'A quote',
  fact: 'A fact',
  narrative: 'The narrative',
};

/** sources.usage: every live row, event, quote, fact and narrative citation that cites the source. */
export function sourceUsage(db: NotebookDb, request: ParsedRequestOf<'sources.usage'>): ResponseOf<'sources.usage'> {
  requireLiveSource(db, request.id);
  const contextsByCase = new Map<string, string[]>();
  const narrativeContexts = (caseId: string): string[] => {
    let contexts = contextsByCase.get(caseId);
    if (!contexts) {
      contexts = narrativeCitationContexts(getNarrative(db, caseId)?.lexical ?? null);
      contextsByCase.set(caseId, contexts);
    }
    return contexts;
  };
  const uses = sourceUseRows(db, request.id).map((row): SourceUse => {
    const text =
      row.kind === 'narrative' ? (narrativeContexts(row.caseId)[row.position ?? -1] ?? '') : (row.text ?? '');
    return {
      caseId: row.caseId,
      caseTitle: row.caseTitle,
      kind: row.kind,
      itemId: row.itemId,
      label: labelOf(text, row.kind === 'narrative' ? `The narrative of “${row.caseTitle}”` : KIND_FALLBACK[row.kind]),
      locator: row.locator,
    };
  });
  return { uses };
}
