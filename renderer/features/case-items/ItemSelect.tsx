import { useId } from 'react';
import type { BoundField } from './item-form.ts';

export interface ItemSelectProps {
  readonly label: string;
  readonly field: BoundField<string>;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

/** A labelled choice bound to one field of an item form; a choice is saved at once. */
export function ItemSelect({ label, field, options }: ItemSelectProps) {
  const id = useId();
  return (
    <div className="item-field item-field-narrow">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="select"
        value={field.value}
        onChange={(event) => field.onChange(event.target.value)}
        onFocus={field.onFocus}
        onBlur={field.onBlur}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
