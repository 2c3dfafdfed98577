/** A code id suggested from a label: lower-case words joined by hyphens (CODE_ID_PATTERN), accents dropped. */
export function suggestedCodeId(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  if (words === '') return '';
  return /^[a-z]/.test(words) ? words : `code-${words}`;
}
