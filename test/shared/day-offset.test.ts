import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../shared/domain/day-offset.ts';
import { formatMedianDays, medianDays } from '../../shared/domain/median-days.ts';

describe('days from day 0 on the overlay', () => {
  it('counts calendar days between dates, negative before day 0', () => {
    expect(daysBetween('2026-01-05', '2026-01-07')).toBe(2);
    expect(daysBetween('2026-01-05', '2026-01-05')).toBe(0);
    expect(daysBetween('2026-01-05', '2026-01-03')).toBe(-2);
    expect(daysBetween('2025-12-31', '2026-03-01')).toBe(60);
  });

  it('compares two times of day as instants, across time zones', () => {
    expect(daysBetween('2026-01-05T08:00+08:00', '2026-01-05T12:00Z')).toBe(0.5);
    // One date without a time: the written calendar dates compare.
    expect(daysBetween('2026-01-05', '2026-01-06T23:30-05:00')).toBe(1);
  });

  it('puts a month or a year at its first day, and knows years before 100', () => {
    expect(daysBetween('2026-01-05', '2026-02')).toBe(27);
    expect(daysBetween('2026', '2026-01-10')).toBe(9);
    expect(daysBetween('0050-01-01', '0050-01-03')).toBe(2);
    expect(daysBetween('2026-13-01', '2026-01-01')).toBeNull();
  });
});

describe('median response times', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(medianDays([])).toBeNull();
    expect(medianDays([9, 1, 4])).toBe(4);
    expect(medianDays([1, 4, 9, 2])).toBe(3);
  });

  it('reads out at a precision that fits the amount', () => {
    expect(formatMedianDays(null)).toBe('—');
    expect(formatMedianDays(0.175)).toBe('4 h 12 min');
    expect(formatMedianDays(0.5)).toBe('12 h');
    expect(formatMedianDays(1)).toBe('1 day');
    expect(formatMedianDays(2.25)).toBe('2.3 days');
    expect(formatMedianDays(120)).toBe('about 4 months');
    expect(formatMedianDays(1100)).toBe('about 3 years');
  });
});
