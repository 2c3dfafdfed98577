import { describe, expect, it } from 'vitest';
import { DAY_MS, versionsToThin } from '../../shared/domain/version-thinning.ts';

const now = Date.parse('2026-11-24T12:00:00Z');
const version = (id: string, ageMs: number, byteLength = 100, caseId = 'c1') => ({
  id,
  caseId,
  createdAt: now - ageMs,
  byteLength,
});

describe('thinning the version history', () => {
  it('keeps every version of the last day', () => {
    const versions = [version('a', 1000), version('b', 2 * 60 * 60 * 1000), version('c', DAY_MS - 1)];
    expect(versionsToThin(versions, now, 1e9)).toEqual([]);
  });

  it('keeps the newest of each day for a month and of each week after', () => {
    const versions = [
      version('new', 0),
      version('d5-late', 5 * DAY_MS),
      version('d5-early', 5 * DAY_MS + 3600_000),
      version('w-thu', 61 * DAY_MS), // 2026-09-24, a Thursday
      version('w-tue', 63 * DAY_MS), // 2026-09-22, the Tuesday of the same week
      version('w-prev', 65 * DAY_MS), // 2026-09-20, the Sunday before: another week
    ];
    expect(versionsToThin(versions, now, 1e9).sort()).toEqual(['d5-early', 'w-tue']);
  });

  it('removes the oldest versions to fit the budget, but never the newest version of a case', () => {
    const versions = [
      version('old', 3 * DAY_MS, 500),
      version('mid', 2 * DAY_MS, 500),
      version('new', 0, 500),
      version('other', 40 * DAY_MS, 500, 'c2'),
    ];
    expect(versionsToThin(versions, now, 1000).sort()).toEqual(['mid', 'old']);
    expect(versionsToThin(versions, now, 0).sort()).toEqual(['mid', 'old']);
  });
});
