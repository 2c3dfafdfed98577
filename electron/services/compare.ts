import type { ComparedCase, EvidenceHealth } from '../../shared/contract/compare.ts';
import type { EvidenceProblem, ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { compareMatrixRows } from '../../shared/domain/compare-matrix.ts';
import { daysBetween } from '../../shared/domain/day-offset.ts';
import { getCase } from '../store/cases.ts';
import { inReadTransaction, type NotebookDb } from '../store/database.ts';
import { analysisOfCase } from './case-analysis.ts';
import { readCaseDocument } from './case-document.ts';
import { evidenceProblems } from './check.ts';
import { invalid } from './errors.ts';
import { csvFile } from './export/csv-text.ts';

/** The overlay shows a case's first events up to this many; a longer timeline says it was cut. */
export const MAX_COMPARED_EVENTS = 500;
const KEY_IMPACTS = 3;
const IMPACT_LENGTH = 160;

/** Checks every id names a live case before reading any, so a bad id gets one clear message. */
function checkLiveCases(db: NotebookDb, caseIds: readonly string[]): void {
  caseIds.forEach((caseId, index) => {
    const stored = getCase(db, caseId);
    if (!stored) throw invalid(`caseIds.${index}`, `there is no case with id ${caseId}`);
    if (stored.deletedAt !== null)
      throw invalid(`caseIds.${index}`, `the case “${stored.fields.title}” is in the trash; restore it to compare it`);
  });
}

function shortened(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > IMPACT_LENGTH ? `${line.slice(0, IMPACT_LENGTH - 1).trimEnd()}…` : line;
}

function evidenceHealth(problems: readonly EvidenceProblem[], sources: number): EvidenceHealth {
  const count = (kind: EvidenceProblem['kind']) => problems.filter((problem) => problem.kind === kind).length;
  return {
    unsupported: count('unsupported'),
    singleSource: count('single-source'),
    conflicting: count('conflicting'),
    noSnapshot: count('no-snapshot'),
    snapshotMismatch: count('snapshot-mismatch'),
    sources,
  };
}

function comparedCase(db: NotebookDb, caseId: string): ComparedCase {
  const document = readCaseDocument(db, caseId);
  const { analysis, responseTimes } = analysisOfCase(db, caseId);
  const overview = document.case;
  const dayZero = responseTimes.dayZero;
  const confirmed = document.events.filter((event) => event.status === 'confirmed');
  return {
    id: overview.id,
    slug: overview.slug,
    title: overview.title,
    baseCluster: analysis.baseCluster,
    effectiveCluster: analysis.effectiveCluster,
    crisisType: overview.crisisType,
    crisisTypeLabel: analysis.crisisTypeLabel,
    crisisHistory: overview.crisisHistory,
    priorReputation: overview.priorReputation,
    strategiesUsed: analysis.strategiesUsed,
    strategyLabels: analysis.strategiesUsed.map(
      (strategy) => analysis.strategyUses.find((use) => use.strategy === strategy)?.label ?? strategy,
    ),
    postures: analysis.posturesUsed,
    responseTimes: responseTimes.measures,
    dayZero,
    keyImpacts: document.issueRows
      .map((row) => shortened(row.impact))
      .filter((impact) => impact !== '')
      .slice(0, KEY_IMPACTS),
    evidence: evidenceHealth(evidenceProblems(db, caseId), document.sources.length),
    events: confirmed.slice(0, MAX_COMPARED_EVENTS).map((event) => ({
      id: event.id,
      on: event.on,
      approx: event.approx,
      kind: event.kind,
      title: event.title,
      offsetDays: dayZero === null ? null : daysBetween(dayZero.on, event.on),
    })),
    eventsTruncated: confirmed.length > MAX_COMPARED_EVENTS,
  };
}

/** 2–8 live cases side by side, read from one snapshot of the notebook, in the order asked. */
export function compareCases(db: NotebookDb, request: ParsedRequestOf<'cases.compare'>): ResponseOf<'cases.compare'> {
  return inReadTransaction(db, () => {
    checkLiveCases(db, request.caseIds);
    return { cases: request.caseIds.map((caseId) => comparedCase(db, caseId)) };
  });
}

/** The matrix as CSV: a header row of case titles, then one row per property; several values join with "; ". */
export function compareCasesCsv(
  db: NotebookDb,
  request: ParsedRequestOf<'cases.compareCsv'>,
): ResponseOf<'cases.compareCsv'> {
  const { cases } = compareCases(db, request);
  const rows = [
    ['Case id', ...cases.map((compared) => compared.id)],
    ...compareMatrixRows(cases).map((row) => [row.label, ...row.cells.map((cell) => cell.join('; '))]),
  ];
  return { fileName: 'case-comparison.csv', text: csvFile(['Case', ...cases.map((compared) => compared.title)], rows) };
}
