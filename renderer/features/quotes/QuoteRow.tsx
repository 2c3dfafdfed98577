import { useEffect, useRef } from 'react';
import type { Actor, Quote, Source } from '../../../shared/domain/case-document.ts';
import { mutate } from '../../api.ts';
import { dispatchAppEvent } from '../../app-events.ts';
import { CodingPicker } from '../coding/CodingPicker.tsx';
import { CitationChips } from '../sources/CitationChips.tsx';
import { useItemForm } from '../case-items/item-form.ts';
import { ItemDateField } from '../case-items/ItemDateField.tsx';
import { ItemTextField } from '../case-items/ItemTextField.tsx';
import { useMoveToTrash } from '../case-items/move-to-trash.ts';
import { BLANK_QUOTE, checkQuoteField, missingForQuote, quoteValues } from './quote-form.ts';
import type { QuoteValues } from './quote-form.ts';
import { SpeakerField } from './SpeakerField.tsx';

export interface QuoteRowProps {
  readonly caseId: string;
  readonly quote: Quote | null;
  readonly deleteLabel: string;
  readonly actors: readonly Actor[];
  readonly sources: readonly Source[];
  readonly initialDrafts?: Partial<QuoteValues>;
  readonly focusOnMount?: boolean;
  readonly onCreated?: (id: string) => void;
  readonly onDraftChange?: (values: Partial<QuoteValues>) => void;
  readonly onDiscardDraft?: () => void;
  readonly onDeleted?: () => void;
}

function shortened(text: string, length = 40): string {
  const flat = text.trim().replace(/\s+/g, ' ');
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

export function QuoteRow({
  caseId,
  quote,
  deleteLabel,
  actors,
  sources,
  initialDrafts,
  focusOnMount,
  onCreated,
  onDraftChange,
  onDiscardDraft,
  onDeleted,
}: QuoteRowProps) {
  const moveToTrash = useMoveToTrash();
  const textRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const form = useItemForm<Quote, QuoteValues>({
    noun: 'quote',
    caseId,
    stored: quote,
    blank: BLANK_QUOTE,
    valuesOf: quoteValues,
    check: checkQuoteField,
    missing: missingForQuote,
    initialDrafts,
    onNewItemDraftsChange: onDraftChange,
    create: (fields) => mutate('quotes.create', { caseId, fields: fields as never }),
    update: (id, patch) => mutate('quotes.update', { id, patch }),
    remove: (id) => mutate('quotes.delete', { id }),
    onCreated: (item) => onCreated?.(item.id),
  });
  useEffect(() => {
    if (focusOnMount) textRef.current?.focus();
  }, [focusOnMount]);

  const values = form.values;
  const label = values.text.trim() ? `“${shortened(values.text)}”` : 'New quote';
  const speakerField = form.bind('speaker');

  async function remove(): Promise<void> {
    form.cancelPending();
    if (form.id === null) {
      onDiscardDraft?.();
      return;
    }
    const id = form.id;
    const removed = await moveToTrash({
      noun: 'quote',
      description: `the quote ${label}`,
      caseId,
      remove: () => mutate('quotes.delete', { id }),
    });
    if (removed) onDeleted?.();
  }

  function insertAsPullQuote(): void {
    form.commitNow();
    dispatchAppEvent('casebook:insert-pull-quote', {
      text: values.text.trim(),
      speaker: values.speaker.trim() || null,
      sourceId: quote?.citations[0]?.sourceId ?? null,
    });
    dispatchAppEvent('casebook:jump-to-section', { section: 'narrative' });
  }

  return (
    <li className={`item quote-row${form.id === null ? ' is-new' : ''}`} aria-label={label}>
      <div className="item-body">
        <ItemTextField
          label="Quote"
          field={form.bind('text')}
          wide
          multiline
          inputRef={textRef}
          className="quote-text-field"
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.verbatim}
            onChange={(event) => form.change({ verbatim: event.target.checked }, { immediate: true })}
          />
          Verbatim
          <span className="field-hint">{values.verbatim ? '(the exact words)' : '(reported speech)'}</span>
        </label>
        <div className="item-fields-row">
          <SpeakerField
            actors={actors}
            speaker={values.speaker}
            actorId={values.actorId}
            onChange={(speaker, actorId) => form.change({ speaker, actorId })}
            onFocus={speakerField.onFocus}
            onBlur={speakerField.onBlur}
          />
          <ItemDateField date={form.bind('on')} approx={form.bind('approx', { immediate: true })} />
        </div>
        <div className="item-fields-row">
          <ItemTextField
            label="Original text"
            field={form.bind('original')}
            multiline
            lang={values.language.trim() || undefined}
          />
          <ItemTextField
            label="Language"
            field={form.bind('language')}
            placeholder="zh, en, ja …"
            className="item-field-narrow"
          />
        </div>
        <div className="item-fields-row">
          <CodingPicker
            scheme="scct"
            value={values.strategy === '' ? null : values.strategy}
            onChange={(id) => form.change({ strategy: id ?? '' }, { immediate: true })}
          />
          <CodingPicker
            scheme="benoit"
            value={values.benoit === '' ? null : values.benoit}
            onChange={(id) => form.change({ benoit: id ?? '' }, { immediate: true })}
          />
        </div>
        {form.id !== null ? (
          <CitationChips
            caseId={caseId}
            target={{ kind: 'quote', id: form.id }}
            citations={quote?.citations ?? []}
            sources={sources}
            itemLabel={`the quote ${label}`}
          />
        ) : (
          <p className="item-missing" role="status">
            {form.missing}
          </p>
        )}
      </div>
      <div className="item-actions">
        <button
          type="button"
          className="icon-button icon-button-danger"
          aria-label={deleteLabel}
          title={deleteLabel}
          onClick={() => void remove()}
        >
          ×
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={form.id === null}
          onClick={insertAsPullQuote}
        >
          Insert as pull quote
        </button>
      </div>
    </li>
  );
}
