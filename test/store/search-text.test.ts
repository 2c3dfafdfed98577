import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RAW_ELLIPSIS,
  RAW_MARK_END,
  RAW_MARK_START,
  readableSnippet,
  SEGMENT_SEPARATOR as S,
  segmentForIndex,
  segmentForQuery,
} from '../../electron/store/search-text.ts';

describe('CJK segmentation for the search index', () => {
  it('rewrites a run of Chinese characters into overlapping bigrams and its last character', () => {
    expect(segmentForIndex('小米公司')).toBe(`${S}小米${S}米公${S}公司${S}司${S}`);
    expect(segmentForIndex('iPhone手机')).toBe(`iPhone${S}手机${S}机${S}`);
  });

  it('keeps a lone character as itself and leaves Latin text alone', () => {
    expect(segmentForIndex('Xiaomi 的 fans')).toBe(`Xiaomi ${S}的${S} fans`);
    expect(segmentForIndex('Une économie')).toBe('Une économie');
  });

  it('segments Japanese kana and Korean Hangul too', () => {
    expect(segmentForIndex('カタカナ')).toBe(`${S}カタ${S}タカ${S}カナ${S}ナ${S}`);
    expect(segmentForIndex('한국어')).toBe(`${S}한국${S}국어${S}어${S}`);
  });

  it('composes accents written as combining marks, so the tokenizer can fold them', () => {
    expect(segmentForIndex('e\u0301conomie')).toBe('économie');
  });

  it('segments a query run as bigrams only, adding the last character only where the phrase goes on', () => {
    expect(segmentForQuery('小米')).toBe(`${S}小米${S}`);
    expect(segmentForQuery('小米公')).toBe(`${S}小米${S}米公${S}`);
    expect(segmentForQuery('手机abc')).toBe(`${S}手机${S}机${S}abc`);
  });
});

describe('readable snippets', () => {
  const mark = (text: string) => `${RAW_MARK_START}${text}${RAW_MARK_END}`;

  it('puts a segmented run back together with the matched characters marked', () => {
    const indexed = segmentForIndex('小米公关部发布声明');
    const highlighted = indexed.replace(`公关${S}`, `${mark('公关')}${S}`);
    expect(readableSnippet(highlighted)).toBe('小米«公关»部发布声明');
  });

  it('marks a whole phrase of bigrams as one span', () => {
    const indexed = segmentForIndex('今日小米公关部');
    const highlighted = indexed.replace(`小米${S}米公${S}公关`, mark(`小米${S}米公${S}公关`));
    expect(readableSnippet(highlighted)).toBe('今日«小米公关»部');
  });

  it('reads a snippet cut in the middle of a run, with the ellipsis', () => {
    expect(readableSnippet(`${RAW_ELLIPSIS}公关${S}关部${S}部${S} today`)).toBe('…公关部 today');
  });

  it('keeps Latin text and turns literal guillemets into single ones so they are not taken for marks', () => {
    expect(readableSnippet(`« L'${mark('économie')} »`)).toBe("‹ L'«économie» ›");
  });

  it('gives back the original text of any string once segmented', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('小', '米', '公', 'a', 'b', ' ', 'カ', '한', '。', 'é') }),
        (text) => {
          expect(readableSnippet(segmentForIndex(text))).toBe(text.normalize('NFC'));
        },
      ),
    );
  });
});
