/**
 * A byline → author names: "By Erin Cunningham" → ["Erin Cunningham"]; "Martin Untersinger (avec Damien
 * Leloup et Morgane Tual)" → three names. Splits on commas, semicolons, "&", "|", the ideographic comma
 * and the word "and" in the languages Casebook's users read; drops a leading "By" / "Par" / "Von" / "Por".
 */
const LEADING_BY = /^\s*(?:by|par|von|por|door|di|da|av|af|作者[:：]?|文[/／]|记者)\s+/i;
const LEADING_CONNECTIVE = /^(?:and|with|et|avec|und|mit|y|e|en|og|och)\s+/i;
const SEPARATORS = /\s*(?:[,;&|、，；()（）]|\s(?:and|with|et|avec|und|mit|y|e|en|og|och)\s)\s*/i;
const MAX_AUTHORS = 50;
const MAX_NAME_LENGTH = 200;

export function authorsFromByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const text = byline.replace(/\s+/g, ' ').trim().replace(LEADING_BY, '');
  const names = text
    .split(SEPARATORS)
    .map((part) =>
      part
        .replace(LEADING_BY, '')
        .replace(LEADING_CONNECTIVE, '')
        .replace(/^[\s.:-]+|[\s.:-]+$/g, ''),
    )
    .filter((part) => part !== '' && part.length <= MAX_NAME_LENGTH);
  return [...new Set(names)].slice(0, MAX_AUTHORS);
}
