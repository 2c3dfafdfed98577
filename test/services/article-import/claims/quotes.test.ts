import { describe, expect, it } from 'vitest';
import { claimsOf, fromProse } from './helpers.ts';

const quotesOf = (...paragraphs: string[]) => fromProse(...paragraphs).quotes;

describe('quotes from prose: quoted or reported words with an attribution', () => {
  it('reads “…,” said Name and “…,” Name said', () => {
    expect(quotesOf('“We deeply regret what happened,” said Oscar Munoz.')).toEqual([
      { text: 'We deeply regret what happened', speaker: 'Oscar Munoz', on: null },
    ]);
    expect(quotesOf('“This was a mistake on our part,” Lei Jun said on 5 January 2026.')).toEqual([
      { text: 'This was a mistake on our part', speaker: 'Lei Jun', on: '2026-01-05' },
    ]);
  });

  it('reads Name said “…”, with an appositive between name and verb', () => {
    expect(quotesOf('Oscar Munoz, chief executive of United, said “This is truly horrific.”')).toEqual([
      { text: 'This is truly horrific.', speaker: 'Oscar Munoz', on: null },
    ]);
  });

  it('reads a quotation followed by “— Name, date”', () => {
    expect(quotesOf('“We will not work with that creator again.” — Xu Jieyun, January 6, 2026')).toEqual([
      { text: 'We will not work with that creator again.', speaker: 'Xu Jieyun', on: '2026-01-06' },
    ]);
  });

  it('keeps reported speech as the whole sentence: “Name said that …”, “Name apologized …, stating that …”', () => {
    expect(quotesOf('Xiaomi said that it had ended the collaboration.')).toEqual([
      { text: 'Xiaomi said that it had ended the collaboration.', speaker: 'Xiaomi', on: null },
    ]);
    const apology =
      'Xu Jieyun apologized for the contact with the KOL known for producing critical reviews, stating that any potential collaboration was immediately terminated and would not be revisited.';
    expect(quotesOf(apology)).toEqual([{ text: apology, speaker: 'Xu Jieyun', on: null }]);
    expect(quotesOf('In a statement on 7 January 2026, Xiaomi said it would review all KOL contracts.')).toEqual([
      {
        text: 'In a statement on 7 January 2026, Xiaomi said it would review all KOL contracts.',
        speaker: 'Xiaomi',
        on: '2026-01-07',
      },
    ]);
  });

  it('does not take scare quotes, unattributed quotations or pronouns as quotes', () => {
    expect(quotesOf('Often referred to as “black PR”, the practice targets rival brands.')).toEqual([]);
    expect(quotesOf('“Nobody should be treated this way,” the post read.')).toEqual([]);
    expect(quotesOf('She emphasized that any potential collaboration was promptly halted.')).toEqual([]);
    expect(quotesOf('Industry analysts pointed out that the practice is not uncommon.')).toEqual([]);
  });
});

describe('quotes from block quotes', () => {
  it('takes the speaker and date from the attribution', () => {
    const claims = claimsOf({
      blockQuotes: [{ text: '“We fell short of our own standards.”', attribution: '— Lei Jun, 5 January 2026' }],
    });
    expect(claims.quotes).toEqual([
      { text: 'We fell short of our own standards.', speaker: 'Lei Jun', on: '2026-01-05' },
    ]);
    expect(claims.warnings).toEqual([]);
  });

  it('reads a trailing “— Name” line inside the quote when no attribution was given', () => {
    const claims = claimsOf({
      blockQuotes: [{ text: 'We will review every partnership.\n— Xiaomi spokesperson', attribution: null }],
    });
    expect(claims.quotes).toEqual([
      { text: 'We will review every partnership.', speaker: 'Xiaomi spokesperson', on: null },
    ]);
  });

  it('keeps an unattributed block quote without a speaker and says so', () => {
    const claims = claimsOf({
      blockQuotes: [
        { text: 'Trust takes years to build.', attribution: null },
        { text: 'We tried to fix it — and failed', attribution: null },
      ],
    });
    expect(claims.quotes).toEqual([
      { text: 'Trust takes years to build.', speaker: null, on: null },
      { text: 'We tried to fix it — and failed', speaker: null, on: null },
    ]);
    expect(claims.warnings).toEqual([
      'Block quote 1 names no speaker; its quote has none.',
      'Block quote 2 names no speaker; its quote has none.',
    ]);
  });
});

describe('questions reported without quotation marks', () => {
  it('are not quotes', () => {
    expect(
      quotesOf('Commentators asked how common paid negative reviews are in the industry, and the case became a reference.'),
    ).toEqual([]);
  });
});
