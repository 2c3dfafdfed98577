import { useCodebook } from '../codebook/codebook-store.ts';
import { useEffect } from 'react';
import type { NotebookDashboard } from '../../../shared/contract/compare.ts';
import type { TableName } from '../../../shared/contract/tables.ts';
import { strategyLabel } from '../../../shared/domain/compare-matrix.ts';
import { RESPONSE_TIME_MEASURE_LABELS, RESPONSE_TIME_MEASURES } from '../../../shared/domain/response-times.ts';
import { useQuery } from '../../api.ts';
import { CLUSTER_INFO } from '../../ui/crisis-clusters.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { BarChart, type Bar } from './BarChart.tsx';
import '../compare/compare.css';
import './dashboard.css';

const DASHBOARD_TABLES: readonly TableName[] = ['cases', 'issue_rows', 'events', 'quotes', 'trash'];

function clusterBars(dashboard: NotebookDashboard): Bar[] {
  return dashboard.byCluster.map((row) => ({
    key: row.cluster ?? 'none',
    label: row.cluster === null ? 'Not coded' : CLUSTER_INFO[row.cluster].label,
    value: row.cases,
  }));
}

/** The notebook at a glance: cases by cluster, strategy and year, and median response times by cluster. */
export function DashboardView({ onClose }: { onClose: () => void }) {
  const dashboard = useQuery('notebook.dashboard', {}, DASHBOARD_TABLES);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      event.preventDefault();
      onClose();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  const data = dashboard.data;
  return (
    <section className="dashboard-view" aria-labelledby="dashboard-heading">
      <header className="compare-header">
        <h1 id="dashboard-heading" className="compare-heading">
          Notebook dashboard
        </h1>
        <div className="compare-toolbar">
          <button type="button" className="button button-small button-quiet" onClick={onClose}>
            Back
          </button>
        </div>
      </header>
      {dashboard.status === 'error' && (
        <p role="alert" className="compare-error">
          The dashboard could not be read: {dashboard.error.message}
        </p>
      )}
      {!data && dashboard.status === 'loading' && (
        <p role="status" className="compare-empty-note">
          Counting the notebook…
        </p>
      )}
      {data && data.caseCount === 0 && (
        <EmptyState title="No cases yet">Add or import a case to see the notebook at a glance.</EmptyState>
      )}
      {data && data.caseCount > 0 && <DashboardBody dashboard={data} />}
    </section>
  );
}

function DashboardBody({ dashboard }: { dashboard: NotebookDashboard }) {
  const codes = useCodebook();
  const nothingCoded = dashboard.codedCount === 0 && dashboard.byStrategy.length === 0;
  return (
    <>
      <p className="dashboard-summary">
        {dashboard.caseCount.toLocaleString('en')} {dashboard.caseCount === 1 ? 'case' : 'cases'},{' '}
        {dashboard.codedCount.toLocaleString('en')} with a crisis cluster coded.
      </p>
      {nothingCoded && (
        <EmptyState title="Nothing coded yet">
          Code a case’s crisis type in its overview and its responses with SCCT or Benoit strategies to fill the cluster
          and strategy charts.
        </EmptyState>
      )}
      <div className="dashboard-grid">
        <BarChart title="Cases by cluster" unit="Cases" bars={clusterBars(dashboard)} />
        <BarChart
          title="Cases by strategy"
          unit="Cases"
          bars={dashboard.byStrategy.map((row) => ({
            key: row.strategy,
            // The notebook's own name for the code (renamed or custom), else the built-in one.
            label:
              codes.find((code) => code.kind === 'scct-strategy' && code.id === row.strategy)?.label ??
              strategyLabel(row.strategy),
            value: row.cases,
          }))}
        />
        <BarChart
          title="Cases by year"
          unit="Cases"
          bars={dashboard.byYear.map((row) => ({
            key: String(row.year ?? 'none'),
            label: row.year === null ? 'No start date' : String(row.year),
            value: row.cases,
          }))}
        />
      </div>
      <MediansTable dashboard={dashboard} />
    </>
  );
}

function MediansTable({ dashboard }: { dashboard: NotebookDashboard }) {
  return (
    <div className="dashboard-medians">
      <table className="compare-matrix">
        <caption className="compare-matrix-caption">
          Median response times by cluster (as coded), over the cases whose measure is known to the day or minute; “—”
          when no case has it
        </caption>
        <thead>
          <tr>
            <th scope="col">Cluster</th>
            {RESPONSE_TIME_MEASURES.map((measure) => (
              <th scope="col" key={measure}>
                {RESPONSE_TIME_MEASURE_LABELS[measure]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dashboard.mediansByCluster.map((entry) => (
            <tr key={entry.cluster} data-cluster={entry.cluster}>
              <th scope="row">
                {CLUSTER_INFO[entry.cluster].label}{' '}
                <span className="dashboard-muted">
                  ({entry.cases} {entry.cases === 1 ? 'case' : 'cases'})
                </span>
              </th>
              {entry.medians.map((median) => (
                <td key={median.measure}>
                  {median.label}
                  {median.cases > 0 && (
                    <span className="dashboard-muted">
                      {' '}
                      (of {median.cases} {median.cases === 1 ? 'case' : 'cases'})
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
