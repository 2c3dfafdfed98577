import { describe, expect, it } from 'vitest';
import {
  applyOptimism,
  dropTarget,
  NO_OPTIMISM,
  placeId,
  settleOptimism,
} from '../../renderer/features/case/issue-table/grid-model.ts';
import type { IssueRow } from '../../shared/domain/case-document.ts';

const bounds = [
  { top: 0, bottom: 40 },
  { top: 40, bottom: 100 },
  { top: 100, bottom: 140 },
];

function row(id: string, fields: Partial<IssueRow> = {}): IssueRow {
  return {
    id,
    issue: id,
    response: '',
    impact: '',
    incomplete: false,
    strategy: null,
    benoit: null,
    actorId: null,
    status: 'confirmed',
    citations: [],
    ...fields,
  };
}

describe('grid model', () => {
  it('finds the gap under the pointer by the middle of each row', () => {
    expect(dropTarget(bounds, 0, 75)).toEqual({ before: 2, to: 1 });
    expect(dropTarget(bounds, 0, 69)).toBeNull();
    expect(dropTarget(bounds, 0, 500)).toEqual({ before: 3, to: 2 });
    expect(dropTarget(bounds, 2, -20)).toEqual({ before: 0, to: 0 });
    expect(dropTarget(bounds, 2, 110)).toBeNull();
    expect(dropTarget(bounds, 1, 30)).toBeNull();
    expect(dropTarget([], 0, 10)).toBeNull();
  });

  it('places an id at an index wherever it is now, for undo and redo of a move', () => {
    expect(placeId(['a', 'b', 'c', 'd'], 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(placeId(['b', 'c', 'a'], 'a', 0)).toEqual(['a', 'b', 'c']);
    expect(placeId(['a', 'b'], 'b', 9)).toEqual(['a', 'b']);
    expect(placeId(['a', 'b'], 'gone', 0)).toEqual(['a', 'b']);
  });

  it('shows a changed code at once and forgets it when the stored row agrees', () => {
    const stored = [row('a'), row('b')];
    const optimism = { ...NO_OPTIMISM, patched: new Map([['b', { strategy: 'apology', incomplete: true }]]) };
    expect(applyOptimism(stored, optimism)[1]).toMatchObject({ strategy: 'apology', incomplete: true });
    expect(settleOptimism(stored, optimism)).toBe(optimism);
    const echoed = [row('a'), row('b', { strategy: 'apology', incomplete: true })];
    expect(settleOptimism(echoed, optimism).patched.size).toBe(0);
  });
});
