import { describe, expect, it } from 'vitest';
import { fromProse } from './helpers.ts';

const factsOf = (...paragraphs: string[]) => fromProse(...paragraphs).facts;

describe('facts: a statistic with a named origin', () => {
  it('reads “…, according to a study by X” and drops that clause from the statement', () => {
    expect(
      factsOf('In 2024, 61% of shoppers avoided a brand after a scandal, according to a survey by Edelman.'),
    ).toEqual([
      {
        statement: 'In 2024, 61% of shoppers avoided a brand after a scandal.',
        value: 61,
        unit: '%',
        origin: 'Edelman',
      },
    ]);
  });

  it('reads an origin that opens the sentence or that is its subject', () => {
    expect(factsOf('According to Reuters, the recall cost $1.2 billion.')).toEqual([
      { statement: 'The recall cost $1.2 billion.', value: 1_200_000_000, unit: 'USD', origin: 'Reuters' },
    ]);
    expect(factsOf('A poll by YouGov found that 35 percent of customers had heard of the incident.')).toEqual([
      {
        statement: 'A poll by YouGov found that 35 percent of customers had heard of the incident.',
        value: 35,
        unit: '%',
        origin: 'YouGov',
      },
    ]);
    expect(factsOf('Gartner estimates that 2,500 complaints were filed in the first week.')).toEqual([
      {
        statement: 'Gartner estimates that 2,500 complaints were filed in the first week.',
        value: 2500,
        unit: 'complaints',
        origin: 'Gartner',
      },
    ]);
  });

  it('reads hyphenated percentages and ignores day numbers when looking for a count', () => {
    expect(factsOf('Nielsen reported a 15-percent drop in trust.')[0]).toMatchObject({ value: 15, unit: '%' });
    expect(factsOf('On 5 January 2026 Xiaomi lost 3 million followers, Weibo data shows.')[0]).toMatchObject({
      value: 3_000_000,
      unit: 'followers',
      origin: 'Weibo',
    });
  });

  it('does not make a fact of a statistic with no named origin, or of a year', () => {
    expect(factsOf('Sales fell by 12% in the following quarter.')).toEqual([]);
    expect(factsOf('According to Reuters, the company was founded in 2010.')).toEqual([]);
  });
});

describe('a “Did you know?” lead-in', () => {
  it('becomes a fact even without an origin, and is reported as a lead', () => {
    const claims = fromProse('Did you know? Nearly 70% of consumers check reviews before buying.', 'Next paragraph.');
    expect(claims.facts).toEqual([
      { statement: 'Nearly 70% of consumers check reviews before buying.', value: 70, unit: '%', origin: null },
    ]);
    expect(claims.leads).toEqual(['Did you know? Nearly 70% of consumers check reviews before buying.']);
  });

  it('makes no event from the lead-in’s background date', () => {
    const claims = fromProse('Fun fact: In March 2019, 80% of recalls were announced online, according to Nielsen.');
    expect(claims.events).toEqual([]);
    expect(claims.facts).toEqual([
      { statement: 'In March 2019, 80% of recalls were announced online.', value: 80, unit: '%', origin: 'Nielsen' },
    ]);
  });
});
