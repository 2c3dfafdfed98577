/**
 * pdf.js's built-in data (standard font files, Adobe CMaps) from the app's own bundle. The window's CSP
 * allows no fetch at all (connect-src 'none'), so instead of a URL each file is a lazy script chunk that
 * holds it inline as a data: URL, decoded here: loading it is script from 'self', and only the files a
 * PDF actually needs are ever loaded.
 */
const standardFonts = import.meta.glob<string>('../../../../node_modules/pdfjs-dist/standard_fonts/*.{pfb,ttf}', {
  query: '?inline',
  import: 'default',
});
const cMaps = import.meta.glob<string>('../../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?inline',
  import: 'default',
});

function loaderFor(kind: string, filename: string): (() => Promise<string>) | undefined {
  const table = kind === 'standardFontDataUrl' ? standardFonts : kind === 'cMapUrl' ? cMaps : undefined;
  if (table === undefined) return undefined;
  const suffix = `/${filename}`;
  const key = Object.keys(table).find((path) => path.endsWith(suffix));
  return key === undefined ? undefined : table[key];
}

function bytesOfDataUrl(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Stands in for pdf.js's DOMBinaryDataFactory (same constructor and `fetch` shape). WebAssembly is off
 * (it would need 'wasm-unsafe-eval'), so a "wasmUrl" request is refused and pdf.js skips that image.
 */
export class BundledDataFactory {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const load = loaderFor(kind, filename);
    if (load === undefined) throw new Error(`pdf.js asked for ${kind} ${filename}, which the app does not bundle.`);
    return bytesOfDataUrl(await load());
  }
}
