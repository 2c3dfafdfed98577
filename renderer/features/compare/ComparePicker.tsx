import { useEffect, useState } from 'react';
import { MAX_COMPARED_CASES, MIN_COMPARED_CASES } from '../../../shared/contract/compare.ts';
import type { CaseSummary } from '../../../shared/contract/procedures.ts';
import { call, errorMessage } from '../../api.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';

const PICKER_LIMIT = 50;
const SEARCH_DELAY_MS = 80;

export interface ChosenCase {
  readonly id: string;
  readonly title: string;
}

/** Why the chosen cases cannot be compared yet, or null when they can. */
export function choiceProblem(count: number): string | null {
  if (count < MIN_COMPARED_CASES) return `Choose at least ${MIN_COMPARED_CASES} cases to compare (${count} chosen).`;
  if (count > MAX_COMPARED_CASES) return `Choose at most ${MAX_COMPARED_CASES} cases to compare (${count} chosen).`;
  return null;
}

/** "Compare cases…": search cases by title (cases.list, bounded) and tick 2–8 of them. */
export function ComparePicker({
  initial,
  onCompare,
  onClose,
}: {
  initial: readonly ChosenCase[];
  onCompare: (cases: readonly ChosenCase[]) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<readonly ChosenCase[]>(initial);
  const [result, setResult] = useState<{ cases: readonly CaseSummary[]; error: string | null } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const text = query.trim();
    const timer = setTimeout(
      () => {
        call('cases.list', { limit: PICKER_LIMIT, sort: 'updated', ...(text ? { query: text } : {}) }).then(
          (page) => current && setResult({ cases: page.cases, error: null }),
          (error: unknown) => current && setResult({ cases: [], error: errorMessage(error) }),
        );
      },
      text === '' ? 0 : SEARCH_DELAY_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  function toggle(summary: CaseSummary, checked: boolean): void {
    if (!checked) {
      setChosen(chosen.filter((entry) => entry.id !== summary.id));
      setNotice(null);
    } else if (chosen.length >= MAX_COMPARED_CASES) {
      setNotice(`At most ${MAX_COMPARED_CASES} cases can be compared: untick one first.`);
    } else {
      setChosen([...chosen, { id: summary.id, title: summary.title }]);
      setNotice(null);
    }
  }

  const problem = choiceProblem(chosen.length);
  const chosenIds = new Set(chosen.map((entry) => entry.id));
  return (
    <ModalDialog label="Compare cases" className="compare-picker" onClose={onClose}>
      <form
        className="compare-picker-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (problem) setNotice(problem);
          else onCompare(chosen);
        }}
      >
        <h2 className="compare-picker-heading">Compare cases</h2>
        <input
          type="search"
          className="input"
          aria-label="Search cases"
          placeholder="Type part of a case title"
          value={query}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
        />
        <fieldset className="compare-picker-list">
          <legend className="compare-picker-legend">
            Cases ({chosen.length} of {MAX_COMPARED_CASES} chosen)
          </legend>
          {result === null && <p className="compare-empty-note">Searching…</p>}
          {result?.error && <p role="alert">Cases could not be searched: {result.error}</p>}
          {result && !result.error && result.cases.length === 0 && (
            <p className="compare-empty-note">
              {query.trim() ? `No case title matches “${query.trim()}”.` : 'The notebook has no cases yet.'}
            </p>
          )}
          {result?.cases.map((summary) => (
            <label key={summary.id} className="compare-picker-option">
              <input
                type="checkbox"
                checked={chosenIds.has(summary.id)}
                onChange={(event) => toggle(summary, event.target.checked)}
              />
              <span>{summary.title}</span>
            </label>
          ))}
        </fieldset>
        {chosen.length > 0 && (
          <p className="compare-picker-chosen">Chosen: {chosen.map((entry) => entry.title).join(' · ')}</p>
        )}
        <p className="compare-picker-notice" role="status">
          {notice ?? problem ?? ''}
        </p>
        <div className="compare-picker-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" aria-disabled={problem !== null}>
            {chosen.length >= MIN_COMPARED_CASES ? `Compare ${chosen.length} cases` : 'Compare'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
