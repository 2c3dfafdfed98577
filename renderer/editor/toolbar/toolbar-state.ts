import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $isRootOrShadowRoot } from 'lexical';
import { $isPullQuoteNode } from '../nodes/PullQuoteNode.ts';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'bullet' | 'number' | 'quote' | 'pull-quote' | 'other';

export interface ToolbarState {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly strikethrough: boolean;
  readonly blockType: BlockType;
  readonly link: boolean;
}

export const EMPTY_TOOLBAR_STATE: ToolbarState = {
  bold: false,
  italic: false,
  underline: false,
  strikethrough: false,
  blockType: 'paragraph',
  link: false,
};

/** What the toolbar shows as pressed, from the selection's anchor: constant work per update. */
export function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return EMPTY_TOOLBAR_STATE;
  const anchor = selection.anchor.getNode();
  const block =
    anchor.getKey() === 'root'
      ? anchor
      : ($findMatchingParent(anchor, (node) => {
          const parent = node.getParent();
          return parent !== null && $isRootOrShadowRoot(parent);
        }) ?? anchor.getTopLevelElementOrThrow());
  let blockType: BlockType = 'other';
  if ($isListNode(block)) {
    const list = $getNearestNodeOfType(anchor, ListNode) ?? block;
    blockType = list.getListType() === 'number' ? 'number' : list.getListType() === 'bullet' ? 'bullet' : 'other';
  } else if ($isHeadingNode(block)) {
    const tag = block.getTag();
    blockType = tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'other';
  } else if ($isPullQuoteNode(block)) blockType = 'pull-quote';
  else if ($isQuoteNode(block)) blockType = 'quote';
  else if (block.getType() === 'paragraph') blockType = 'paragraph';
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    strikethrough: selection.hasFormat('strikethrough'),
    blockType,
    link: $findMatchingParent(anchor, $isLinkNode) !== null || $isLinkNode(anchor.getParent()),
  };
}

export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.strikethrough === b.strikethrough &&
    a.blockType === b.blockType &&
    a.link === b.link
  );
}
