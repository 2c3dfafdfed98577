import { useId } from 'react';
import { PRIOR_REPUTATIONS } from '../../../../shared/domain/case-document.ts';
import type { OverviewValues } from './overview-draft.ts';

const REPUTATION_LABELS: Record<(typeof PRIOR_REPUTATIONS)[number], string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
};

/**
 * SCCT's intensifiers: a history of similar crises or an unfavourable prior reputation raise the
 * responsibility the public attributes, moving a case up one cluster.
 */
export function IntensifierFields({
  history,
  reputation,
  onHistoryChange,
  onReputationChange,
}: {
  history: OverviewValues['crisisHistory'];
  reputation: OverviewValues['priorReputation'];
  onHistoryChange: (history: OverviewValues['crisisHistory']) => void;
  onReputationChange: (reputation: OverviewValues['priorReputation']) => void;
}) {
  const historyId = useId();
  const reputationId = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={historyId}>Crisis history</label>
        <select
          id={historyId}
          name="crisisHistory"
          className="select"
          value={history}
          aria-describedby={`${historyId}-hint`}
          onChange={(event) => onHistoryChange(event.target.value as OverviewValues['crisisHistory'])}
        >
          <option value="">Unknown</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </select>
        <p id={`${historyId}-hint`} className="field-hint">
          Had the organization a similar crisis before? An SCCT intensifier.
        </p>
      </div>
      <div className="field">
        <label htmlFor={reputationId}>Prior reputation</label>
        <select
          id={reputationId}
          name="priorReputation"
          className="select"
          value={reputation}
          aria-describedby={`${reputationId}-hint`}
          onChange={(event) => onReputationChange(event.target.value as OverviewValues['priorReputation'])}
        >
          <option value="">Unknown</option>
          {PRIOR_REPUTATIONS.map((value) => (
            <option key={value} value={value}>
              {REPUTATION_LABELS[value]}
            </option>
          ))}
        </select>
        <p id={`${reputationId}-hint`} className="field-hint">
          How stakeholders saw the organization before the crisis. An SCCT intensifier.
        </p>
      </div>
    </>
  );
}
