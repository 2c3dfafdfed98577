import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createImageNode, $isImageNode } from '../../renderer/editor/nodes/ImageNode.tsx';
import { $createPullQuoteNode, $isPullQuoteNode } from '../../renderer/editor/nodes/PullQuoteNode.ts';
import { narrativePlainText } from '../../renderer/editor/narrative-text.ts';
import { narrativeHeadlessEditor, updateNow } from './headless-editor.ts';

function roundTrip(json: string) {
  const editor = narrativeHeadlessEditor();
  editor.setEditorState(editor.parseEditorState(json));
  return editor;
}

describe('PullQuoteNode', () => {
  it('serializes as its own type, distinct from a block quote, and parses back', () => {
    const editor = narrativeHeadlessEditor();
    updateNow(editor, () => {
      $getRoot().append($createPullQuoteNode().append($createTextNode('“We stopped at once.”')));
    });
    const json = JSON.stringify(editor.getEditorState().toJSON());
    const block = (JSON.parse(json) as { root: { children: Record<string, unknown>[] } }).root.children[0];
    expect(block).toMatchObject({
      type: 'pull-quote',
      version: 1,
      children: [{ type: 'text', text: '“We stopped at once.”' }],
    });

    const reloaded = roundTrip(json);
    reloaded.read(() => {
      const first = $getRoot().getFirstChild();
      expect($isPullQuoteNode(first)).toBe(true);
      expect(first?.getTextContent()).toBe('“We stopped at once.”');
    });
    expect(JSON.stringify(reloaded.getEditorState().toJSON())).toBe(json);
  });
});

describe('ImageNode', () => {
  it('keeps only the attachment id and alt text, never a URL', () => {
    const editor = narrativeHeadlessEditor();
    updateNow(editor, () => {
      $getRoot().append(
        $createParagraphNode().append($createTextNode('Figure: '), $createImageNode('att-1', 'chart.png')),
      );
    });
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).toContain('{"type":"image","version":1,"attachmentId":"att-1","altText":"chart.png"}');
    expect(json).not.toMatch(/src|http|blob:/);

    const reloaded = roundTrip(json);
    reloaded.read(() => {
      const paragraph = $getRoot().getFirstChild();
      const image = $isElementNode(paragraph) ? paragraph.getLastChild() : null;
      expect($isImageNode(image) && image.getAttachmentId()).toBe('att-1');
    });
    expect(narrativePlainText(reloaded.getEditorState().toJSON())).toBe('Figure:');
  });
});
