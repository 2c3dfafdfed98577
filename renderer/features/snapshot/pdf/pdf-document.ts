import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentLoadingTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
// The legacy build: Electron 45's Chromium lacks newer built-ins (Map#getOrInsertComputed) the modern one uses.
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { BundledDataFactory } from './pdf-data.ts';

// The worker is a file of the app's own origin (worker-src 'self'), started as a module worker.
GlobalWorkerOptions.workerSrc = workerUrl;

function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Opens a stored PDF for display, script-free and offline: the bytes are handed over (no URL, no range
 * or stream requests), pdf.js never fetches (fonts and CMaps come from BundledDataFactory), never uses
 * system fonts (pages look the same on every machine), never uses WebAssembly, and runs no PDF
 * JavaScript: the core library has no scripting engine; only pdf.js's viewer sandbox, not loaded here, does.
 */
export function openPdf(base64: string): PDFDocumentLoadingTask {
  return getDocument({
    data: bytesOfBase64(base64),
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    BinaryDataFactory: BundledDataFactory,
    // Non-empty names so pdf.js asks the factory rather than refusing; never fetched as URLs.
    standardFontDataUrl: 'bundled:standard_fonts/',
    cMapUrl: 'bundled:cmaps/',
    cMapPacked: true,
    verbosity: 0,
  });
}
