import type {
  MessageBoxOptions,
  MessageBoxReturnValue,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { basename, join } from 'node:path';
import type { CasebookErrorInfo } from '../../shared/contract/result.ts';

export const NOTEBOOK_EXTENSION = 'casebook';
const NOTEBOOK_FILTERS = [{ name: 'Casebook notebooks', extensions: [NOTEBOOK_EXTENSION] }];

/** The parts of Electron's `dialog` the notebook dialogs use. */
export interface DialogApi {
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
}

export interface NotebookDialogs {
  chooseNotebookToOpen(): Promise<string | null>;
  chooseNewNotebookPath(): Promise<string | null>;
  /** Tells the person why a notebook did not open; resolves true when they want to pick another one. */
  reportOpenFailure(path: string, error: CasebookErrorInfo, options: { offerOpenOther: boolean }): Promise<boolean>;
}

/** "Untitled.casebook" → kept; "Crisis notes" → "Crisis notes.casebook". */
export function withNotebookExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${NOTEBOOK_EXTENSION}`) ? path : `${path}.${NOTEBOOK_EXTENSION}`;
}

/** A headline and an explanation for a notebook that would not open, naming the file and what to do. */
export function describeOpenFailure(path: string, error: CasebookErrorInfo): { message: string; detail: string } {
  const name = basename(path);
  const untouched = 'Casebook did not change the file.';
  switch (error.code) {
    case 'notebook-newer':
      return {
        message: `“${name}” was made by a newer version of Casebook.`,
        detail: `Update Casebook to open it. ${untouched}\n\n${path}\n${error.message}`,
      };
    case 'notebook-corrupt':
      return {
        message: `“${name}” is not a Casebook notebook, or it is damaged.`,
        detail: `If you have a backup, open that instead. ${untouched}\n\n${path}\n${error.message}`,
      };
    case 'notebook-locked':
      return {
        message: `“${name}” is busy: another program is writing to it.`,
        detail: `Close the other program (or the casebook command that is running) and try again. ${untouched}\n\n${path}`,
      };
    case 'notebook-in-use':
      return {
        message: `“${name}” is open for editing in another Casebook.`,
        detail: `${error.message} ${untouched}\n\n${path}`,
      };
    case 'notebook-missing':
      return {
        message: `“${name}” is no longer there.`,
        detail: `It may have been moved, renamed or deleted.\n\n${path}`,
      };
    default:
      return { message: `“${name}” could not be opened.`, detail: `${error.message}\n\n${path}` };
  }
}

export function electronNotebookDialogs(dialog: DialogApi, documentsFolder: string): NotebookDialogs {
  return {
    async chooseNotebookToOpen() {
      const answer = await dialog.showOpenDialog({
        title: 'Open Notebook',
        buttonLabel: 'Open',
        defaultPath: documentsFolder,
        filters: NOTEBOOK_FILTERS,
        properties: ['openFile'],
      });
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    async chooseNewNotebookPath() {
      const answer = await dialog.showSaveDialog({
        title: 'New Notebook',
        buttonLabel: 'Create',
        defaultPath: join(documentsFolder, `Untitled.${NOTEBOOK_EXTENSION}`),
        filters: NOTEBOOK_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return answer.canceled || !answer.filePath ? null : withNotebookExtension(answer.filePath);
    },
    async reportOpenFailure(path, error, { offerOpenOther }) {
      const { message, detail } = describeOpenFailure(path, error);
      const buttons = offerOpenOther ? ['Open Another Notebook…', 'Quit'] : ['OK'];
      const answer = await dialog.showMessageBox({
        type: 'error',
        title: 'Casebook',
        message,
        detail,
        buttons,
        defaultId: 0,
        noLink: true,
      });
      return offerOpenOther && answer.response === 0;
    },
  };
}
