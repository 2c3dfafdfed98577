import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import type { ElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { CitationNode } from '../../renderer/editor/nodes/CitationNode.tsx';
import {
  $computeCitationNumbering,
  $createCitationNode,
  $isCitationNode,
} from '../../renderer/editor/nodes/CitationNode.tsx';
import { narrativePlainText } from '../../renderer/editor/narrative-text.ts';
import { narrativeHeadlessEditor, updateNow } from './headless-editor.ts';

describe('CitationNode', () => {
  it('serializes exactly as { type, version, sourceId, locator }', () => {
    const editor = narrativeHeadlessEditor();
    let json: unknown;
    updateNow(editor, () => {
      json = $createCitationNode('src-1', 'paragraph 3').exportJSON();
    });
    expect(json).toStrictEqual({ type: 'citation', version: 1, sourceId: 'src-1', locator: 'paragraph 3' });
  });

  it('round-trips through the editor state JSON, locator null included', () => {
    const editor = narrativeHeadlessEditor();
    updateNow(editor, () => {
      const paragraph = $createParagraphNode();
      paragraph.append(
        $createTextNode('Claimed'),
        $createCitationNode('src-1', null),
        $createCitationNode('src-2', 'p. 4'),
      );
      $getRoot().append(paragraph);
    });
    const saved = JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as {
      root: { children: { children: unknown[] }[] };
    };
    expect(saved.root.children[0]?.children.slice(1)).toStrictEqual([
      { type: 'citation', version: 1, sourceId: 'src-1', locator: null },
      { type: 'citation', version: 1, sourceId: 'src-2', locator: 'p. 4' },
    ]);

    const reloaded = narrativeHeadlessEditor();
    reloaded.setEditorState(reloaded.parseEditorState(JSON.stringify(saved)));
    const citations = reloaded.read(() => {
      const paragraph = $getRoot().getFirstChildOrThrow<ElementNode>();
      return paragraph
        .getChildren()
        .filter($isCitationNode)
        .map((node: CitationNode) => [node.getSourceId(), node.getLocator()]);
    });
    expect(citations).toStrictEqual([
      ['src-1', null],
      ['src-2', 'p. 4'],
    ]);
    expect(JSON.parse(JSON.stringify(reloaded.getEditorState().toJSON()))).toStrictEqual(saved);
  });

  it('numbers sources by first appearance and shows the number as its text', () => {
    const editor = narrativeHeadlessEditor();
    updateNow(editor, () => {
      const first = $createParagraphNode().append(
        $createTextNode('A'),
        $createCitationNode('b'),
        $createCitationNode('a'),
      );
      const second = $createParagraphNode().append(
        $createTextNode('B'),
        $createCitationNode('a'),
        $createCitationNode('c'),
      );
      $getRoot().append(first, second);
    });
    editor.read(() => {
      expect([...$computeCitationNumbering()]).toStrictEqual([
        ['b', 1],
        ['a', 2],
        ['c', 3],
      ]);
      expect($getRoot().getTextContent()).toBe('A[1][2]\n\nB[2][3]');
    });
  });

  it('loads the sample narrative shape and leaves citations out of the saved plain text', () => {
    const state = {
      root: {
        type: 'root',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            textStyle: '',
            children: [
              {
                type: 'text',
                version: 1,
                detail: 0,
                format: 0,
                mode: 'normal',
                style: '',
                text: 'Reports circulated.',
              },
              { type: 'citation', version: 1, sourceId: 'src-9', locator: 'The Controversy' },
            ],
          },
        ],
      },
    };
    const editor = narrativeHeadlessEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
    const saved = editor.getEditorState().toJSON();
    expect(narrativePlainText(saved)).toBe('Reports circulated.');
    expect(JSON.stringify(saved)).toContain(
      '{"type":"citation","version":1,"sourceId":"src-9","locator":"The Controversy"}',
    );
  });
});
