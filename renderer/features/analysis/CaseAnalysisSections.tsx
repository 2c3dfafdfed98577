import type { TableName } from '../../../shared/contract/tables.ts';
import { useQuery } from '../../api.ts';
import { ResponseTimesPanel } from '../case/overview/ResponseTimesPanel.tsx';
import { AnalysisPanel } from './AnalysisPanel.tsx';
import './analysis.css';

/** What the analysis reads: the case's coding and intensifiers, its coded items, its timeline and the codebook. */
export const ANALYSIS_TABLES: readonly TableName[] = [
  'cases',
  'issue_rows',
  'events',
  'quotes',
  'custom_codes',
  'code_overrides',
];

/** Below the overview form: the response-time measures and the crisis analysis, fetched once for both. */
export function CaseAnalysisSections({ caseId }: { caseId: string }) {
  const query = useQuery('cases.analysis', { id: caseId }, ANALYSIS_TABLES);
  // A case deleted while on screen: the case page closes it; there is nothing to say here.
  if (query.status === 'error' && query.error.code === 'not-found') return null;
  if (query.data === undefined)
    return query.status === 'error' ? (
      <p role="alert" className="analysis-error">
        The analysis could not be computed: {query.error.message}
      </p>
    ) : (
      <div className="analysis-loading" aria-busy="true" aria-label="Computing the analysis" />
    );
  return (
    <div className="case-analysis">
      <ResponseTimesPanel caseId={caseId} responseTimes={query.data.responseTimes} />
      <AnalysisPanel caseId={caseId} analysis={query.data.analysis} />
    </div>
  );
}
