import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  HEADING,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
} from '@lexical/markdown';
import type { ElementTransformer, Transformer } from '@lexical/markdown';
import {
  $createHorizontalRuleNode,
  $isHorizontalRuleNode,
  HorizontalRuleNode,
} from '@lexical/react/LexicalHorizontalRuleNode';

/** "---", "***" or "___" on a line of its own becomes a horizontal rule. */
export const HORIZONTAL_RULE: ElementTransformer = {
  type: 'element',
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? '***' : null),
  regExp: /^(---|\*\*\*|___)\s?$/,
  replace: (parentNode, _children, _match, isImport) => {
    const rule = $createHorizontalRuleNode();
    if (isImport || parentNode.getNextSibling() !== null) parentNode.replace(rule);
    else parentNode.insertBefore(rule);
    rule.selectNext();
  },
};

/** The narrative has headings 1–3 only: "#", "##", "###" followed by a space. */
export const HEADING_1_TO_3: ElementTransformer = { ...HEADING, regExp: /^(#{1,3})\s/ };

/**
 * Markdown shortcuts of the narrative: headings, lists, quotes, bold, italic, strikethrough, links and
 * horizontal rules. No code blocks (the narrative has none). Links go through the link-safety transform
 * like any other link, so "[x](javascript:…)" never becomes a live link.
 */
export const NARRATIVE_TRANSFORMERS: Transformer[] = [
  HORIZONTAL_RULE,
  HEADING_1_TO_3,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
  LINK,
];
