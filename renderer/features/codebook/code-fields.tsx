import { POSTURES } from '../../../shared/domain/codebook.ts';
import type { Posture } from '../../../shared/domain/codebook.ts';
import { POSTURE_LABELS } from '../coding/codebook-groups.ts';

/** A labelled two-line text area of the codebook's forms (definition, example). */
export function CodeTextArea({
  id,
  label,
  value,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="input textarea"
        rows={2}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** The posture of a custom SCCT strategy, or none. */
export function PostureField({
  id,
  value,
  onChange,
}: {
  readonly id: string;
  readonly value: Posture | '';
  readonly onChange: (value: Posture | '') => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>Posture</label>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(event) => onChange(event.target.value as Posture | '')}
      >
        <option value="">None</option>
        {POSTURES.map((each) => (
          <option key={each} value={each}>
            {POSTURE_LABELS[each]}
          </option>
        ))}
      </select>
    </div>
  );
}
