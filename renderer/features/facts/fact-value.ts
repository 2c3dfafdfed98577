import type { FieldCheck } from '../case-items/item-form.ts';

const PLAIN = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
const GROUPED = /^[-+]?\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?:\.\d+)?$/;

/**
 * A figure as typed: digits with an optional sign, decimal point, exponent or thousands separators
 * ("1,250,000.5", "40", "-3.2", "4e6"). Empty means no figure. Anything else says why.
 */
export function parseFactValue(input: string): FieldCheck {
  const text = input.trim();
  if (text === '') return { ok: true, value: null };
  const digits = GROUPED.test(text) ? text.replace(/[, \u00a0\u202f]/g, '') : PLAIN.test(text) ? text : null;
  const value = digits === null ? Number.NaN : Number(digits);
  if (!Number.isFinite(value))
    return {
      ok: false,
      message: `“${text}” is not a number. Write the figure alone, like 40 or 1250000.5, and the unit (%, million, RMB) in Unit.`,
    };
  return { ok: true, value };
}
