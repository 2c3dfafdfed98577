import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../electron/services/article-import/claims/sentences.ts';

describe('sentence splitting of real article text', () => {
  it('splits where pasted text lost the space after a full stop', () => {
    expect(splitSentences('didn’t quell the rising tide of criticism.Concerns centered on ethics.')).toEqual([
      'didn’t quell the rising tide of criticism.',
      'Concerns centered on ethics.',
    ]);
  });

  it('keeps titles, initials, decimals and quotations whole', () => {
    expect(
      splitSentences('Dr. Li met J. Smith at 3.5 p.m. yesterday. “We are sorry. It won’t happen again,” he said.'),
    ).toEqual(['Dr. Li met J. Smith at 3.5 p.m. yesterday.', '“We are sorry. It won’t happen again,” he said.']);
  });

  it('keeps a “— Name” attribution with its quotation', () => {
    expect(splitSentences('“We will do better.” — Lei Jun, 5 January 2026')).toEqual([
      '“We will do better.” — Lei Jun, 5 January 2026',
    ]);
  });
});
