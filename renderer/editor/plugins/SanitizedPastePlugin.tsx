import { $handleRichTextDrop, $insertDataTransferForRichText } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { eventFiles, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DROP_COMMAND,
  PASTE_COMMAND,
} from 'lexical';
import type { LexicalEditor, PasteCommandType } from 'lexical';
import { useEffect } from 'react';
import { carriesForeignHtml, sanitizedDataTransfer } from '../paste/sanitized-data-transfer.ts';

/**
 * Pasted HTML goes through DOMPurify before Lexical imports it, whatever the selection (a caret, a
 * selected image or table cells). Leaves file pastes (images) and Lexical's own JSON to the handlers
 * after it.
 */
export function $pasteSanitizedHtml(editor: LexicalEditor, event: PasteCommandType): boolean {
  const clipboard = 'clipboardData' in event ? event.clipboardData : null;
  if (!carriesForeignHtml(clipboard)) return false;
  const [, files, hasTextContent] = eventFiles(event);
  if (files.length > 0 && !hasTextContent) return false;
  event.preventDefault();
  const selection = $getSelection();
  // No selection: nowhere to paste; the HTML is dropped rather than left to an unsanitized path.
  if (selection !== null) $insertDataTransferForRichText(sanitizedDataTransfer(clipboard), selection, editor);
  return true;
}

/** A paste or drop arriving as beforeinput (insertFromPaste, insertFromDrop) with HTML in it. */
function $insertSanitizedInput(editor: LexicalEditor, input: InputEvent | string): boolean {
  if (typeof input === 'string' || !carriesForeignHtml(input.dataTransfer)) return false;
  const selection = $getSelection();
  if (selection !== null) $insertDataTransferForRichText(sanitizedDataTransfer(input.dataTransfer), selection, editor);
  return true;
}

/** HTML dragged in from another program: dropped where it lands, sanitized. */
function $dropSanitizedHtml(editor: LexicalEditor, event: DragEvent): boolean {
  const [, files] = eventFiles(event);
  if (files.length > 0 || !carriesForeignHtml(event.dataTransfer)) return false;
  const transfer = sanitizedDataTransfer(event.dataTransfer);
  const sanitizedEvent = new Proxy(event, {
    get(target, property) {
      if (property === 'dataTransfer') return transfer;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  if (!$handleRichTextDrop(sanitizedEvent, editor)) event.preventDefault();
  return true;
}

export function SanitizedPastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(PASTE_COMMAND, (event) => $pasteSanitizedHtml(editor, event), COMMAND_PRIORITY_HIGH),
        editor.registerCommand(
          CONTROLLED_TEXT_INSERTION_COMMAND,
          (input) => $insertSanitizedInput(editor, input),
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(DROP_COMMAND, (event) => $dropSanitizedHtml(editor, event), COMMAND_PRIORITY_HIGH),
      ),
    [editor],
  );
  return null;
}
