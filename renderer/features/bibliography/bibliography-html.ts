import createDOMPurify from 'dompurify';

/**
 * The service's bibliography HTML holds only <i>, <b> and <span>; it is sanitized again here because it
 * goes into the DOM and onto the clipboard, and a title is text from a web page.
 */
export function safeBibliographyHtml(html: string): string {
  return createDOMPurify(window).sanitize(html, { ALLOWED_TAGS: ['i', 'b', 'span'], ALLOWED_ATTR: [] });
}

/** The entries as one rich-text block: a paragraph per entry, as word processors paste it. */
export function bibliographyClipboardHtml(entries: readonly string[]): string {
  return entries.map((entry) => `<p>${safeBibliographyHtml(entry)}</p>`).join('');
}
