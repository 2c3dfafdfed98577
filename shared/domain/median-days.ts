/** Medians of response times (in days) and how to read them out. */

export const NO_MEDIAN = '—';

export function medianDays(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "—" for none; "3 h 30 min" under a day; "2.5 days" under two months; then "about 4 months", "about 2 years". */
export function formatMedianDays(days: number | null): string {
  if (days === null) return NO_MEDIAN;
  if (days < 1) {
    const minutes = Math.round(days * 1440);
    if (minutes < 60) return `${minutes} min`;
    const rest = minutes % 60;
    return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
  }
  if (days < 61) {
    const rounded = Math.round(days * 10) / 10;
    return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
  }
  if (days < 730) return `about ${Math.round(days / (365.2425 / 12))} months`;
  return `about ${Math.round(days / 365.2425)} years`;
}
