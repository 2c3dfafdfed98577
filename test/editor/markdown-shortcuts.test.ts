import { $convertFromMarkdownString, registerMarkdownShortcuts } from '@lexical/markdown';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import type { LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { NARRATIVE_TRANSFORMERS } from '../../renderer/editor/markdown-shortcuts.ts';
import { narrativeHeadlessEditor, updateNow } from './headless-editor.ts';

/** Types `before` into an empty paragraph, then `typed` at the caret, as keystrokes would. */
function typeInto(editor: LexicalEditor, before: string, typed: string): void {
  updateNow(editor, () => {
    const text = $createTextNode(before);
    $getRoot().clear().append($createParagraphNode().append(text));
    text.select(before.length, before.length);
  });
  updateNow(editor, () => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertText(typed);
  });
}

function blocks(editor: LexicalEditor): unknown[] {
  return editor.read(() =>
    $getRoot()
      .getChildren()
      .map((node) => node.exportJSON()),
  );
}

describe('Markdown shortcuts', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['#', ' ', { type: 'heading', tag: 'h1' }],
    ['##', ' ', { type: 'heading', tag: 'h2' }],
    ['###', ' ', { type: 'heading', tag: 'h3' }],
    ['-', ' ', { type: 'list', listType: 'bullet' }],
    ['1.', ' ', { type: 'list', listType: 'number' }],
    ['>', ' ', { type: 'quote' }],
  ];
  it.each(cases)('"%s" then a space makes %o', (before, typed, expected) => {
    const editor = narrativeHeadlessEditor();
    const unregister = registerMarkdownShortcuts(editor, NARRATIVE_TRANSFORMERS);
    typeInto(editor, before, typed);
    expect(blocks(editor)[0]).toMatchObject(expected);
    unregister();
  });

  it('"####" is not a heading level the narrative has', () => {
    const editor = narrativeHeadlessEditor();
    const unregister = registerMarkdownShortcuts(editor, NARRATIVE_TRANSFORMERS);
    typeInto(editor, '####', ' ');
    expect(blocks(editor)[0]).toMatchObject({ type: 'paragraph' });
    unregister();
  });

  it('**bold**, *italic* and ~~struck~~ become formatted text', () => {
    const bold = narrativeHeadlessEditor();
    const unregister = registerMarkdownShortcuts(bold, NARRATIVE_TRANSFORMERS);
    typeInto(bold, 'say **loud*', '*');
    const text = bold.read(() =>
      $getRoot()
        .getAllTextNodes()
        .map((node) => [node.getTextContent(), node.hasFormat('bold')]),
    );
    expect(text).toStrictEqual([
      ['say ', false],
      ['loud', true],
    ]);
    unregister();
  });

  it('imports headings, lists, quotes, links and rules from Markdown', () => {
    const editor = narrativeHeadlessEditor();
    updateNow(editor, () =>
      $convertFromMarkdownString(
        '## What happened\n\n- one\n- two\n\n> said\n\n***\n\nSee [the article](https://example.com/a) and *this*.',
        NARRATIVE_TRANSFORMERS,
      ),
    );
    const json = JSON.stringify(editor.getEditorState().toJSON());
    const types = editor.read(() =>
      $getRoot()
        .getChildren()
        .map((node) => node.getType()),
    );
    expect(types).toStrictEqual(['heading', 'list', 'quote', 'horizontalrule', 'paragraph']);
    expect(json).toContain('"url":"https://example.com/a"');
  });
});
