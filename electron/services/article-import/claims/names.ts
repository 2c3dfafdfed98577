/**
 * Patterns for the names of people and organisations that speak or are cited: one to four capitalised
 * words ("Xu Jieyun", "Oscar Munoz", "Ludwig van Beethoven", "McKinsey & Company"). Sentence openers and
 * pronouns ("The", "She", "However") are not names.
 */

const WORD = String.raw`[\p{Lu}][\p{L}\p{M}'’.-]*`;
const PARTICLE = String.raw`(?:de|van|von|der|den|da|di|du|le|la|del|bin|al|&|and)`;
export const NAME = String.raw`(?<![\p{L}\p{M}])${WORD}(?:\s+(?:${PARTICLE}\s+)?${WORD}){0,3}`;

const NOT_NAMES = new Set(
  (
    'the this that these those it he she they we i you his her their its our a an but and however initially ' +
    'meanwhile in on at after before when following later some many critics analysts experts observers users ' +
    'customers fans reports sources officials executives both each one according there here then while if as ' +
    'monday tuesday wednesday thursday friday saturday sunday yesterday today'
  ).split(' '),
);

/** The name without trailing punctuation or leading sentence openers, or null when no name is left. */
export function cleanName(candidate: string): string | null {
  const words = candidate
    .trim()
    .replace(/[.,;:’']+$/, '')
    .replace(/’s$|'s$/, '')
    .split(/\s+/);
  // "On Monday Lei Jun" → "Lei Jun": sentence openers before a name are dropped.
  while (words.length > 0 && NOT_NAMES.has((words[0] ?? '').toLowerCase())) words.shift();
  const name = words.join(' ');
  return /^\p{Lu}/u.test(name) ? name : null;
}
