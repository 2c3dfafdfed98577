import type { Fact } from '../../../shared/domain/case-document.ts';
import type { ItemKind } from '../case-items/item-kind.ts';
import { itemWrites } from '../case-items/item-writes.ts';
import { BLANK_FACT, checkFactField, factValues, missingForFact } from './fact-form.ts';
import type { FactValues } from './fact-form.ts';

export const FACT_ITEM: ItemKind<Fact, FactValues> = {
  noun: 'fact',
  blank: BLANK_FACT,
  valuesOf: factValues,
  check: checkFactField,
  missing: missingForFact,
  ...itemWrites('facts'),
};
