import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import type { DialogApi } from '../../../electron/main/notebook-dialogs.ts';

/** A native message box the main process showed, as the person saw it, and the button they chose. */
export interface DialogSeen {
  readonly type: string;
  readonly message: string;
  readonly detail: string;
  readonly buttons: readonly string[];
  /** The label of the button chosen ('OK' for a box without buttons). */
  answer: string;
}

/**
 * Chooses a button for a message box, by its label. Without one, the rig answers as a person who closes the
 * box does: the cancel button (the last one).
 */
export type DialogAnswerer = (dialog: Omit<DialogSeen, 'answer'>) => string | undefined;

/**
 * Electron's `dialog` for the rig: message boxes are recorded and answered by the test's answerer; the file
 * choosers answer "cancelled" (the rig opens notebooks by path instead). Errors go to the record too.
 */
export function scriptedDialog(seen: DialogSeen[], answerer: DialogAnswerer | undefined): DialogApi & {
  showErrorBox(title: string, message: string): void;
} {
  return {
    showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue> {
      const buttons = options.buttons ?? ['OK'];
      const shown = { type: options.type ?? 'none', message: options.message, detail: options.detail ?? '', buttons };
      const wanted = answerer?.(shown);
      const cancel = options.cancelId ?? buttons.length - 1;
      const response = wanted === undefined ? cancel : buttons.indexOf(wanted);
      if (response < 0)
        throw new Error(`The test answered “${wanted}”, which is not a button of “${options.message}” (${buttons.join(', ')}).`);
      seen.push({ ...shown, answer: buttons[response] ?? 'OK' });
      return Promise.resolve({ response, checkboxChecked: false });
    },
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
    showErrorBox(title: string, message: string) {
      seen.push({ type: 'error', message: title, detail: message, buttons: [], answer: 'OK' });
    },
  };
}
