import { describe, expect, it } from 'vitest';
import { authorsFromByline } from '../../../electron/services/snapshots/byline.ts';
import { htmlToText } from '../../../electron/services/snapshots/html-to-text.ts';
import { languageTag } from '../../../electron/services/snapshots/language-tag.ts';
import { partialDateFromPublished } from '../../../electron/services/snapshots/published-date.ts';

describe('authorsFromByline', () => {
  it.each([
    ['By Erin Cunningham', ['Erin Cunningham']],
    ['by Li Wei, Anna Smith and Tom Jones', ['Li Wei', 'Anna Smith', 'Tom Jones']],
    [
      'Martin Untersinger (avec Damien Leloup et Morgane Tual)',
      ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'],
    ],
    ['Par Claire Dupont & Jean Martin', ['Claire Dupont', 'Jean Martin']],
    ['王小明、李华', ['王小明', '李华']],
    ['BBC News', ['BBC News']],
    ['  ', []],
  ])('%s', (byline, authors) => {
    expect(authorsFromByline(byline)).toEqual(authors);
  });
});

describe('partialDateFromPublished', () => {
  it.each([
    ['2015-07-24T05:36:09+01:00', '2015-07-24T05:36:09+01:00'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02.000Z'],
    ['2026-01-05T18:00:00+0800', '2026-01-05T18:00:00+08:00'],
    ['2026-01-05T18:00:00', '2026-01-05'],
    ['2026-01-05 18:00', '2026-01-05'],
    ['2026-01-05', '2026-01-05'],
    ['2015-03', '2015-03'],
    ['Fri, 24 Jul 2015 04:36:09 GMT', '2015-07-24T04:36:09.000Z'],
    ['July 24, 2015', '2015-07-24'],
    ['2026-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(partialDateFromPublished(raw)).toBe(expected);
  });
});

describe('languageTag', () => {
  it.each([
    ['en-us', 'en-US'],
    ['fr_FR', 'fr-FR'],
    ['zh-cn', 'zh-CN'],
    ['AR', 'ar'],
    ['not a language', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(languageTag(raw)).toBe(expected);
  });
});

describe('htmlToText', () => {
  it('gives one paragraph per block, collapses whitespace and keeps preformatted text', () => {
    const html =
      '<article><h2>Timeline</h2><p>First   line<br>second\n line</p><ul><li>a</li><li><b>b</b> c</li></ul><pre>  x\n    y</pre><table><tr><td>Issue</td><td>Response</td></tr></table></article>';
    expect(htmlToText(html)).toBe('Timeline\n\nFirst line\nsecond line\n\na\n\nb c\n\n  x\n    y\n\nIssue\tResponse');
  });
});
