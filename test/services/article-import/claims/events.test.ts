import { describe, expect, it } from 'vitest';
import { TITLE_MAX } from '../../../../electron/services/article-import/claims/titles.ts';
import { claimsOf, fromProse } from './helpers.ts';

describe('event kind from the sentence’s verbs', () => {
  const kindOf = (sentence: string) => fromProse(sentence).events[0]?.kind;

  it('guesses apology, corrective action, allegation and otherwise other', () => {
    expect(kindOf('On April 11, 2017, Oscar Munoz apologized to the passenger.')).toBe('apology');
    expect(kindOf('On September 2, 2016, Samsung recalled the Galaxy Note 7.')).toBe('corrective-action');
    expect(kindOf('On 12 January 2026 Xiaomi terminated the collaboration.')).toBe('corrective-action');
    expect(kindOf('The manager was fired on May 3, 2018.')).toBe('corrective-action');
    expect(kindOf('Production was halted on June 1, 2019.')).toBe('corrective-action');
    expect(kindOf('On 4 January 2026 reports accused Xiaomi of paying for negative reviews.')).toBe('allegation');
    expect(kindOf('On March 8, 2020, the company opened a new office.')).toBe('other');
  });

  it('lets an apology win over the corrective step it announces', () => {
    expect(kindOf('On 6 January 2026 Xu Jieyun apologized, stating that the collaboration was terminated.')).toBe(
      'apology',
    );
  });
});

describe('event titles', () => {
  it('drops the opening date and keeps a short sentence whole', () => {
    expect(
      fromProse('On April 9, 2017, a passenger was dragged off United Express Flight 3411.').events[0]?.title,
    ).toBe('A passenger was dragged off United Express Flight 3411');
    expect(fromProse('Xiaomi ended the partnership in early January 2026.').events[0]?.title).toBe(
      'Xiaomi ended the partnership',
    );
  });

  it('cuts a long sentence at a clause, within the limit', () => {
    const title =
      fromProse(
        'On 5 January 2026 the company published a long statement on its official social media account, which critics said arrived too late to matter to anyone.',
      ).events[0]?.title ?? '';
    expect(title).toBe('The company published a long statement on its official social media account');
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
  });
});

describe('a “Timeline” list', () => {
  const timeline = (...texts: string[]) => texts.map((text) => ({ text, section: 'Timeline' }));

  it('makes one event per dated item, marked as from the timeline', () => {
    const claims = claimsOf({
      listItems: timeline(
        'April 9, 2017: Passenger dragged off Flight 3411',
        'April 10: CEO calls the passenger “disruptive”',
        'April 11, 2017 — Oscar Munoz apologizes',
      ),
    });
    expect(claims.events).toEqual([
      {
        on: '2017-04-09',
        approx: false,
        title: 'Passenger dragged off Flight 3411',
        kind: 'other',
        fromTimeline: true,
      },
      {
        on: '2017-04-10',
        approx: false,
        title: 'CEO calls the passenger “disruptive”',
        kind: 'other',
        fromTimeline: true,
      },
      { on: '2017-04-11', approx: false, title: 'Oscar Munoz apologizes', kind: 'apology', fromTimeline: true },
    ]);
  });

  it('adds no second event for a prose date the timeline covers (same day, or same month)', () => {
    const claims = claimsOf({
      paragraphs: [
        'On April 9, 2017, a passenger was dragged off the plane.',
        'In early January 2026 reports surfaced.',
        'On April 20, 2017, the airline changed its policy.',
      ],
      listItems: timeline('April 9, 2017: Passenger removed', '4 January 2026: Reports of “black PR”'),
    });
    expect(claims.events.map((e) => [e.on, e.fromTimeline])).toEqual([
      ['2017-04-09', true],
      ['2026-01-04', true],
      ['2017-04-20', false],
    ]);
  });

  it('warns about an undated timeline item and treats other lists as prose', () => {
    const claims = claimsOf({
      listItems: [
        { text: 'Later: the story faded', section: 'Timeline' },
        { text: 'On 2 May 2022 the brand recalled its chargers.', section: 'Background' },
      ],
    });
    expect(claims.warnings).toEqual([expect.stringContaining('“Later: the story faded” has no date')]);
    expect(claims.events).toEqual([
      {
        on: '2022-05-02',
        approx: false,
        title: 'The brand recalled its chargers',
        kind: 'corrective-action',
        fromTimeline: false,
      },
    ]);
  });
});
