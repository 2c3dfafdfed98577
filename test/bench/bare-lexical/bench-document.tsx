/** The document the bench runner put on the page (an init script) before the page's own code ran. */
export function benchDocument(): Record<string, unknown> {
  const document = (globalThis as { __benchDocument?: Record<string, unknown> }).__benchDocument;
  if (document === undefined) throw new Error('The bench runner did not provide __benchDocument.');
  return document;
}
