import { createCommand } from 'lexical';
import type { LexicalCommand } from 'lexical';

/** Opens the link dialog for the selection (toolbar "Link", Ctrl/Cmd+K). */
export const OPEN_LINK_DIALOG_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_DIALOG');
/** Opens the source picker; the picked source is cited at the caret. */
export const OPEN_CITATION_PICKER_COMMAND: LexicalCommand<void> = createCommand('OPEN_CITATION_PICKER');
/** Cites a source at the caret. */
export const INSERT_CITATION_COMMAND: LexicalCommand<{ sourceId: string; locator: string | null }> =
  createCommand('INSERT_CITATION');
/** Stores image files as attachments and inserts them at the caret. */
export const INSERT_IMAGE_FILES_COMMAND: LexicalCommand<File[]> = createCommand('INSERT_IMAGE_FILES');
/** Turns the selected blocks into pull quotes, or back into paragraphs. */
export const TOGGLE_PULL_QUOTE_COMMAND: LexicalCommand<void> = createCommand('TOGGLE_PULL_QUOTE');
