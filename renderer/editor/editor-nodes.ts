import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { CitationNode } from './nodes/CitationNode.tsx';
import { ImageNode } from './nodes/ImageNode.tsx';
import { PullQuoteNode } from './nodes/PullQuoteNode.ts';

/** Every node a narrative may contain; a saved narrative using any other type would not load. */
export const NARRATIVE_NODES: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  PullQuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  HorizontalRuleNode,
  CitationNode,
  ImageNode,
];
