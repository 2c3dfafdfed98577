import type { Actor, Quote, Source } from '../../../shared/domain/case-document.ts';
import { dispatchAppEvent } from '../../app-events.ts';
import { DeleteItemButton } from '../case-items/DeleteItemButton.tsx';
import { ItemCitations } from '../case-items/ItemCitations.tsx';
import { ItemDateField } from '../case-items/ItemDateField.tsx';
import type { ItemRowProps } from '../case-items/item-row-props.ts';
import { ItemTextField } from '../case-items/ItemTextField.tsx';
import { ResponseCodingPickers } from '../case-items/ResponseCodingPickers.tsx';
import { shortLabel } from '../case-items/short-label.ts';
import { useItemRemoval } from '../case-items/use-item-removal.ts';
import { useItemRow } from '../case-items/use-item-row.ts';
import { SuggestedNote } from '../case-items/SuggestedNote.tsx';
import { ItemConflicts } from '../conflicts/ItemConflicts.tsx';
import type { QuoteValues } from './quote-form.ts';
import { QUOTE_ITEM } from './quote-item.ts';
import { SpeakerField } from './SpeakerField.tsx';

export interface QuoteRowProps extends ItemRowProps<QuoteValues> {
  readonly quote: Quote | null;
  readonly actors: readonly Actor[];
  readonly sources: readonly Source[];
}

export function QuoteRow({ quote, actors, sources, ...props }: QuoteRowProps) {
  const { form, firstFieldRef } = useItemRow(QUOTE_ITEM, quote, props);
  const values = form.values;
  const excerpt = shortLabel(values.text.replace(/\s+/g, ' '), '', 40);
  const label = excerpt ? `“${excerpt}”` : 'New quote';
  const description = `the quote ${label}`;
  const remove = useItemRemoval(QUOTE_ITEM, form, props, description);
  const speakerField = form.bind('speaker');

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
    <li
      className={`item quote-row${form.id === null ? ' is-new' : ''}${values.status === 'suggested' ? ' is-suggested' : ''}`}
      aria-label={label}
      data-item-id={form.id ?? undefined}
    >
      <div className="item-body">
        {values.status === 'suggested' && (
          <SuggestedNote
            what="quote"
            onConfirm={() => form.change({ status: 'confirmed' }, { immediate: true })}
            onDismiss={remove}
          />
        )}
        <ItemTextField
          label="Quote"
          field={form.bind('text')}
          wide
          multiline
          inputRef={firstFieldRef}
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
          <ResponseCodingPickers form={form} />
        </div>
        <ItemCitations
          caseId={props.caseId}
          kind="quote"
          form={form}
          citations={quote?.citations ?? []}
          sources={sources}
          itemLabel={description}
        />
        <ItemConflicts caseId={props.caseId} itemId={form.id} itemLabel={description} />
      </div>
      <div className="item-actions">
        <DeleteItemButton label={props.deleteLabel} onClick={remove} />
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
