import type { RELIABILITY_GRADES } from './case-document.ts';

/**
 * The Admiralty (NATO) grading of a source: the reliability of the source (A–F) and the credibility of
 * the information it gives (1–6), with what each grade means.
 */
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];
export type CredibilityGrade = 1 | 2 | 3 | 4 | 5 | 6;

export const RELIABILITY_MEANINGS: Readonly<Record<ReliabilityGrade, string>> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_MEANINGS: Readonly<Record<CredibilityGrade, string>> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

export const CREDIBILITY_GRADES: readonly CredibilityGrade[] = [1, 2, 3, 4, 5, 6];

/** "B2", "B–" or "–2" for a partly graded source; null when it is not graded at all. */
export function gradeCode(reliability: ReliabilityGrade | null, credibility: number | null): string | null {
  if (reliability === null && credibility === null) return null;
  return `${reliability ?? '–'}${credibility ?? '–'}`;
}

/** "Usually reliable, probably true", as far as the source is graded. */
export function gradeMeaning(reliability: ReliabilityGrade | null, credibility: number | null): string | null {
  const parts: string[] = [];
  if (reliability !== null) parts.push(RELIABILITY_MEANINGS[reliability]);
  const credibilityMeaning = credibility === null ? undefined : CREDIBILITY_MEANINGS[credibility as CredibilityGrade];
  if (credibilityMeaning) parts.push(parts.length > 0 ? credibilityMeaning.toLowerCase() : credibilityMeaning);
  return parts.length > 0 ? parts.join(', ') : null;
}
