import { useId } from 'react';
import { parseDateInput, PRECISION_LABELS } from './date-input.ts';

export interface DateFieldProps {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly approx: boolean;
  readonly error: string | undefined;
  readonly onChange: (text: string) => void;
  readonly onApproxChange: (approx: boolean) => void;
  readonly onBlur: () => void;
}

/** A partial date typed as text, with the precision it was understood at, and its "Approximate" box. */
export function DateField({ label, name, value, approx, error, onChange, onApproxChange, onBlur }: DateFieldProps) {
  const id = useId();
  const parsed = parseDateInput(value);
  const hint = error
    ? null
    : parsed.ok && parsed.value !== null
      ? `${PRECISION_LABELS[parsed.precision]} · ${parsed.label}`
      : 'Not set';
  return (
    <div className="field date-field">
      <label htmlFor={id}>{label}</label>
      <div className="date-field-row">
        <input
          id={id}
          name={name}
          className="input"
          autoComplete="off"
          placeholder="2017, April 2017, 2017-04-09 …"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            name={`${name}Approx`}
            checked={approx}
            onChange={(event) => onApproxChange(event.target.checked)}
          />
          Approximate
        </label>
      </div>
      <p id={`${id}-hint`} className={error ? 'field-error' : 'field-hint'}>
        {error ?? hint}
      </p>
    </div>
  );
}
