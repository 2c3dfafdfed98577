import type { Fact } from '../../../shared/domain/case-document.ts';
import { dateInputText, parseDateInput } from '../case/overview/date-input.ts';
import type { FieldCheck } from '../case-items/item-form.ts';
import { parseFactValue } from './fact-value.ts';

export type FactValues = {
  statement: string;
  value: string;
  unit: string;
  origin: string;
  on: string;
  approx: boolean;
  status: string;
};

export const BLANK_FACT: FactValues = {
  statement: '',
  value: '',
  unit: '',
  origin: '',
  on: '',
  approx: false,
  status: 'confirmed',
};

export function factValues(fact: Fact): FactValues {
  return {
    statement: fact.statement,
    value: fact.value === null ? '' : String(fact.value),
    unit: fact.unit ?? '',
    origin: fact.origin ?? '',
    on: dateInputText(fact.on),
    approx: fact.approx,
    status: fact.status,
  };
}

export function checkFactField(field: keyof FactValues, values: FactValues): FieldCheck {
  switch (field) {
    case 'statement':
      return values.statement.trim() === ''
        ? { ok: false, message: 'A fact needs its statement.' }
        : { ok: true, value: values.statement };
    case 'value':
      return parseFactValue(values.value);
    case 'on': {
      const parsed = parseDateInput(values.on);
      return parsed.ok ? { ok: true, value: parsed.value } : parsed;
    }
    case 'unit':
    case 'origin':
      return { ok: true, value: values[field].trim() === '' ? null : values[field].trim() };
    default:
      return { ok: true, value: values[field] };
  }
}

export function missingForFact(values: FactValues): string | null {
  return values.statement.trim() === '' ? 'Not saved yet: write the statement.' : null;
}
