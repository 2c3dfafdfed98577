import { useId } from 'react';
import type { CaseAnalysisView } from '../../../shared/contract/case-analysis.ts';
import { capitalize, ITEM_KIND_LABELS, POSTURE_LABELS } from './analysis-text.ts';
import { ItemLink } from './ItemLink.tsx';

export interface AnalysisPanelProps {
  readonly caseId: string;
  readonly analysis: CaseAnalysisView;
}

function focusCrisisType(): void {
  document.querySelector<HTMLElement>('select[name="crisisType"]')?.focus();
}

function ClusterSummary({ analysis }: { analysis: CaseAnalysisView }) {
  const { effectiveCluster, intensified, clusterReason, clusterFromType, crisisTypeLabel } = analysis;
  if (effectiveCluster === null) return null;
  const why =
    intensified && clusterReason
      ? clusterReason
      : clusterFromType && crisisTypeLabel
        ? `from the crisis type ${crisisTypeLabel}`
        : 'as coded in the overview';
  return (
    <div className="analysis-fact">
      <dt>Cluster</dt>
      <dd>
        <strong className={`analysis-cluster is-${effectiveCluster}`}>{capitalize(effectiveCluster)}</strong>
        <span className="analysis-muted"> — {why}</span>
      </dd>
    </div>
  );
}

function UsedStrategies({ analysis }: { analysis: CaseAnalysisView }) {
  if (analysis.codedResponseCount === 0)
    return (
      <p className="analysis-empty">
        No response is coded yet. Code issue rows, timeline events or quotes with an SCCT or Benoit strategy to see the
        postures used and check them against the recommendation.
      </p>
    );
  return (
    <>
      <ul className="analysis-postures" aria-label="Postures used">
        {analysis.posturesUsed.map((posture) => (
          <li key={posture} className={`analysis-posture is-${posture}`}>
            {POSTURE_LABELS[posture]} <span className="analysis-count">{analysis.postureCounts[posture] ?? 0}</span>
          </li>
        ))}
      </ul>
      <ul className="analysis-strategies" aria-label="Strategies used">
        {analysis.strategyUses.map((use) => (
          <li key={use.strategy}>
            <span className="analysis-strategy-name">{use.label}</span>{' '}
            <span className="analysis-muted">
              ({use.posture ? POSTURE_LABELS[use.posture].toLowerCase() : 'no posture'}) · {use.count}{' '}
              {use.count === 1 ? 'response' : 'responses'}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Warnings({ caseId, analysis }: AnalysisPanelProps) {
  if (analysis.codedResponseCount === 0) return null;
  if (analysis.warnings.length === 0)
    return <p className="analysis-clean">No conflict with the guidance: none of the five checks found a problem.</p>;
  return (
    <ul className="analysis-warnings" aria-label="Warnings">
      {analysis.warnings.map((warning) => (
        <li key={warning.code} className="analysis-warning" data-rule={warning.rule}>
          <p className="analysis-warning-message">
            <span className="analysis-rule">Rule {warning.rule}</span> {warning.message}
          </p>
          <ul className="analysis-warning-items" aria-label={`Responses behind rule ${warning.rule}`}>
            {warning.items.map((item) => (
              <li key={`${item.itemKind}:${item.itemId}`}>
                <span className="analysis-item-kind">{ITEM_KIND_LABELS[item.itemKind]}</span>{' '}
                <ItemLink
                  caseId={caseId}
                  kind={item.itemKind}
                  itemId={item.itemId}
                  label={`Open ${ITEM_KIND_LABELS[item.itemKind].toLowerCase()} “${item.label}”`}
                >
                  {item.label}
                </ItemLink>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/**
 * The SCCT analysis of the case: the cluster after intensifiers and why, the recommended posture, the
 * postures and strategies its responses use, and the numbered rules they break, each with its items.
 */
export function AnalysisPanel({ caseId, analysis }: AnalysisPanelProps) {
  const headingId = useId();
  return (
    <section className="analysis-panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="analysis-heading">
        Crisis analysis
      </h3>
      {analysis.effectiveCluster === null ? (
        <div className="analysis-empty">
          <p>Code the crisis type in the overview to get a recommendation.</p>
          <button type="button" className="button button-quiet button-small" onClick={focusCrisisType}>
            Choose the crisis type
          </button>
        </div>
      ) : (
        <dl className="analysis-facts">
          <ClusterSummary analysis={analysis} />
          <div className="analysis-fact">
            <dt>Recommended</dt>
            <dd>
              {analysis.recommendedPosture && (
                <strong className="analysis-recommended">{POSTURE_LABELS[analysis.recommendedPosture]}</strong>
              )}
              <span className="analysis-muted"> — {analysis.recommendation}</span>
            </dd>
          </div>
        </dl>
      )}
      <h4 className="analysis-subheading">Used in the responses</h4>
      <UsedStrategies analysis={analysis} />
      <Warnings caseId={caseId} analysis={analysis} />
    </section>
  );
}
