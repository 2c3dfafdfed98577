import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * Printing a case to PDF in the app: the case's HTML export loaded into a hidden window and printed with
 * `webContents.printToPDF`. This module holds the steps behind a seam (no Electron values are imported),
 * so the order and the checks are unit-tested with a fake page; the app supplies the real window.
 * The window asks through the `savePdf` bridge call (ipc.ts checks the sender and the request); the
 * Electron pieces are in save-pdf-deps.ts.
 */

/** The hidden window's preferences: no preload, no scripts, sandboxed, a session of its own kept in memory. */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
    partition: 'casebook-print',
  },
};

/** What printing needs from a hidden BrowserWindow's webContents (the app sets its session offline first). */
export interface PrintablePage {
  loadURL(url: string): Promise<void>;
  printToPDF(options: {
    printBackground: boolean;
    pageSize: 'A4';
    preferCSSPageSize: boolean;
    generateDocumentOutline: boolean;
  }): Promise<Uint8Array>;
  /** Destroys the hidden window. */
  close(): void;
}

export interface SavePdfDeps {
  /** The case's HTML export (`cases.export` format 'html') and the file name to suggest, or an error message. */
  exportHtml(caseId: string, options: SavePdfOptions): Promise<{ html: string; suggestedName: string }>;
  createPage(): PrintablePage;
  /** dialog.showSaveDialog: the chosen path, or null when the user cancelled. */
  askWhere(suggestedName: string): Promise<string | null>;
  /** Writes the bytes through a temporary file and a rename. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

export interface SavePdfOptions {
  readonly style: 'apa' | 'chicago-author-date' | 'harvard';
  readonly redact: boolean;
  /** The sections to print; all when absent. */
  readonly sections?: readonly (
    'overview' | 'narrative' | 'issues' | 'timeline' | 'quotes' | 'facts' | 'lessons' | 'bibliography'
  )[];
}

export type SavePdfOutcome =
  { readonly saved: false } | { readonly saved: true; readonly path: string; readonly bytes: number };

/** Loads the HTML (its own CSP blocks scripts and remote loads) and prints it; the page is always closed. */
export async function renderPdf(page: PrintablePage, html: string): Promise<Uint8Array> {
  try {
    await page.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    const pdf = await page.printToPDF({
      printBackground: true,
      pageSize: 'A4',
      preferCSSPageSize: true,
      generateDocumentOutline: true,
    });
    if (Buffer.from(pdf.subarray(0, 5)).toString('latin1') !== '%PDF-')
      throw new Error('the page did not print as a PDF');
    return pdf;
  } finally {
    page.close();
  }
}

/** Prints first, then asks where to save, so a failure never leaves the user with a chosen but empty file. */
export async function savePdf(deps: SavePdfDeps, caseId: string, options: SavePdfOptions): Promise<SavePdfOutcome> {
  const { html, suggestedName } = await deps.exportHtml(caseId, options);
  const pdf = await renderPdf(deps.createPage(), html);
  const path = await deps.askWhere(suggestedName);
  if (path === null) return { saved: false };
  await deps.writeFile(path, pdf);
  return { saved: true, path, bytes: pdf.byteLength };
}
