import { describe, expect, it } from 'vitest';
import { dateInputText, parseDateInput } from '../../renderer/features/case/overview/date-input.ts';

describe('parseDateInput', () => {
  it.each([
    ['2017', '2017', 'year'],
    ['April 2017', '2017-04', 'month'],
    ['apr 2017', '2017-04', 'month'],
    ['2017-4', '2017-04', 'month'],
    ['2017-04-09', '2017-04-09', 'day'],
    ['9 April 2017', '2017-04-09', 'day'],
    ['April 9, 2017', '2017-04-09', 'day'],
    ['2017/4/9', '2017-04-09', 'day'],
    ['2017年4月9日', '2017-04-09', 'day'],
    ['2017-04-09 14:30 +08:00', '2017-04-09T14:30+08:00', 'time'],
    ['2017-04-09T14:30+08:00', '2017-04-09T14:30+08:00', 'time'],
    ['2017-04-09 14:30 UTC', '2017-04-09T14:30Z', 'time'],
    ['2017-04-09 9:05:10 -0500', '2017-04-09T09:05:10-05:00', 'time'],
  ])('reads %s as %s (%s)', (input, value, precision) => {
    expect(parseDateInput(input)).toMatchObject({ ok: true, value, precision });
  });

  it('clears the date on empty text', () => {
    expect(parseDateInput('  ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['2017-13', /not a real date/],
    ['30 February 2017', /not a real date/],
    ['Smarch 2017', /is not a date/],
    ['last spring', /is not a date/],
    ['2017-04-09 14:30', /time zone/],
  ])('refuses %s with a specific message', (input, message) => {
    const result = parseDateInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('a stored date shown in a field', () => {
  it.each([
    ['2017', '2017'],
    ['2017-04', '2017-04'],
    ['2017-04-09', '2017-04-09'],
    ['2017-04-09T14:30+08:00', '2017-04-09 14:30 +08:00'],
    ['2017-04-09T09:05:10-05:00', '2017-04-09 09:05:10 -05:00'],
    ['2017-04-09T14:30Z', '2017-04-09 14:30 UTC'],
  ])('shows %s as %s, which reads back to the same date', (stored, shown) => {
    expect(dateInputText(stored)).toBe(shown);
    expect(parseDateInput(shown)).toMatchObject({ ok: true, value: stored });
  });

  it('shows nothing for no date', () => {
    expect(dateInputText(null)).toBe('');
  });
});
