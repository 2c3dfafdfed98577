import { useId } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import { parseDateInput, PRECISION_LABELS } from '../case/overview/date-input.ts';
import type { BoundField } from './item-form.ts';

export interface ItemDateFieldProps {
  readonly date: BoundField<string>;
  readonly approx: BoundField<boolean>;
  readonly label?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * A partial date typed as text ("2017", "April 2017", "2017-04-09", "2017-04-09 14:30 +08:00") with the
 * precision it was understood at, and its "Approximate" box.
 */
export function ItemDateField({ date, approx, label = 'Date', inputRef, onKeyDown }: ItemDateFieldProps) {
  const id = useId();
  const parsed = parseDateInput(date.value);
  const hint = date.error
    ? date.error
    : parsed.ok && parsed.value !== null
      ? `${PRECISION_LABELS[parsed.precision]} · ${parsed.label}`
      : 'Not set';
  return (
    <div className="item-field item-date-field">
      <label htmlFor={id}>{label}</label>
      <div className="item-date-row">
        <input
          id={id}
          ref={inputRef}
          className="input"
          autoComplete="off"
          placeholder="2017, April 2017, 2017-04-09 …"
          value={date.value}
          aria-invalid={date.error ? true : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => date.onChange(event.target.value)}
          onFocus={date.onFocus}
          onBlur={date.onBlur}
          onKeyDown={onKeyDown}
        />
        <label className="checkbox">
          <input type="checkbox" checked={approx.value} onChange={(event) => approx.onChange(event.target.checked)} />
          Approximate
        </label>
      </div>
      <p id={`${id}-hint`} className={date.error ? 'field-error' : 'field-hint'}>
        {hint}
      </p>
    </div>
  );
}
