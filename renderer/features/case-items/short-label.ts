/**
 * How a row names its item (its accessible name, its toasts): the trimmed text, cut to `maxLength`
 * characters with an ellipsis, or `fallback` while the text is empty.
 */
export function shortLabel(text: string, fallback: string, maxLength = Number.POSITIVE_INFINITY): string {
  const trimmed = text.trim();
  if (trimmed === '') return fallback;
  return trimmed.length > maxLength ? `${trimmed.slice(0, maxLength - 1)}…` : trimmed;
}
