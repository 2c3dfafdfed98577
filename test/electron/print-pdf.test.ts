import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callProcedure } from '../../electron/cli/procedure-call.ts';
import { addSampleCase } from '../../electron/services/sample-case.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import {
  PRINT_WINDOW_OPTIONS,
  renderPdf,
  savePdf,
  type PrintablePage,
  type SavePdfDeps,
} from '../../electron/main/print-pdf.ts';

const PDF = new TextEncoder().encode('%PDF-1.7\n%fake but well-formed enough for the header check\n');
const HTML =
  '<!doctype html><html><head><title>Xiaomi KOL “black PR” controversy</title></head><body><h1>Xiaomi</h1></body></html>';

/** A hidden window's webContents that records what it was asked to do. */
function fakePage(printed: Uint8Array = PDF): PrintablePage & { calls: string[]; loaded: string[] } {
  const calls: string[] = [];
  const loaded: string[] = [];
  return {
    calls,
    loaded,
    loadURL(url) {
      calls.push('loadURL');
      loaded.push(url);
      return Promise.resolve();
    },
    printToPDF(options) {
      calls.push(`printToPDF ${options.pageSize}`);
      return Promise.resolve(printed);
    },
    close() {
      calls.push('close');
    },
  };
}

function deps(page: PrintablePage, answer: string | null, writes: [string, Uint8Array][]): SavePdfDeps {
  return {
    exportHtml: (caseId) => Promise.resolve({ html: HTML, suggestedName: `${caseId}.pdf` }),
    createPage: () => page,
    askWhere: () => Promise.resolve(answer),
    writeFile: (file, bytes) => {
      writes.push([file, bytes]);
      return Promise.resolve();
    },
  };
}

describe('printing a case to PDF in the app', () => {
  it('loads exactly the HTML export, prints it on A4 and closes the hidden window', async () => {
    const page = fakePage();
    expect(await renderPdf(page, HTML)).toBe(PDF);
    expect(page.calls).toEqual(['loadURL', 'printToPDF A4', 'close']);
    const [url] = page.loaded;
    expect(Buffer.from((url ?? '').split(',')[1] ?? '', 'base64').toString('utf8')).toBe(HTML);
  });

  it('refuses what is not a PDF and still closes the window', async () => {
    const page = fakePage(new TextEncoder().encode('<html>'));
    await expect(renderPdf(page, HTML)).rejects.toThrow('did not print as a PDF');
    expect(page.calls.at(-1)).toBe('close');
  });

  it('saves where the user chose, and writes nothing when the dialog is cancelled', async () => {
    const writes: [string, Uint8Array][] = [];
    expect(
      await savePdf(deps(fakePage(), '/home/me/case.pdf', writes), 'xiaomi-kol-2026', { style: 'apa', redact: false }),
    ).toEqual({
      saved: true,
      path: '/home/me/case.pdf',
      bytes: PDF.byteLength,
    });
    expect(writes).toEqual([['/home/me/case.pdf', PDF]]);
    const none: [string, Uint8Array][] = [];
    expect(await savePdf(deps(fakePage(), null, none), 'xiaomi-kol-2026', { style: 'apa', redact: false })).toEqual({
      saved: false,
    });
    expect(none).toEqual([]);
  });

  it('prints in a hidden, sandboxed window without scripts or preload', () => {
    expect(PRINT_WINDOW_OPTIONS.show).toBe(false);
    expect(PRINT_WINDOW_OPTIONS.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(PRINT_WINDOW_OPTIONS.webPreferences?.preload).toBeUndefined();
  });

  it('prints an HTML export that blocks scripts and remote loads by its own CSP', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'casebook-print-'));
    const notebook = openNotebook(path.join(folder, 'notebook.casebook'), { create: true });
    try {
      const { caseId } = addSampleCase(notebook.db);
      const { text } = callProcedure(notebook.db, 'cases.export', {
        id: caseId,
        format: 'html',
        style: 'apa',
        redact: false,
      });
      expect(text).toContain(
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
      );
      expect(text).not.toContain('<script');
    } finally {
      notebook.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
