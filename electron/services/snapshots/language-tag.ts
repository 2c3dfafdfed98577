/** A page's language ("en-us", "fr_FR", "zh-CN") → a canonical BCP 47 tag ("en-US"), or null when it is not one. */
export function languageTag(raw: string | null | undefined): string | null {
  const text = raw?.trim().replace(/_/g, '-');
  if (!text) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(text);
    return canonical && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(canonical) ? canonical : null;
  } catch {
    return null;
  }
}
