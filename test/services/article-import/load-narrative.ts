import { createHeadlessEditor } from '@lexical/headless';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';

/**
 * Loads a serialized narrative into a headless Lexical editor with the narrative's block and inline node
 * classes (those of renderer/editor/editor-nodes.ts that need no React) and returns what the editor exports
 * again: equal to the input when every node's shape is one Lexical accepts as it is.
 */
export function reloadNarrative(state: Record<string, unknown>): Record<string, unknown> {
  const editor = createHeadlessEditor({
    namespace: 'article-import-test',
    nodes: [
      HeadingNode,
      QuoteNode,
      ListNode,
      ListItemNode,
      LinkNode,
      TableNode,
      TableRowNode,
      TableCellNode,
      HorizontalRuleNode,
    ],
    onError: (error) => {
      throw error;
    },
  });
  const parsed = editor.parseEditorState(JSON.stringify(state));
  editor.setEditorState(parsed);
  return JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as Record<string, unknown>;
}
