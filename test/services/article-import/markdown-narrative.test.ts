import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../electron/services/article-import/parse-article.ts';
import { lexicalPlainText } from '../../../electron/services/lexical-text.ts';
import { reloadNarrative } from './load-narrative.ts';

const markdown = `# Tylenol recall, 1982

Seven people died after taking **Extra-Strength Tylenol** capsules laced with *cyanide*.
The company's [own account](https://www.jnj.com/our-heritage/tylenol) is still online.

## What Johnson & Johnson did

1. Recalled 31 million bottles
2. Stopped advertising
3. Introduced tamper-proof packaging

- National press conferences
- A toll-free hotline

> We will not put our customers at risk.
> — James Burke, chairman

---

Links that are not web addresses stay text: [click](javascript:alert(1)).
`;

type Node = { type: string; children?: Node[]; [key: string]: unknown };
const children = (state: Record<string, unknown>): Node[] => (state.root as Node).children ?? [];

describe('a Markdown article becomes narrative Lexical content', () => {
  const parsed = parseArticle({ text: markdown, format: 'markdown', fileName: 'tylenol.md' });
  const blocks = children(parsed.lexical);

  it('takes its title from the # heading, not guessed, and does not repeat it in the narrative', () => {
    expect(parsed.model.title).toBe('Tylenol recall, 1982');
    expect(parsed.model.titleGuessed).toBe(false);
    expect(parsed.text).not.toContain('Tylenol recall, 1982');
    expect(parsed.warnings).toEqual([]);
  });

  it('keeps headings, paragraphs, lists, the quote and the rule in order', () => {
    expect(blocks.map((block) => [block.type, block.listType ?? block.tag ?? null])).toEqual([
      ['paragraph', null],
      ['heading', 'h2'],
      ['list', 'number'],
      ['list', 'bullet'],
      ['quote', null],
      ['horizontalrule', null],
      ['paragraph', null],
    ]);
  });

  it('keeps bold, italic and links', () => {
    const inline = blocks[0]!.children!;
    expect(inline).toContainEqual(expect.objectContaining({ type: 'text', text: 'Extra-Strength Tylenol', format: 1 }));
    expect(inline).toContainEqual(expect.objectContaining({ type: 'text', text: 'cyanide', format: 2 }));
    expect(inline).toContainEqual(
      expect.objectContaining({
        type: 'link',
        url: 'https://www.jnj.com/our-heritage/tylenol',
        children: [expect.objectContaining({ text: 'own account' })],
      }),
    );
    expect(JSON.stringify(blocks.at(-1))).not.toContain('javascript:');
    expect(parsed.text).toContain('stay text: click.');
  });

  it('keeps the quote’s attribution line as a line break inside the quote', () => {
    expect(blocks[4]!.children!.map((node) => node.type)).toEqual(['text', 'linebreak', 'text']);
  });

  it('round-trips through Lexical and the narrative’s plain-text extraction', () => {
    const reloaded = reloadNarrative(parsed.lexical);
    expect(reloaded).toEqual(parsed.lexical);
    expect(lexicalPlainText(reloaded)).toBe(parsed.text);
    expect(parsed.text.split('\n\n')).toEqual([
      "Seven people died after taking Extra-Strength Tylenol capsules laced with cyanide. The company's own account is still online.",
      'What Johnson & Johnson did',
      'Recalled 31 million bottles\nStopped advertising\nIntroduced tamper-proof packaging',
      'National press conferences\nA toll-free hotline',
      'We will not put our customers at risk.\n— James Burke, chairman',
      'Links that are not web addresses stay text: click.',
    ]);
  });

  it('starts numbered lists where the author started them', () => {
    const parsedList = parseArticle({ text: 'Steps\n\n3. third\n4. fourth\n', format: 'markdown' });
    expect(children(parsedList.lexical)[1]).toMatchObject({ type: 'list', start: 3, tag: 'ol' });
    expect(children(parsedList.lexical)[1]!.children!.map((item) => item.value)).toEqual([3, 4]);
  });
});

describe('titles', () => {
  it('takes the title from YAML front matter and keeps the front matter out of the narrative', () => {
    const text =
      '---\ntitle: "Acme \\"battery\\" recall"\nstatus: draft\n---\n\n# Acme "battery" recall\n\nBody text.\n';
    const parsed = parseArticle({ text, format: 'markdown' });
    expect(parsed.model.title).toBe('Acme "battery" recall');
    expect(parsed.model.titleGuessed).toBe(false);
    expect(parsed.frontMatter).toBe('title: "Acme \\"battery\\" recall"\nstatus: draft');
    expect(parsed.text).toBe('Body text.');
  });

  it('a leading rule followed by prose is not front matter', () => {
    const parsed = parseArticle({ text: '---\nJust prose here\n---\n\nMore.\n', format: 'markdown' });
    expect(parsed.frontMatter).toBeNull();
    expect(parsed.text).toContain('Just prose here');
  });

  it('Markdown without a heading takes a heading-like first line, marked guessed', () => {
    const parsed = parseArticle({
      text: 'Did you know? Most recalls fail.\n\nAcme recall\n\nBody text here.\n',
      format: 'markdown',
    });
    expect(parsed.model.title).toBe('Acme recall');
    expect(parsed.model.titleGuessed).toBe(true);
  });

  it('falls back to the file name when nothing reads as a heading', () => {
    const parsed = parseArticle({
      text: 'just some words, nothing more.\n',
      format: 'text',
      fileName: '/tmp/acme-recall_2024.txt',
    });
    expect(parsed.model.title).toBe('acme recall 2024');
    expect(parsed.model.titleGuessed).toBe(true);
  });

  it('joins hard-wrapped plain-text lines back into paragraphs', () => {
    const parsed = parseArticle({
      text: 'Acme recall\n\nThe company recalled every unit after a\nseries of battery fires in the spring\nof 2024.\nShares fell.\n',
      format: 'text',
    });
    expect(parsed.paragraphs).toEqual([
      'The company recalled every unit after a series of battery fires in the spring of 2024.',
      'Shares fell.',
    ]);
  });
});

describe('bad input', () => {
  it.each(['', '   \n\n  ', '---\n'])('an article with no text (%j) is refused with a clear message', (text) => {
    expect(() => parseArticle({ text, format: 'markdown', fileName: 'empty.md' })).toThrow(
      'empty.md: the article has no text to import.',
    );
  });

  it('an unknown format is refused', () => {
    expect(() => parseArticle({ text: 'x', format: 'docx' as 'text' })).toThrow(
      /format: must be markdown, text or html/,
    );
  });
});
