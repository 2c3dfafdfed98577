import { describe, expect, it } from 'vitest';
import { hasChanges, narrativeDiff } from '../../../renderer/features/history/narrative-diff.ts';

describe('the narrative diff in History', () => {
  it('marks the words added and removed', () => {
    const parts = narrativeDiff('Xiaomi apologized on Monday.', 'Xiaomi apologized publicly on Tuesday.');
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual([
      'publicly',
      'Tuesday',
    ]);
    expect(parts.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual(['Monday']);
    expect(hasChanges(parts)).toBe(true);
  });

  it('shortens long unchanged text around the changes, and finds no change in equal texts', () => {
    const long = 'word '.repeat(400);
    const parts = narrativeDiff(`${long}old ending`, `${long}new ending`);
    const unchanged = parts.find((part) => part.kind === 'same')!;
    expect(unchanged.text.length).toBeLessThan(400);
    expect(unchanged.text.startsWith(' … ')).toBe(true);
    expect(hasChanges(narrativeDiff('same text', 'same text'))).toBe(false);
  });
});
