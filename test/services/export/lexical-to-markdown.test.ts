import { describe, expect, it } from 'vitest';
import { createFootnotes } from '../../../electron/services/export/footnotes.ts';
import { lexicalToMarkdown } from '../../../electron/services/export/lexical-to-markdown.ts';
import { block, cell, link, list, listItem, paragraph, row, state, text } from './export-fixtures.ts';

const render = (lexical: Record<string, unknown>) =>
  lexicalToMarkdown(lexical, { footnotes: createFootnotes([]), headingShift: 1 });

describe('narrative to Markdown', () => {
  it('keeps headings (one level down), emphasis, strike-through, underline and links', () => {
    const markdown = render(
      state(
        block('heading', [text('What happened')], { tag: 'h2' }),
        paragraph(
          text('A ', 0),
          text('bold', 1),
          text(' and ', 0),
          text('italic ', 2),
          text('gone', 4),
          text(' and ', 0),
          text('under', 8),
          text(' see '),
          link('https://example.com/a b', text('the report')),
        ),
      ),
    );
    expect(markdown).toBe(
      '### What happened\n\nA **bold** and *italic* ~~gone~~ and <u>under</u> see [the report](<https://example.com/a%20b>)',
    );
  });

  it('drops links a reader cannot follow safely but keeps their text', () => {
    expect(render(state(paragraph(link('javascript:alert(1)', text('click')))))).toBe('click');
  });

  it('nests lists and numbers ordered ones', () => {
    const markdown = render(
      state(
        list(
          'bullet',
          listItem(text('one')),
          listItem(list('number', listItem(text('first')), listItem(text('second')))),
          listItem(text('two')),
        ),
      ),
    );
    expect(markdown).toBe('- one\n   1. first\n   2. second\n- two');
  });

  it('writes tables as GFM with pipes escaped, quotes and pull quotes as block quotes, and the rule', () => {
    const markdown = render(
      state(
        block('table', [row(cell('Issue', 1), cell('Response', 1)), row(cell('a | b'), cell('c'))]),
        block('quote', [text('Said so')]),
        block('pull-quote', [text('Big words')]),
        block('horizontalrule', []),
      ),
    );
    expect(markdown).toBe(
      '| Issue | Response |\n| --- | --- |\n| a \\| b | c |\n\n> Said so\n\n> **Big words**\n\n---',
    );
  });

  it('escapes text that would otherwise read as Markdown or HTML', () => {
    expect(render(state(paragraph(text('# not a heading <b>*x*</b> [y]'))))).toBe(
      '\\# not a heading \\<b\\>\\*x\\*\\</b\\> \\[y\\]',
    );
  });

  it('keeps a heading on one line and its closing "#" as text', () => {
    expect(
      render(state(block('heading', [text('Item #'), { type: 'linebreak', version: 1 }, text('two')], { tag: 'h1' }))),
    ).toBe('## Item # two');
    expect(render(state(block('heading', [text('Ends #')], { tag: 'h3' })))).toBe('#### Ends \\#');
  });

  it('notes images by their description and turns citations into footnote references', () => {
    const footnotes = createFootnotes([]);
    const markdown = lexicalToMarkdown(
      state(
        paragraph(
          text('Seen here'),
          { type: 'image', version: 1, attachmentId: 'x', altText: 'The post' },
          { type: 'citation', version: 1, sourceId: 's1', locator: 'p. 2' },
        ),
      ),
      { footnotes, headingShift: 1 },
    );
    expect(markdown).toBe('Seen here*\\[Image: The post\\]*[^1]');
    expect(footnotes.list()).toEqual([{ number: 1, text: 'Source not found in this case. “p. 2”' }]);
  });

  it('survives a broken or hostile state without crashing', () => {
    expect(
      render({
        root: {
          children: [
            null,
            5,
            { type: 'paragraph', children: 'no' },
            { type: 'heading', tag: 'h9', children: [text('x')] },
          ],
        },
      }),
    ).toBe('### x');
    let deep: Record<string, unknown> = text('deep');
    for (let index = 0; index < 5_000; index++) deep = block('quote', [deep]);
    expect(() => render(state(deep))).not.toThrow();
  });
});
