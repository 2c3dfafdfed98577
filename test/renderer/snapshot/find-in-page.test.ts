import { describe, expect, it } from 'vitest';
import { findInPage, foldForFind } from '../../../renderer/features/snapshot/find-in-page.ts';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

/** The text each match covers, as the reader sees it highlighted. */
function found(root: HTMLElement, query: string): string[] {
  return findInPage(root, query).map((match) => {
    const range = document.createRange();
    range.setStart(match.startNode, match.startOffset);
    range.setEnd(match.endNode, match.endOffset);
    return range.toString();
  });
}

describe('find in a snapshot', () => {
  it('ignores accents both ways, in composed and decomposed text', () => {
    const root = page('<p>Le café du <em>Café</em> de la Gare, cafe\u0301 noir, et un caf\u00e9ier.</p>');
    expect(found(root, 'cafe')).toEqual(['café', 'Café', 'cafe\u0301', 'café']);
    expect(found(root, 'CAFÉ')).toEqual(['café', 'Café', 'cafe\u0301', 'café']);
    expect(found(page('<p>Le projet de loi sur le renseignement a été adopté</p>'), 'ete adopte')).toEqual([
      'été adopté',
    ]);
    expect(found(page('<p>Ελληνικά: η απολογία</p>'), 'απολογια')).toEqual(['απολογία']);
  });

  it('finds two-character Chinese words inside unspaced text, and Japanese and Korean too', () => {
    const root = page('<p>小米集团就<strong>KOL</strong>黑公关事件发表声明，小米称将追究责任。</p>');
    expect(found(root, '小米')).toEqual(['小米', '小米']);
    expect(found(root, '公关')).toEqual(['公关']);
    expect(found(root, 'kol黑公')).toEqual(['KOL黑公']);
    expect(found(page('<p>謝罪会見を開いた</p>'), '会見')).toEqual(['会見']);
    expect(found(page('<p>사과문을 발표했다</p>'), '사과')).toEqual(['사과']);
  });

  it('keeps Japanese voiced marks and Korean syllables apart: they change the word', () => {
    expect(found(page('<p>がっこう</p>'), 'か')).toEqual([]);
    expect(found(page('<p>한국</p>'), '하')).toEqual([]);
  });

  it('maps folded text back to the original positions', () => {
    const { folded, origin } = foldForFind('Ça e\u0301té 😀 ok');
    expect(folded).toBe('ça été 😀 ok'.normalize('NFD').replace(/\p{M}/gu, ''));
    expect(origin.at(-1)).toBe('Ça e\u0301té 😀 ok'.length);
    expect(origin[folded.indexOf('ok')]).toBe('Ça e\u0301té 😀 ok'.indexOf('ok'));
  });
});
