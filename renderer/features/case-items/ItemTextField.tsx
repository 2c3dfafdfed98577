import { useId } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import type { BoundField } from './item-form.ts';

export interface ItemTextFieldProps {
  readonly label: string;
  readonly field: BoundField<string>;
  readonly multiline?: boolean;
  readonly wide?: boolean;
  readonly placeholder?: string;
  readonly inputMode?: 'text' | 'decimal';
  readonly className?: string;
  readonly lang?: string;
  readonly inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

/** A labelled text box bound to one field of an item form, with its inline message. */
export function ItemTextField({
  label,
  field,
  multiline,
  wide,
  placeholder,
  inputMode,
  className,
  lang,
  inputRef,
  onKeyDown,
}: ItemTextFieldProps) {
  const id = useId();
  const common = {
    id,
    ref: inputRef,
    value: field.value,
    placeholder,
    lang,
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': field.error ? `${id}-error` : undefined,
    onFocus: field.onFocus,
    onBlur: field.onBlur,
    onKeyDown,
  };
  return (
    <div className={`item-field${wide ? ' item-field-wide' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          className="input textarea"
          rows={2}
          {...common}
          onChange={(event) => field.onChange(event.target.value)}
        />
      ) : (
        <input
          className="input"
          autoComplete="off"
          inputMode={inputMode}
          {...common}
          onChange={(event) => field.onChange(event.target.value)}
        />
      )}
      {field.error && (
        <p id={`${id}-error`} className="field-error">
          {field.error}
        </p>
      )}
    </div>
  );
}
