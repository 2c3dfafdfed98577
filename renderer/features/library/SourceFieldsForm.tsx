import { useId } from 'react';
import type { Source } from '../../../shared/domain/case-document.ts';
import { RELIABILITY_GRADES, SOURCE_KINDS } from '../../../shared/domain/case-document.ts';
import { CREDIBILITY_GRADES, CREDIBILITY_MEANINGS, RELIABILITY_MEANINGS } from '../../../shared/domain/admiralty.ts';
import { SOURCE_KIND_LABELS } from '../sources/source-form.ts';
import type { BoundSourceField } from './use-source-form.ts';
import { useSourceForm } from './use-source-form.ts';
import type { SourceField } from './source-values.ts';

function TextField({
  label,
  field,
  multiline = false,
  hint,
  placeholder,
}: {
  label: string;
  field: BoundSourceField;
  multiline?: boolean;
  hint?: string;
  placeholder?: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const common = {
    id,
    value: field.value,
    placeholder,
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': field.error ? errorId : undefined,
    onFocus: field.onFocus,
    onBlur: field.onBlur,
  };
  return (
    <div className={multiline ? 'library-field library-field-wide' : 'library-field'}>
      <label htmlFor={id} className="library-field-label">
        {label}
        {hint && <span className="library-muted"> {hint}</span>}
      </label>
      {multiline ? (
        <textarea
          {...common}
          rows={4}
          className="input textarea"
          onChange={(event) => field.onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          autoComplete="off"
          className="input"
          onChange={(event) => field.onChange(event.target.value)}
        />
      )}
      {field.error && (
        <p id={errorId} className="library-field-error">
          {field.error}
        </p>
      )}
    </div>
  );
}

/** The source's metadata and its Admiralty grading, saved as they are edited. */
export function SourceFieldsForm({ source }: { source: Source }) {
  const form = useSourceForm(source);
  const text = (field: SourceField) => form.bind(field);
  const kind = form.bind('kind', { immediate: true });
  const reliability = form.bind('reliability', { immediate: true });
  const credibility = form.bind('credibility', { immediate: true });
  const kindId = useId();

  return (
    <>
      <div className="library-form">
        <TextField label="Title" field={text('title')} />
        <TextField label="URL" field={text('url')} placeholder="https://" />
        <TextField label="Publisher" field={text('publisher')} />
        <TextField label="Authors" hint="(separate with ;)" field={text('authors')} />
        <div className="library-field">
          <label htmlFor={kindId} className="library-field-label">
            Kind
          </label>
          <select
            id={kindId}
            className="select"
            value={kind.value}
            onChange={(event) => kind.onChange(event.target.value)}
            onFocus={kind.onFocus}
            onBlur={kind.onBlur}
          >
            {SOURCE_KINDS.map((value) => (
              <option key={value} value={value}>
                {SOURCE_KIND_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <TextField label="Language" field={text('language')} placeholder="zh, en-GB" />
        <TextField label="Published on" field={text('publishedOn')} placeholder="Year, month or day" />
        <TextField label="Accessed on" field={text('accessedOn')} placeholder="Year, month or day" />
        <TextField label="Note" field={text('note')} multiline />
      </div>
      <section className="library-detail-section" aria-label="Grading">
        <h3 className="library-detail-heading">Admiralty grading</h3>
        <div className="library-grading">
          <GradeSelect
            label="Reliability"
            field={reliability}
            options={RELIABILITY_GRADES.map((grade) => [grade, RELIABILITY_MEANINGS[grade]])}
            testId="reliability-meaning"
          />
          <GradeSelect
            label="Credibility"
            field={credibility}
            options={CREDIBILITY_GRADES.map((grade) => [String(grade), CREDIBILITY_MEANINGS[grade]])}
            testId="credibility-meaning"
          />
        </div>
        <p className="library-muted library-grading-help">
          Reliability grades the source (A–F); credibility grades the information it gives (1–6).
        </p>
      </section>
    </>
  );
}

/** An Admiralty grade select with the chosen grade's meaning beside it. */
function GradeSelect({
  label,
  field,
  options,
  testId,
}: {
  readonly label: string;
  readonly field: { readonly value: string; readonly onChange: (value: string) => void };
  readonly options: readonly (readonly [grade: string, meaning: string])[];
  readonly testId: string;
}) {
  const id = useId();
  const meaning = options.find(([grade]) => grade === field.value)?.[1] ?? 'Not graded';
  return (
    <>
      <label htmlFor={id} className="library-field-label">
        {label}
      </label>
      <select
        id={id}
        className="select select-small"
        value={field.value}
        aria-describedby={`${id}-meaning`}
        onChange={(event) => field.onChange(event.target.value)}
      >
        <option value="">Not graded</option>
        {options.map(([grade, gradeMeaning]) => (
          <option key={grade} value={grade}>
            {grade} {gradeMeaning}
          </option>
        ))}
      </select>
      <span id={`${id}-meaning`} className="library-grade-meaning" data-testid={testId}>
        {meaning}
      </span>
    </>
  );
}
