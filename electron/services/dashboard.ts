import type { NotebookDashboard } from '../../shared/contract/compare.ts';
import { CRISIS_CLUSTERS, type CrisisCluster } from '../../shared/domain/codebook.ts';
import { medianDays, formatMedianDays } from '../../shared/domain/median-days.ts';
import {
  measureResponseTimes,
  RESPONSE_TIME_MEASURES,
  type ResponseTimeMeasure,
} from '../../shared/domain/response-times.ts';
import {
  countCasesByCluster,
  countCasesByStrategy,
  countCasesByYear,
  eventsForResponseTimes,
  type MeasuredEventRow,
} from '../store/dashboard.ts';
import { inReadTransaction, type NotebookDb } from '../store/database.ts';

/** More strategies than this is a notebook with many custom codes; the chart shows the most used. */
const STRATEGY_LIMIT = 60;

/**
 * The notebook dashboard: cases by cluster, strategy and year (counted in SQLite), and the median of each
 * response-time measure over the cases of each cluster (measured here, from only the events that can
 * start or end a measure; measures known to the day or the minute only).
 */
export function notebookDashboard(db: NotebookDb): NotebookDashboard {
  return inReadTransaction(db, () => {
    const byCluster = countCasesByCluster(db);
    const caseCount = byCluster.reduce((sum, row) => sum + row.cases, 0);
    const codedCount = byCluster.reduce((sum, row) => sum + (row.cluster === null ? 0 : row.cases), 0);
    return {
      caseCount,
      codedCount,
      byCluster,
      byStrategy: countCasesByStrategy(db, STRATEGY_LIMIT),
      byYear: countCasesByYear(db),
      mediansByCluster: mediansByCluster(eventsForResponseTimes(db), byCluster),
    };
  });
}

function mediansByCluster(
  rows: readonly MeasuredEventRow[],
  byCluster: readonly { cluster: CrisisCluster | null; cases: number }[],
): NotebookDashboard['mediansByCluster'] {
  const eventsByCase = new Map<string, { cluster: CrisisCluster; events: MeasuredEventRow[] }>();
  for (const row of rows) {
    const entry = eventsByCase.get(row.caseId);
    if (entry) entry.events.push(row);
    else eventsByCase.set(row.caseId, { cluster: row.cluster, events: [row] });
  }
  const samples = new Map<CrisisCluster, Record<ResponseTimeMeasure, number[]>>(
    CRISIS_CLUSTERS.map((cluster) => [cluster, { 'first-response': [], apology: [], 'corrective-action': [] }]),
  );
  for (const { cluster, events } of eventsByCase.values()) {
    const { measures } = measureResponseTimes(events.map((event) => ({ ...event, status: 'confirmed' })));
    const perMeasure = samples.get(cluster);
    // A month- or year-precision measure ("under a month") has no day count to take a median of.
    for (const measure of measures)
      if (measure.days !== null && (measure.unit === 'minutes' || measure.unit === 'days'))
        perMeasure?.[measure.measure].push(measure.days);
  }
  return CRISIS_CLUSTERS.map((cluster) => ({
    cluster,
    cases: byCluster.find((row) => row.cluster === cluster)?.cases ?? 0,
    medians: RESPONSE_TIME_MEASURES.map((measure) => {
      const values = samples.get(cluster)?.[measure] ?? [];
      const days = medianDays(values);
      return { measure, days, label: formatMedianDays(days), cases: values.length };
    }),
  }));
}
