import { describe, expect, it } from 'vitest';
import { claimsOf, fromProse } from './helpers.ts';

const dated = (...paragraphs: string[]) => fromProse(...paragraphs).events.map((e) => ({ on: e.on, approx: e.approx }));

describe('dates in the prose become suggested events at the precision the text gives', () => {
  it('reads absolute dates in US and day-first order', () => {
    expect(dated('On April 9, 2017, a passenger was dragged off United Express Flight 3411.')).toEqual([
      { on: '2017-04-09', approx: false },
    ]);
    expect(dated('On 5 January 2026 the company published a statement.')).toEqual([
      { on: '2026-01-05', approx: false },
    ]);
    expect(dated('The review was filed on 2019-03-14 in Shenzhen.')).toEqual([{ on: '2019-03-14', approx: false }]);
  });

  it('takes the year of a date like “July 24” from the nearest explicit year before it', () => {
    expect(
      dated(
        'The first complaints came in 2015.',
        'In 2017 the board met again.',
        'On July 24 the chief executive resigned.',
      ),
    ).toEqual([{ on: '2017-07-24', approx: false }]);
    expect(dated('Problems began in March 2018. On April 2 the firm recalled the batteries.')).toEqual([
      { on: '2018-03', approx: false },
      { on: '2018-04-02', approx: false },
    ]);
  });

  it('gives the first date of a range the year written at its end', () => {
    expect(dated('Protests ran from March 3 to March 5, 2019, outside the head office.')).toEqual([
      { on: '2019-03-03', approx: false },
    ]);
    expect(dated('Stores closed between March 3 and March 5, 2019.')).toEqual([
      { on: '2019-03-03', approx: false },
      { on: '2019-03-05', approx: false },
    ]);
  });

  it('stores vague dates at month precision, approximate', () => {
    expect(dated('The situation unfolded rapidly in early January 2026.')).toEqual([{ on: '2026-01', approx: true }]);
    expect(dated('Regulators stepped in in mid-February 2018.')).toEqual([{ on: '2018-02', approx: true }]);
    expect(dated('By the end of March 2020 sales had halved.')).toEqual([{ on: '2020-03', approx: true }]);
    expect(dated('Around April 9, 2017 the video spread.')).toEqual([{ on: '2017-04-09', approx: true }]);
  });

  it('keeps a month named without a day at month precision', () => {
    expect(dated('In May 2021 the brand relaunched.')).toEqual([{ on: '2021-05', approx: false }]);
  });

  it('makes no event from a year alone, relative days, times or the verb “may”', () => {
    expect(dated('The firm has used influencers since 2015.')).toEqual([]);
    expect(dated('In 2025, the market grew.')).toEqual([]);
    expect(dated('Today the company said on Sunday at 5 pm that it may march on.')).toEqual([]);
    expect(dated('United Express Flight 3411 was overbooked.')).toEqual([]);
    expect(dated('In 2019 the brand apologised.', 'May the company recover? March on, said fans.')).toEqual([]);
  });

  it('warns instead of inventing a year when the text gives none, and uses a reference date when given', () => {
    const none = fromProse('On July 24 the chief executive resigned.');
    expect(none.events).toEqual([]);
    expect(none.warnings).toEqual([expect.stringContaining('“July 24” gives no year')]);
    const assumed = claimsOf({
      paragraphs: ['On July 24 the chief executive resigned.'],
      referenceDate: new Date(Date.UTC(2026, 10, 24)),
    });
    expect(assumed.events.map((e) => e.on)).toEqual(['2026-07-24']);
    expect(assumed.warnings).toEqual([expect.stringContaining('assumed 2026')]);
  });
});
