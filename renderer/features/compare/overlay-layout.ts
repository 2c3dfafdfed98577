import type { EventKind } from '../../../shared/domain/case-document.ts';

/** Geometry of the timeline overlay: one lane per case, x in days from each case's day 0. */
export const OVERLAY = {
  width: 960,
  labelWidth: 190,
  rightPad: 28,
  top: 34,
  laneHeight: 46,
  axisHeight: 40,
} as const;

export interface DayScale {
  readonly min: number;
  readonly max: number;
  readonly x: (days: number) => number;
  readonly ticks: readonly number[];
}

const NICE_STEPS = [1, 2, 5, 7, 10, 14, 30, 60, 90, 180, 365, 730, 1825, 3650];

/** A linear scale over [min, max] days (always including day 0), with about eight round ticks. */
export function dayScale(offsets: readonly number[]): DayScale {
  let min = Math.min(0, ...offsets);
  let max = Math.max(0, ...offsets);
  if (max - min < 1) {
    min -= 0.5;
    max += 0.5;
  }
  const span = max - min;
  const left = OVERLAY.labelWidth;
  const right = OVERLAY.width - OVERLAY.rightPad;
  const x = (days: number) => left + ((days - min) / span) * (right - left);
  const step = NICE_STEPS.find((candidate) => span / candidate <= 8) ?? Math.ceil(span / 8);
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step) * step; tick <= max; tick += step) ticks.push(tick);
  return { min, max, x, ticks };
}

/** "day 0", "+2 days", "−1 day", "+3.5 days" (fractional when both dates have a time of day). */
export function formatOffset(days: number): string {
  if (days === 0) return 'day 0';
  const rounded = Math.round(days * 10) / 10;
  const magnitude = Math.abs(rounded);
  const sign = rounded > 0 ? '+' : '−';
  return `${sign}${magnitude} ${magnitude === 1 ? 'day' : 'days'}`;
}

/** Each kind's mark: a distinct shape (so kinds read without colour) drawn around (0, 0). */
export const EVENT_KIND_SHAPES: Record<EventKind, string> = {
  trigger: 'M0,-8 L8,0 L0,8 L-8,0 Z',
  allegation: 'M0,-8 L7.5,6 L-7.5,6 Z',
  response: 'M-6.5,0 A6.5,6.5 0 1,0 6.5,0 A6.5,6.5 0 1,0 -6.5,0 Z',
  apology: 'M-6,-6 H6 V6 H-6 Z',
  'corrective-action': 'M-2.5,-8 H2.5 V-2.5 H8 V2.5 H2.5 V8 H-2.5 V2.5 H-8 V-2.5 H-2.5 Z',
  escalation: 'M0,8 L7.5,-6 L-7.5,-6 Z',
  media: 'M-7,-4 L0,-8 L7,-4 L7,4 L0,8 L-7,4 Z',
  resolution: 'M0,-8 L2.4,-2.5 L8,-2.5 L3.5,1.2 L5,7.5 L0,4 L-5,7.5 L-3.5,1.2 L-8,-2.5 L-2.4,-2.5 Z',
  other: 'M-4,0 A4,4 0 1,0 4,0 A4,4 0 1,0 -4,0 Z',
};
