import { $isLinkNode, $toggleLink, $createLinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
} from 'lexical';
import type { BaseSelection } from 'lexical';
import { useEffect, useState } from 'react';
import { OPEN_LINK_DIALOG_COMMAND } from '../editor-commands.ts';
import { hasCommandModifier, isComposing } from '../keyboard.ts';
import { LinkDialog } from '../links/LinkDialog.tsx';

interface OpenDialog {
  readonly selection: BaseSelection | null;
  readonly existingUrl: string | null;
}

const LINK_ATTRIBUTES = { rel: 'noopener noreferrer' };

function $currentLinkUrl(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return link !== null && $isLinkNode(link) ? link.getURL() : null;
}

function displayTextOf(url: string): string {
  return url.startsWith('mailto:') ? url.slice('mailto:'.length) : url;
}

/** Ctrl/Cmd+K or the toolbar's "Link": add, change or remove the link on the selection. */
export function LinkDialogPlugin() {
  const [editor] = useLexicalComposerContext();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);

  useEffect(() => {
    function open(): boolean {
      const state = editor.getEditorState().read(() => ({
        selection: $getSelection()?.clone() ?? null,
        existingUrl: $currentLinkUrl(),
      }));
      setDialog(state);
      return true;
    }
    return mergeRegister(
      editor.registerCommand(OPEN_LINK_DIALOG_COMMAND, open, COMMAND_PRIORITY_NORMAL),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (isComposing(event) || !hasCommandModifier(event) || event.shiftKey || event.key.toLowerCase() !== 'k')
            return false;
          event.preventDefault();
          return open();
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    );
  }, [editor]);

  if (dialog === null) return null;

  function close(): void {
    setDialog(null);
    editor.focus();
  }
  function apply(url: string): void {
    const saved = dialog?.selection ?? null;
    editor.update(() => {
      if (saved !== null) $setSelection(saved.clone());
      const selection = $getSelection();
      if ($isRangeSelection(selection) && selection.isCollapsed() && $currentLinkUrl() === null) {
        selection.insertNodes([$createLinkNode(url, LINK_ATTRIBUTES).append($createTextNode(displayTextOf(url)))]);
      } else {
        $toggleLink({ url, ...LINK_ATTRIBUTES });
      }
    });
    close();
  }
  function remove(): void {
    const saved = dialog?.selection ?? null;
    editor.update(() => {
      if (saved !== null) $setSelection(saved.clone());
      $toggleLink(null);
    });
    close();
  }
  return (
    <LinkDialog
      initialUrl={dialog.existingUrl ?? ''}
      editing={dialog.existingUrl !== null}
      onApply={apply}
      onRemove={remove}
      onClose={close}
    />
  );
}
