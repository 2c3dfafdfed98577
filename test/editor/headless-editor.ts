import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { NARRATIVE_NODES } from '../../renderer/editor/editor-nodes.ts';

/** A headless editor with every narrative node, failing loudly on any error. */
export function narrativeHeadlessEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'narrative-test',
    nodes: [...NARRATIVE_NODES],
    onError: (error) => {
      throw error;
    },
  });
}

/** Runs an update and waits until it is committed. */
export function updateNow(editor: LexicalEditor, update: () => void): void {
  editor.update(update, { discrete: true });
}
