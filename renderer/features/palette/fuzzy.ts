/**
 * Fuzzy matching for the palette: every typed character must appear in order in the label. Matches at
 * the start of words and runs of consecutive characters score higher, so "ar" finds "Add row" before
 * "Narrative", and "gtl" finds "Go to Lessons".
 */
export function fuzzyScore(query: string, label: string): number | null {
  const needle = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (needle === '') return 0;
  const haystack = label.toLowerCase();
  let score = 0;
  let position = 0;
  let previous = -2;
  for (const char of needle) {
    if (char === ' ') continue;
    const found = haystack.indexOf(char, position);
    if (found < 0) return null;
    const wordStart = found === 0 || /[\s/(\-–]/.test(haystack[found - 1] ?? '');
    score += 1 + (wordStart ? 3 : 0) + (found === previous + 1 ? 2 : 0) - Math.min(found - position, 5) * 0.1;
    previous = found;
    position = found + 1;
  }
  // A label that starts with the query beats one that merely contains it.
  if (haystack.startsWith(needle)) score += 5;
  return score;
}

/** The items whose label matches, best first; ties keep their original order. */
export function fuzzyFilter<T>(items: readonly T[], query: string, labelOf: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, score: fuzzyScore(query, labelOf(item)) }))
    .filter((entry): entry is { item: T; index: number; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.item);
}
