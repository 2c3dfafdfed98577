import { sanitizePastedHtml } from './sanitize-html.ts';

/** Lexical's own clipboard format, written by a copy inside an editor: imported by Lexical as JSON. */
export const LEXICAL_CLIPBOARD_TYPE = 'application/x-lexical-editor';

/** The pasted or dropped HTML after DOMPurify, as markup Lexical's importer can read. */
export function sanitizedHtmlString(html: string): string {
  const holder = document.createElement('div');
  holder.append(sanitizePastedHtml(html));
  return holder.innerHTML;
}

/**
 * The same DataTransfer with its text/html sanitized (every other type, files included, passes through),
 * so whichever of Lexical's import paths reads it — paste, beforeinput, drop — only sees clean markup.
 */
export function sanitizedDataTransfer(source: DataTransfer): DataTransfer {
  const html = source.getData('text/html');
  const clean = html.trim() === '' ? '' : sanitizedHtmlString(html);
  return new Proxy(source, {
    get(target, property) {
      if (property === 'getData')
        return (type: string) => (type.toLowerCase() === 'text/html' ? clean : target.getData(type));
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Whether a transfer carries foreign HTML (not Lexical's own copy) that must be sanitized before import. */
export function carriesForeignHtml(transfer: DataTransfer | null | undefined): transfer is DataTransfer {
  if (!transfer) return false;
  if (transfer.types.includes(LEXICAL_CLIPBOARD_TYPE)) return false;
  return transfer.types.includes('text/html') && transfer.getData('text/html').trim() !== '';
}
