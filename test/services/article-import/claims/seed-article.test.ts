import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../electron/services/article-import/claims/extract-claims.ts';
import { buildSampleCase } from '../../../../electron/services/sample-case-data.ts';

const SEED = readFileSync(new URL('../../../../../shared/fixtures/seed/xiaomi-kol-2026.txt', import.meta.url), 'utf8');
// The seed is plain text: one paragraph (or heading) a line, then a pipe table that is not prose.
const paragraphs = SEED.split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('|'));

let n = 0;
const sample = buildSampleCase(() => `id-${++n}`, '2026-11-24T00:00:00.000Z');
const claims = extractClaims({ paragraphs, listItems: [], blockQuotes: [] });

describe('claims from the seed article (compared with the sample case a person built from it)', () => {
  it('finds the apology as a reported quote attributed to Xu Jieyun, in the article’s words', () => {
    expect(claims.quotes).toEqual([{ text: sample.quotes[0]?.text, speaker: 'Xu Jieyun', on: null }]);
  });

  it('turns the “Did You Know?” lead-in into the Deloitte fact: 40 %', () => {
    const fact = sample.facts[0];
    expect(claims.facts).toEqual([{ statement: fact?.statement, value: 40, unit: '%', origin: 'Deloitte' }]);
    expect(claims.leads).toEqual([expect.stringMatching(/^Did You Know\? In 2025/)]);
  });

  it('suggests January 2026, approximate, as an allegation event — never a day the article does not give', () => {
    expect(claims.events).toEqual([
      {
        on: '2026-01',
        approx: true,
        title: 'The situation unfolded rapidly in early January 2026',
        kind: 'allegation',
        fromTimeline: false,
      },
    ]);
    const allegation = sample.events.find((e) => e.kind === 'allegation');
    expect(allegation && { on: allegation.on, approx: allegation.approx }).toEqual({ on: '2026-01', approx: true });
  });

  it('does not make the lead-in’s bare year (“In 2025”) an event, nor scare quotes (“black PR”) a quote', () => {
    expect(claims.events.map((e) => e.on)).not.toContain('2025');
    expect(claims.quotes.some((q) => q.text.includes('black PR'))).toBe(false);
    expect(claims.warnings).toEqual([]);
  });
});
