import type { CslName } from './csl-item.ts';

/**
 * Casebook keeps authors as display strings; CSL keeps names in parts. A person reads "Jörg Müller", or
 * "García Márquez, Gabriel" when splitting at the last word would get the family name wrong; an
 * organization or a name in a CJK script stays one literal ("World Health Organization", "王小明"): a
 * CJK name is never split, since the split cannot be told from the characters.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'da', 'das', 'di', 'du', 'dos', 'la', 'le', 'ten', 'ter', 'bin', 'ibn', 'al']);
const ORGANIZATION_WORDS =
  /\b(organi[sz]ation|ministry|agency|association|institute|institution|university|college|council|committee|commission|company|corporation|corp|inc|ltd|llc|plc|gmbh|group|bureau|office|department|authority|administration|service|services|foundation|society|federation|union|news|press|times|post|daily|broadcasting|network|international|national|government|court|police|bank|fund|centre|center|board|trust|party|club|media|team|staff|editors?|reuters|xinhua)\b/i;

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

function isOrganizationLike(text: string): boolean {
  return ORGANIZATION_WORDS.test(text) || /\d|&/.test(text) || words(text).some((word) => /^\p{Lu}{2,}$/u.test(word));
}

function splitParticles(familyPart: string): { particle: string | undefined; family: string } {
  const parts = words(familyPart);
  let index = 0;
  while (index < parts.length - 1 && PARTICLES.has(parts[index] ?? '')) index += 1;
  const particle = parts.slice(0, index).join(' ');
  return { particle: particle === '' ? undefined : particle, family: parts.slice(index).join(' ') };
}

function person(given: string, familyPart: string, suffix?: string): CslName {
  const { particle, family } = splitParticles(familyPart);
  const name: CslName = { family, given };
  if (particle !== undefined) name['non-dropping-particle'] = particle;
  if (suffix !== undefined && suffix !== '') name.suffix = suffix;
  return name;
}

/** The CSL name for a Casebook author string. */
export function cslNameOf(author: string): CslName {
  const text = author.trim().replace(/\s+/g, ' ');
  if (CJK.test(text)) return { literal: text };
  if (text.includes(',')) {
    const [familyPart = '', given = '', ...rest] = text.split(',').map((part) => part.trim());
    if (familyPart !== '' && given !== '') return person(given, familyPart, rest.join(', '));
    return { literal: text };
  }
  const parts = words(text);
  if (parts.length < 2 || isOrganizationLike(text)) return { literal: text };
  let familyStart = parts.length - 1;
  while (familyStart > 1 && PARTICLES.has(parts[familyStart - 1] ?? '')) familyStart -= 1;
  return person(parts.slice(0, familyStart).join(' '), parts.slice(familyStart).join(' '));
}

function canonical(name: CslName): string {
  const particle = [name['dropping-particle'], name['non-dropping-particle']].filter(Boolean).join(' ');
  if (name.literal !== undefined) return JSON.stringify({ literal: name.literal.trim() });
  return JSON.stringify({
    family: [particle, name.family ?? ''].filter(Boolean).join(' ').trim(),
    given: (name.given ?? '').trim(),
    suffix: (name.suffix ?? '').trim(),
  });
}

/** A name with no given name is one unit: an organization, a mononym, a CJK name. */
function asLiteral(name: CslName): CslName {
  if (name.literal !== undefined || (name.given ?? '').trim() !== '') return name;
  const particle = [name['dropping-particle'], name['non-dropping-particle']].filter(Boolean).join(' ');
  return { literal: [particle, name.family ?? ''].filter(Boolean).join(' ').trim() };
}

/** The Casebook author string for a CSL name, chosen so that cslNameOf gives the same name back. */
export function authorOf(name: CslName): string {
  const unit = asLiteral(name);
  if (unit.literal !== undefined) return unit.literal.trim().replace(/\s+/g, ' ');
  const given = (unit.given ?? '').trim();
  const particle = [unit['dropping-particle'], unit['non-dropping-particle']].filter(Boolean).join(' ');
  const family = [particle, unit.family ?? ''].filter(Boolean).join(' ').trim();
  const suffix = (unit.suffix ?? '').trim();
  if (CJK.test(`${family}${given}`)) return `${family}${given}`;
  const natural = [given, family].join(' ');
  if (suffix === '' && canonical(cslNameOf(natural)) === canonical(unit)) return natural;
  return suffix === '' ? `${family}, ${given}` : `${family}, ${given}, ${suffix}`;
}

