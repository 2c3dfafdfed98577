/** What the library does with a file, by its extension. */
export type ImportKind =
  | { readonly type: 'references'; readonly format: 'bibtex' | 'ris' | 'csl-json' }
  | { readonly type: 'page' }
  | { readonly type: 'pdf' }
  | { readonly type: 'image'; readonly mediaType: string };

export const ACCEPTED_EXTENSIONS = [
  '.html',
  '.htm',
  '.mhtml',
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.bib',
  '.ris',
  '.json',
];
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(',');

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

export function importKindOf(fileName: string): ImportKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'bib') return { type: 'references', format: 'bibtex' };
  if (extension === 'ris') return { type: 'references', format: 'ris' };
  if (extension === 'json') return { type: 'references', format: 'csl-json' };
  if (extension === 'html' || extension === 'htm' || extension === 'mhtml') return { type: 'page' };
  if (extension === 'pdf') return { type: 'pdf' };
  const image = IMAGE_TYPES[extension];
  return image ? { type: 'image', mediaType: image } : null;
}

/** Why a file is not taken, naming what is. */
export function unsupportedMessage(fileName: string): string {
  return `“${fileName}” is not a file the library takes. Use a saved page (.html, .htm, .mhtml), a PDF, an image (.png, .jpg, .gif, .webp) or references (.bib, .ris, CSL-JSON .json).`;
}
