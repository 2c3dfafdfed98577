import { useState } from 'react';
import { errorMessage, useQuery } from '../../api.ts';
import { shortLabel } from '../case-items/short-label.ts';
import { citePassage, locatorOf } from './passage-writes.ts';
import type { CitableKind } from './passage-writes.ts';

export interface CitePickerProps {
  readonly caseId: string;
  readonly sourceId: string;
  readonly passage: string;
  readonly onCited: (itemLabel: string) => void;
  readonly onCancel: () => void;
}

/** "Cite in row/event": picks one of the case's issue rows or events to cite the source from. */
export function CitePicker({ caseId, sourceId, passage, onCited, onCancel }: CitePickerProps) {
  const document = useQuery('cases.get', { id: caseId }, ['issue_rows', 'events', 'citations']);
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rows = document.data?.issueRows ?? [];
  const events = document.data?.events ?? [];
  const labels = new Map<string, { kind: CitableKind; id: string; label: string }>();
  rows.forEach((row, index) =>
    labels.set(`issueRow:${row.id}`, {
      kind: 'issueRow',
      id: row.id,
      label: shortLabel(row.issue, `Row ${index + 1}`, 80),
    }),
  );
  for (const event of events)
    labels.set(`event:${event.id}`, {
      kind: 'event',
      id: event.id,
      label: shortLabel(`${event.on} ${event.title}`, event.on, 80),
    });

  async function cite(): Promise<void> {
    const target = labels.get(choice);
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      await citePassage({ kind: target.kind, itemId: target.id, sourceId, passage });
      onCited(target.label);
    } catch (failure) {
      setError(`The citation could not be added: ${errorMessage(failure)}`);
      setBusy(false);
    }
  }

  const empty = document.data !== undefined && labels.size === 0;
  return (
    <div className="snapshot-cite-picker" role="group" aria-label="Cite in row or event">
      <p className="snapshot-cite-passage">
        Locator: <q>{shortLabel(locatorOf(passage), '', 120)}</q>
      </p>
      {empty ? (
        <p className="field-hint">This case has no issue rows or events yet.</p>
      ) : (
        <label className="snapshot-cite-choice">
          <span>Row or event</span>
          <select className="select select-small" value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">Choose…</option>
            {rows.length > 0 && (
              <optgroup label="Issue rows">
                {rows.map((row) => (
                  <option key={row.id} value={`issueRow:${row.id}`}>
                    {labels.get(`issueRow:${row.id}`)?.label}
                  </option>
                ))}
              </optgroup>
            )}
            {events.length > 0 && (
              <optgroup label="Events">
                {events.map((event) => (
                  <option key={event.id} value={`event:${event.id}`}>
                    {labels.get(`event:${event.id}`)?.label}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="snapshot-cite-actions">
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button button-small button-primary"
          disabled={choice === '' || busy}
          onClick={() => void cite()}
        >
          Cite
        </button>
      </div>
    </div>
  );
}
