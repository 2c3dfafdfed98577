import type { Quote } from '../../../shared/domain/case-document.ts';
import type { ItemKind } from '../case-items/item-kind.ts';
import { itemWrites } from '../case-items/item-writes.ts';
import { BLANK_QUOTE, checkQuoteField, missingForQuote, quoteValues } from './quote-form.ts';
import type { QuoteValues } from './quote-form.ts';

export const QUOTE_ITEM: ItemKind<Quote, QuoteValues> = {
  noun: 'quote',
  blank: BLANK_QUOTE,
  valuesOf: quoteValues,
  check: checkQuoteField,
  missing: missingForQuote,
  ...itemWrites('quotes'),
};
