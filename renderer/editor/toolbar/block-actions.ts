import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import type { HeadingTagType } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isRangeSelection } from 'lexical';

/** Turns the selected blocks into a heading of this level, or back into paragraphs if they already are. */
export function $toggleHeading(tag: HeadingTagType, active: boolean): void {
  const selection = $getSelection();
  if ($isRangeSelection(selection))
    $setBlocksType(selection, () => (active ? $createParagraphNode() : $createHeadingNode(tag)));
}

/** Turns the selected blocks into a block quote, or back into paragraphs. */
export function $toggleQuote(active: boolean): void {
  const selection = $getSelection();
  if ($isRangeSelection(selection))
    $setBlocksType(selection, () => (active ? $createParagraphNode() : $createQuoteNode()));
}
