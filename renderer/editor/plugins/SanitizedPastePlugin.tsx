import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { eventFiles } from '@lexical/utils';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import type { LexicalEditor, PasteCommandType } from 'lexical';
import { useEffect } from 'react';
import { sanitizePastedHtml } from '../paste/sanitize-html.ts';

/** Lexical's own clipboard format, written by a copy inside an editor: imported by Lexical as JSON. */
const LEXICAL_CLIPBOARD_TYPE = 'application/x-lexical-editor';

/**
 * Pasted HTML goes through DOMPurify before Lexical imports it. Runs ahead of the rich-text paste
 * handler; leaves file pastes (images) and Lexical's own JSON to the handlers after it.
 */
export function $pasteSanitizedHtml(editor: LexicalEditor, event: PasteCommandType): boolean {
  const clipboard = 'clipboardData' in event ? event.clipboardData : null;
  if (clipboard === null) return false;
  const [, files, hasTextContent] = eventFiles(event);
  if (files.length > 0 && !hasTextContent) return false;
  if (clipboard.types.includes(LEXICAL_CLIPBOARD_TYPE)) return false;
  const html = clipboard.getData('text/html');
  if (html.trim() === '') return false;
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  event.preventDefault();
  const nodes = $generateNodesFromDOM(editor, sanitizePastedHtml(html));
  if (nodes.length > 0) selection.insertNodes(nodes);
  return true;
}

export function SanitizedPastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () => editor.registerCommand(PASTE_COMMAND, (event) => $pasteSanitizedHtml(editor, event), COMMAND_PRIORITY_HIGH),
    [editor],
  );
  return null;
}
