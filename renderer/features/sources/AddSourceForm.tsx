/**
 * <AddSourceForm caseId onAdded onCancel cancelLabel? initialTitle?>
 * - caseId: the case on screen (for undo history), or null.
 * - onAdded({ source, merged }): after sources.create returned; merged = the URL was already in the
 *   library and that source is used (say so with addedSourceMessage()).
 * - onCancel(): the cancel button ("Cancel" or cancelLabel).
 * - titleInputRef: receives the Title input (for a dialog's initial focus).
 * - onCapture(url) / capturing: when given, a "Capture page" button beside a typed URL asks for the page
 *   to be fetched (the URL is checked first); capturing disables it while the capture runs.
 * The fields "Title", "URL", "Publisher", "Authors", "Kind", "Published on", "Language", checked before
 * anything is sent; the submit button is "Add source". The add can be undone (the source goes to the trash).
 */
import { useId, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent, ReactNode, RefObject } from 'react';
import type { ResponseOf } from '../../../shared/contract/procedures.ts';
import { normalizeUrl } from '../../../shared/domain/url.ts';
import type { SourceKind } from '../../../shared/domain/case-document.ts';
import { errorMessage, mutate } from '../../api.ts';
import { recordEdit } from '../../edit-history.ts';
import { parseDateInput, PRECISION_LABELS } from '../case/overview/date-input.ts';
import { checkSourceDraft, EMPTY_SOURCE_DRAFT, SOURCE_KIND_LABELS, SOURCE_KINDS } from './source-form.ts';
import type { SourceDraft, SourceFieldName } from './source-form.ts';

export type AddedSource = ResponseOf<'sources.create'>;

export const MERGED_SOURCE_MESSAGE = 'This URL is already in your library: using the existing source.';

export function addedSourceMessage({ source, merged }: AddedSource): string {
  return merged ? MERGED_SOURCE_MESSAGE : `Added “${source.title}” to your library.`;
}

export interface AddSourceFormProps {
  readonly caseId: string | null;
  readonly onAdded: (added: AddedSource) => void;
  readonly onCancel: () => void;
  readonly cancelLabel?: string;
  readonly initialTitle?: string;
  readonly titleInputRef?: RefObject<HTMLInputElement | null>;
  readonly onCapture?: (url: string) => void;
  readonly capturing?: boolean;
}

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {(error ?? hint) && (
        <p id={`${id}-note`} className={error ? 'field-error' : 'field-hint'}>
          {error ?? hint}
        </p>
      )}
    </div>
  );
}

