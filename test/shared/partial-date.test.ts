import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatPartialDate,
  isPartialDate,
  parsePartialDate,
} from '../../shared/domain/partial-date.ts';

describe('partial dates', () => {
  it('parses each precision and nothing more precise than written', () => {
    expect(parsePartialDate('2026')).toMatchObject({
      precision: 'year',
      year: 2026,
      month: null,
      day: null,
      instant: null,
    });
    expect(parsePartialDate('2026-01')).toMatchObject({ precision: 'month', month: 1, day: null });
    expect(parsePartialDate('2026-01-05')).toMatchObject({ precision: 'day', day: 5, instant: null });
    expect(parsePartialDate('2026-01-05T18:00+08:00')).toMatchObject({
      precision: 'time',
      instant: Date.UTC(2026, 0, 5, 10, 0),
    });
    expect(parsePartialDate('2019-01-03T07:00:02.000Z')?.instant).toBe(Date.UTC(2019, 0, 3, 7, 0, 2));
    expect(parsePartialDate('2015-07-24T05:36:09+01:00')?.instant).toBe(Date.UTC(2015, 6, 24, 4, 36, 9));
  });

  it('refuses shapes and values that are not dates', () => {
    for (const text of [
      '',
      '26',
      '2026-1',
      '2026-1-5',
      '2026-13',
      '2026-02-30',
      '2023-02-29',
      '2026-01-05T18:00',
      '2026-01-05T24:00Z',
      '2026-01-05T18:60Z',
      '2026-01-05T18:00+15:00',
      '2026-01-05 18:00Z',
      'January 2026',
      '0000',
      ' 2026',
    ]) {
      expect(isPartialDate(text), text).toBe(false);
    }
    expect(isPartialDate('2024-02-29')).toBe(true);
  });

  it('orders chronologically, a less precise date before the more precise dates it contains', () => {
    const shuffled = [
      '2026-01-06',
      '2026-01-05T18:00+08:00',
      '2026',
      '2025-12-31',
      '2026-01',
      '2026-01-05',
      '2026-02',
      '2026-01-05T09:00+08:00',
    ];
    expect([...shuffled].sort(comparePartialDates)).toEqual([
      '2025-12-31',
      '2026',
      '2026-01',
      '2026-01-05',
      '2026-01-05T09:00+08:00',
      '2026-01-05T18:00+08:00',
      '2026-01-06',
      '2026-02',
    ]);
  });

  it('orders two times on the same written date by instant, whatever their offsets', () => {
    expect(comparePartialDates('2026-01-05T18:00+08:00', '2026-01-05T11:00Z')).toBeLessThan(0);
    expect(comparePartialDates('2026-01-05T10:00Z', '2026-01-05T18:00+08:00')).toBe(0);
  });

  it('is a consistent ordering: antisymmetric and transitive over a mixed set', () => {
    const dates = [
      '2024',
      '2024-07',
      '2024-07-19',
      '2024-07-19T04:09Z',
      '2024-07-19T06:00+02:00',
      '2024-08',
      '2025-01-01',
    ];
    for (const a of dates) {
      for (const b of dates)
        expect(Math.sign(comparePartialDates(a, b)) + 0).toBe(-Math.sign(comparePartialDates(b, a)) + 0);
    }
    const sorted = [...dates].sort(comparePartialDates);
    for (let i = 0; i + 1 < sorted.length; i++)
      expect(comparePartialDates(sorted[i] ?? '', sorted[i + 1] ?? '')).toBeLessThanOrEqual(0);
  });

  it('formats at the date’s own precision', () => {
    expect(formatPartialDate('2026')).toBe('2026');
    expect(formatPartialDate('2026-01')).toBe('January 2026');
    expect(formatPartialDate('2026-01-05')).toBe('5 January 2026');
    expect(formatPartialDate('2026-01-05T18:00+08:00')).toBe('5 January 2026, 18:00 +08:00');
    expect(formatPartialDate('2019-01-03T07:00:02.000Z')).toBe('3 January 2019, 07:00 UTC');
    expect(formatPartialDate('not a date')).toBe('not a date');
  });
});
