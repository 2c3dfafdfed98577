import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlighted } from '../../../renderer/features/search/Highlighted.tsx';
import { firstMatchedTerm, snippetParts } from '../../../renderer/features/search/snippet.ts';

describe('search snippets', () => {
  it('splits a snippet at the « » markers into plain and matched text', () => {
    expect(snippetParts('…the «apology» came «two days» late…')).toEqual([
      { text: '…the ', matched: false },
      { text: 'apology', matched: true },
      { text: ' came ', matched: false },
      { text: 'two days', matched: true },
      { text: ' late…', matched: false },
    ]);
    expect(snippetParts('小米«公关»事件')).toEqual([
      { text: '小米', matched: false },
      { text: '公关', matched: true },
      { text: '事件', matched: false },
    ]);
  });

  it('keeps a marker without its partner as text', () => {
    expect(snippetParts('quoted « alone, and «done')).toEqual([{ text: 'quoted « alone, and «done', matched: false }]);
    expect(snippetParts('a » first then «hit»')).toEqual([
      { text: 'a » first then ', matched: false },
      { text: 'hit', matched: true },
    ]);
  });

  it('names the first matched term, for the snapshot find box', () => {
    expect(firstMatchedTerm('in the «café» and «bar»')).toBe('café');
    expect(firstMatchedTerm('nothing marked')).toBeNull();
  });

  it('highlights matched terms with <mark> and never reads the snippet as HTML', () => {
    const { container } = render(
      <Highlighted snippet={'before «<img src=x onerror=alert(1)>» and <script>alert(2)</script> «<b>bold</b>»'} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['<img src=x onerror=alert(1)>', '<b>bold</b>']);
    expect(container.textContent).toBe('before <img src=x onerror=alert(1)> and <script>alert(2)</script> <b>bold</b>');
  });
});
