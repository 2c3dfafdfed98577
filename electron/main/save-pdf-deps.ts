import type { BrowserWindow, Dialog } from 'electron';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dispatch } from '../services/dispatch.ts';
import type { NotebookDb } from '../store/database.ts';
import { PRINT_WINDOW_OPTIONS, type SavePdfDeps } from './print-pdf.ts';

/** The real Electron pieces behind print-pdf.ts's seam: the HTML export, a hidden offline window, the save dialog. */
export function electronSavePdfDeps(
  electron: { readonly BrowserWindow: typeof BrowserWindow; readonly dialog: Dialog },
  db: NotebookDb,
  parent: () => BrowserWindow | null,
): SavePdfDeps {
  return {
    exportHtml: (caseId, options) => {
      const result = dispatch(db, 'cases.export', {
        id: caseId,
        format: 'html',
        style: options.style,
        redact: options.redact,
        ...(options.sections ? { sections: [...options.sections] } : {}),
      });
      if (!result.ok) return Promise.reject(new Error(result.error.message));
      const file = result.value as { fileName: string; text: string };
      return Promise.resolve({ html: file.text, suggestedName: file.fileName.replace(/\.html?$/i, '') + '.pdf' });
    },
    createPage: () => {
      const window = new electron.BrowserWindow(PRINT_WINDOW_OPTIONS);
      // The printed page is the app's own HTML with a CSP that blocks remote loads; offline besides.
      window.webContents.session.enableNetworkEmulation({ offline: true });
      return {
        loadURL: (url) => window.loadURL(url),
        printToPDF: async (options) => new Uint8Array(await window.webContents.printToPDF(options)),
        close: () => window.destroy(),
      };
    },
    askWhere: async (suggestedName) => {
      const owner = parent();
      const options = { defaultPath: suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
      const answer = owner
        ? await electron.dialog.showSaveDialog(owner, options)
        : await electron.dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    writeFile: async (path, bytes) => {
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, path);
      } finally {
        await rm(temporary, { force: true });
      }
    },
  };
}
