import { useId } from 'react';
import type { Ref } from 'react';

export interface TextFieldProps {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly error: string | undefined;
  readonly multiline?: boolean;
  readonly wide?: boolean;
  readonly inputClassName?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly onChange: (text: string) => void;
  readonly onBlur: () => void;
}

/** A labelled text box with its inline error message. */
export function TextField({
  label,
  name,
  value,
  error,
  multiline,
  wide,
  inputClassName,
  inputRef,
  onChange,
  onBlur,
}: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    name,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onBlur,
  };
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea className="input textarea" rows={4} {...common} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          ref={inputRef}
          className={inputClassName ? `input ${inputClassName}` : 'input'}
          autoComplete="off"
          {...common}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
