/** Escaping for text and attribute values placed in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Text as HTML with its line breaks kept. */
export function htmlLines(text: string): string {
  return text.split(/\r?\n/).map(escapeHtml).join('<br>');
}
