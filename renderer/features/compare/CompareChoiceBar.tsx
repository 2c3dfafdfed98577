import { MIN_COMPARED_CASES } from '../../../shared/contract/compare.ts';
import type { ChosenCase } from './ComparePicker.tsx';

/** Under the case list while cases are chosen for comparison (Ctrl/Cmd+click): compare them, or clear. */
export function CompareChoiceBar({
  chosen,
  onCompare,
  onClear,
}: {
  chosen: readonly ChosenCase[];
  onCompare: () => void;
  onClear: () => void;
}) {
  const enough = chosen.length >= MIN_COMPARED_CASES;
  return (
    <div className="compare-choice-bar" role="region" aria-label="Cases chosen for comparison">
      <span className="compare-choice-count" role="status">
        {chosen.length} {chosen.length === 1 ? 'case' : 'cases'} chosen
        {!enough && ': Ctrl/Cmd+click another to compare'}
      </span>
      <span className="compare-choice-actions">
        <button type="button" className="button button-small button-primary" disabled={!enough} onClick={onCompare}>
          Compare
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onClear}>
          Clear
        </button>
      </span>
    </div>
  );
}
