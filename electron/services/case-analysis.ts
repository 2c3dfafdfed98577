import type { CaseAnalysisResponse } from '../../shared/contract/case-analysis.ts';
import { analyzeCase, type CodedResponse } from '../../shared/domain/crisis-analysis.ts';
import { crisisTypeDefinition, scctStrategyDefinition } from '../../shared/domain/codebook.ts';
import { measureResponseTimes } from '../../shared/domain/response-times.ts';
import { listCodeOverrides } from '../store/code-overrides.ts';
import { listCustomCodes, listCustomStrategyPostures } from '../store/custom-codes.ts';
import type { NotebookDb } from '../store/database.ts';
import { liveEventsOfCase } from '../store/events.ts';
import { liveIssueRowsOfCase } from '../store/issue-rows.ts';
import { liveQuotesOfCase } from '../store/quotes.ts';
import { getCaseOverview } from './cases.ts';

/** Labels of crisis types and SCCT strategies as this notebook names them (renamed built-ins, its own codes). */
function codeLabels(db: NotebookDb): { crisisType: (id: string) => string; strategy: (id: string) => string } {
  const own = new Map<string, string>();
  for (const code of listCustomCodes(db)) own.set(`${code.kind} ${code.id}`, code.label);
  for (const override of listCodeOverrides(db))
    if (override.label) own.set(`${override.kind} ${override.id}`, override.label);
  return {
    crisisType: (id) => own.get(`crisis-type ${id}`) ?? crisisTypeDefinition(id)?.label ?? id,
    strategy: (id) => own.get(`scct-strategy ${id}`) ?? scctStrategyDefinition(id)?.label ?? id,
  };
}

/** The first line of an item's text, cut at a word's end near 80 characters. */
function labelOf(text: string, fallback: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  if (line === '') return fallback;
  if (line.length <= 80) return line;
  const cut = line.slice(0, 79);
  const wordEnd = cut.lastIndexOf(' ');
  return `${(wordEnd > 40 ? cut.slice(0, wordEnd) : cut).trimEnd()}…`;
}

/** Every live issue row, event and quote of the case that carries an SCCT or Benoit code. */
function codedResponses(db: NotebookDb, caseId: string, events: ReturnType<typeof liveEventsOfCase>): CodedResponse[] {
  const coded = (item: { strategy: string | null; benoit: string | null }) =>
    item.strategy !== null || item.benoit !== null;
  const rows = liveIssueRowsOfCase(db, caseId)
    .filter(coded)
    .map((row): CodedResponse => ({
      itemKind: 'issueRow',
      itemId: row.id,
      label: labelOf(row.response || row.issue, 'Issue row'),
      strategy: row.strategy,
      benoit: row.benoit,
    }));
  const timeline = events.filter(coded).map((event): CodedResponse => ({
    itemKind: 'event',
    itemId: event.id,
    label: labelOf(event.title, 'Event'),
    strategy: event.strategy,
    benoit: event.benoit,
  }));
  const quotes = liveQuotesOfCase(db, caseId)
    .filter(coded)
    .map((quote): CodedResponse => ({
      itemKind: 'quote',
      itemId: quote.id,
      label: labelOf(quote.text, 'Quote'),
      strategy: quote.strategy,
      benoit: quote.benoit,
    }));
  return [...rows, ...timeline, ...quotes];
}

/** The analysis of a live case's coding and its response-time measures from its confirmed timeline. */
export function analysisOfCase(db: NotebookDb, caseId: string): CaseAnalysisResponse {
  const overview = getCaseOverview(db, caseId);
  const events = liveEventsOfCase(db, caseId);
  const postures = listCustomStrategyPostures(db);
  const labels = codeLabels(db);
  const analysis = analyzeCase({
    crisisCluster: overview.crisisCluster,
    crisisType: overview.crisisType,
    crisisHistory: overview.crisisHistory,
    priorReputation: overview.priorReputation,
    responses: codedResponses(db, caseId, events),
    postureOf: (id) => postures.get(id) ?? null,
  });
  const times = measureResponseTimes(events);
  const titles = new Map(events.map((event) => [event.id, event]));
  const titleOf = (id: string | null) => (id === null ? null : (titles.get(id)?.title ?? null));
  return {
    analysis: {
      ...analysis,
      crisisTypeLabel: overview.crisisType === null ? null : labels.crisisType(overview.crisisType),
      strategyUses: analysis.strategyUses.map((use) => ({ ...use, label: labels.strategy(use.strategy) })),
    },
    responseTimes: {
      dayZero: times.dayZero && { ...times.dayZero, title: titleOf(times.dayZero.eventId) ?? '' },
      measures: times.measures.map((measure) => ({
        ...measure,
        startTitle: titleOf(measure.startEventId),
        endTitle: titleOf(measure.endEventId),
        endOn: measure.endEventId === null ? null : (titles.get(measure.endEventId)?.on ?? null),
      })),
    },
  };
}