export function AddSourceForm({
  caseId,
  onAdded,
  onCancel,
  cancelLabel = 'Cancel',
  initialTitle = '',
  titleInputRef,
  onCapture,
  capturing = false,
}: AddSourceFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<SourceDraft>({ ...EMPTY_SOURCE_DRAFT, title: initialTitle });
  const [errors, setErrors] = useState<Partial<Record<SourceFieldName, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ownTitleRef = useRef<HTMLInputElement>(null);
  const titleRef = titleInputRef ?? ownTitleRef;
  const fieldIds = {
    title: `${id}-title`,
    url: `${id}-url`,
    publisher: `${id}-publisher`,
    authors: `${id}-authors`,
    kind: `${id}-kind`,
    publishedOn: `${id}-published`,
    language: `${id}-language`,
  };

  function change<K extends keyof SourceDraft>(key: K, value: SourceDraft[K]): void {
    setDraft((current) => ({ ...current, [key]: value }));
    if (key in errors) setErrors(({ [key as SourceFieldName]: _gone, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const checked = checkSourceDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = (['title', 'url', 'publishedOn', 'language'] as const).find((name) => checked.errors[name]);
      if (first) document.getElementById(fieldIds[first])?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const added = await mutate('sources.create', { fields: checked.fields });
      if (!added.merged) {
        const sourceId = added.source.id;
        let trashId: string | null = null;
        recordEdit({
          label: 'Add source',
          caseId,
          undo: async () => {
            trashId = (await mutate('sources.delete', { id: sourceId })).trashId;
          },
          redo: async () => {
            if (trashId !== null) await mutate('trash.restore', { id: trashId });
          },
        });
      }
      onAdded(added);
    } catch (error) {
      setFailure(`The source could not be added: ${errorMessage(error)}`);
      setBusy(false);
    }
  }

  function capture(): void {
    const url = draft.url.trim();
    if (normalizeUrl(url) === null) {
      setErrors((current) => ({
        ...current,
        url: `“${url}” is not a web address. Use one that starts with https:// or http://.`,
      }));
      document.getElementById(fieldIds.url)?.focus();
      return;
    }
    onCapture?.(url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    // An input method's Enter chooses a candidate; it must not submit the form.
    if (event.key === 'Enter' && (event.nativeEvent.isComposing || event.keyCode === 229)) event.preventDefault();
  }

  const date = parseDateInput(draft.publishedOn);
  const dateHint =
    date.ok && date.value !== null
      ? `${PRECISION_LABELS[date.precision]} · ${date.label}`
      : '2017, April 2017 or 2017-04-09';
  const described = (name: SourceFieldName | 'authors') => ({ 'aria-describedby': `${fieldIds[name]}-note` });

  return (
    <form className="source-form" noValidate onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown}>
      <div className="source-form-grid">
        <div className="field-wide">
          <Field id={fieldIds.title} label="Title" error={errors.title}>
            <input
              ref={titleRef}
              id={fieldIds.title}
              className="input"
              autoComplete="off"
              value={draft.title}
              aria-invalid={errors.title ? true : undefined}
              aria-required="true"
              {...(errors.title ? described('title') : {})}
              onChange={(event) => change('title', event.target.value)}
            />
          </Field>
        </div>
        <div className="field-wide">
          <Field id={fieldIds.url} label="URL" error={errors.url}>
            <input
              id={fieldIds.url}
              className="input"
              type="url"
              inputMode="url"
              autoComplete="off"
              placeholder="https://"
              value={draft.url}
              aria-invalid={errors.url ? true : undefined}
              {...(errors.url ? described('url') : {})}
              onChange={(event) => change('url', event.target.value)}
            />
            {onCapture && draft.url.trim() !== '' && (
              <button
                type="button"
                className="button source-capture"
                disabled={capturing || busy}
                aria-describedby={`${fieldIds.url}-capture`}
                onClick={capture}
              >
                {capturing ? 'Capturing…' : 'Capture page'}
              </button>
            )}
            {onCapture && draft.url.trim() !== '' && (
              <span id={`${fieldIds.url}-capture`} className="visually-hidden">
                Fetches the page and keeps a sanitized snapshot; its title, byline and site fill in from the page.
              </span>
            )}
          </Field>
        </div>
        <Field id={fieldIds.publisher} label="Publisher">
          <input
            id={fieldIds.publisher}
            className="input"
            autoComplete="off"
            value={draft.publisher}
            onChange={(event) => change('publisher', event.target.value)}
          />
        </Field>
        <Field id={fieldIds.authors} label="Authors" hint="Separate names with commas or semicolons">
          <input
            id={fieldIds.authors}
            className="input"
            autoComplete="off"
            value={draft.authors}
            {...described('authors')}
            onChange={(event) => change('authors', event.target.value)}
          />
        </Field>
        <Field id={fieldIds.kind} label="Kind">
          <select
            id={fieldIds.kind}
            className="select"
            value={draft.kind}
            onChange={(event) => change('kind', event.target.value as SourceKind)}
          >
            {SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {SOURCE_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={fieldIds.publishedOn} label="Published on" hint={dateHint} error={errors.publishedOn}>
          <input
            id={fieldIds.publishedOn}
            className="input"
            autoComplete="off"
            value={draft.publishedOn}
            aria-invalid={errors.publishedOn ? true : undefined}
            {...described('publishedOn')}
            onChange={(event) => change('publishedOn', event.target.value)}
          />
        </Field>
        <Field
          id={fieldIds.language}
          label="Language"
          hint="A tag like “zh”, “en” or “zh-Hant”"
          error={errors.language}
        >
          <input
            id={fieldIds.language}
            className="input"
            autoComplete="off"
            value={draft.language}
            aria-invalid={errors.language ? true : undefined}
            {...described('language')}
            onChange={(event) => change('language', event.target.value)}
          />
        </Field>
      </div>
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          Add source
        </button>
      </div>
    </form>
  );
}
