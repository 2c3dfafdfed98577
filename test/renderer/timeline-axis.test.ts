import { describe, expect, it } from 'vitest';
import { axisTicks, MAX_LANES, placeMarkers } from '../../renderer/features/timeline/timeline-axis.ts';

const event = (id: string, on: string) => ({ id, on });

describe('the timeline strip axis', () => {
  it('places events from the earliest (left) to the latest (right) in proportion to time', () => {
    const placed = placeMarkers([event('a', '2017-04-01'), event('b', '2017-04-11'), event('c', '2017-04-21')]);
    expect(placed.map((marker) => [marker.id, marker.position])).toEqual([
      ['a', 0],
      ['b', 0.5],
      ['c', 1],
    ]);
  });

  it('stacks events that would overlap on lanes, never more than the strip has', () => {
    const same = Array.from({ length: 5 }, (_, index) => event(`e${index}`, '2026-01'));
    const lanes = placeMarkers(same).map((marker) => marker.lane);
    expect(lanes.slice(0, MAX_LANES)).toEqual([0, 1, 2]);
    expect(Math.max(...lanes)).toBeLessThan(MAX_LANES);
  });

  it('names the one date every event shares instead of drawing a blank axis', () => {
    expect(axisTicks([event('a', '2026-01'), event('b', '2026-01')])).toEqual([
      { position: 0.5, label: 'January 2026' },
    ]);
  });

  it('labels days for a span of days, months for a span of months and years for a span of years', () => {
    expect(axisTicks([event('a', '2017-04-09'), event('b', '2017-04-11')]).map((tick) => tick.label)).toEqual([
      '9 Apr',
      '10 Apr',
      '11 Apr',
    ]);
    expect(axisTicks([event('a', '2017-01'), event('b', '2017-06')]).map((tick) => tick.label)).toContain('Mar 2017');
    expect(axisTicks([event('a', '2015'), event('b', '2020')]).map((tick) => tick.label)).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ]);
  });

  it('leaves out events whose date it cannot read', () => {
    expect(placeMarkers([event('a', 'not a date'), event('b', '2017')]).map((marker) => marker.id)).toEqual(['b']);
  });
});
