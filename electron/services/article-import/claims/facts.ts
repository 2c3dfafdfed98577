/**
 * Facts: sentences that carry a statistic (a percentage, an amount of money, a count) and name where it
 * comes from ("…, according to a study by Deloitte", "a survey by Pew found …", "Gartner estimates …").
 * A statistic with no named origin is not a fact: the importer cannot tell a sourced figure from the
 * author's own claim, so it leaves such sentences in the narrative. A "Did you know?"-style lead-in is the
 * exception: the author presents it as a fact, so it becomes one even without an origin.
 */
import { cleanName, NAME } from './names.ts';

export interface FoundFact {
  readonly statement: string;
  readonly value: number | null;
  readonly unit: string | null;
  readonly origin: string | null;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`thousand|million|billion|trillion|bn|mn|m|k`;
const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};
const CURRENCIES: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  usd: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '¥': 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  yuan: 'CNY',
  dollars: 'USD',
  euros: 'EUR',
  pounds: 'GBP',
};

const PERCENT = new RegExp(String.raw`(?<![\w.,])(${NUMBER})[\s-]*(?:%|percent\b|per cent\b)`, 'i');
const MONEY_BEFORE = new RegExp(
  String.raw`(US\$|\$|€|£|¥|\b(?:USD|EUR|GBP|RMB|CNY)\s?)(${NUMBER})(?:\s*(${SCALE})\b)?`,
  'i',
);
const MONEY_AFTER = new RegExp(
  String.raw`(?<![\w.,])(${NUMBER})(?:\s*(${SCALE}))?\s+(dollars|euros|pounds|yuan)\b`,
  'i',
);
// The counted noun is lower case: "5 January" is a date, not five of something.
const COUNT =
  /(?<![\w.,$€£¥])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?\s+([a-z][a-z-]{2,})/g;

const NOUN_STOP = new Set([
  'percent',
  'per',
  'and',
  'or',
  'to',
  'of',
  'in',
  'on',
  'at',
  'the',
  'a',
  'an',
  'years',
  'year',
]);

const ORIGIN_PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b[Aa]ccording to (?:(?:a|an|the)\s+)?(?:(?:new|recent|latest|annual|global|\d{4})\s+)*(?:(?:study|survey|report|poll|analysis|research|data|figures|estimates?|census|index)\s+(?:by|from|of)\s+)?(${NAME})`,
    'gu',
  ),
  new RegExp(
    String.raw`\b(?:study|survey|report|poll|analysis|research|data|figures|estimates?)\s+(?:by|from)\s+(${NAME})`,
    'gu',
  ),
  new RegExp(
    String.raw`(${NAME})\s+(?:(?:data|figures|research|analysis|survey|study|report|poll)\s+)?(?:found|finds|reported|reports|estimated|estimates|showed|shows|calculated|revealed|reveals|suggests?|suggested)\b`,
    'gu',
  ),
];

const LEAD_IN =
  /^\s*(?:did you know|fun fact|quick fact|fast fact|key fact|by the numbers|in numbers|stat of the day)\s*[?:!.—–-]*\s*/i;

/** The article's lead-in text after its "Did you know?" opener, or null when the paragraph has none. */
export function leadInRemainder(paragraph: string): string | null {
  const match = LEAD_IN.exec(paragraph);
  if (!match) return null;
  return paragraph.slice(match[0].length).trim();
}

function toNumber(text: string, scale: string | undefined): number {
  const base = Number(text.replace(/,/g, ''));
  return scale === undefined ? base : base * (SCALES[scale.toLowerCase()] ?? 1);
}

const isYear = (text: string): boolean => /^(?:1[6-9]|20)\d\d$/.test(text);

/** The sentence's main statistic: a percentage first, then money, then a count of something. */
export function findStatistic(sentence: string): { value: number; unit: string | null } | null {
  const percent = PERCENT.exec(sentence);
  if (percent?.[1]) return { value: toNumber(percent[1], undefined), unit: '%' };
  const money = MONEY_BEFORE.exec(sentence);
  if (money?.[1] && money[2]) {
    return { value: toNumber(money[2], money[3]), unit: CURRENCIES[money[1].trim().toLowerCase()] ?? money[1].trim() };
  }
  const moneyAfter = MONEY_AFTER.exec(sentence);
  if (moneyAfter?.[1] && moneyAfter[3]) {
    return { value: toNumber(moneyAfter[1], moneyAfter[2]), unit: CURRENCIES[moneyAfter[3].toLowerCase()] ?? null };
  }
  for (const m of sentence.matchAll(COUNT)) {
    const [, number, scale, noun] = m;
    if (!number || !noun || (isYear(number) && !scale) || NOUN_STOP.has(noun.toLowerCase())) continue;
    return { value: toNumber(number, scale), unit: noun.toLowerCase() };
  }
  return null;
}

/** Who the statistic comes from, or null when the sentence names nobody. */
export function findOrigin(sentence: string): string | null {
  for (const pattern of ORIGIN_PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const name = match[1] ? cleanName(match[1]) : null;
      if (name !== null) return name;
    }
  }
  return null;
}

/** The statement without its "according to …" clause, which the origin field now carries. */
function statementOf(sentence: string): string {
  let text = sentence.trim();
  text = text.replace(/,?\s*according to [^,;]+?([.!?]?)$/i, '$1');
  const leading = /^according to [^,]+,\s*/i.exec(text);
  if (leading) {
    const rest = text.slice(leading[0].length);
    text = rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return text;
}

/** A fact from one sentence of prose, or null when it has no statistic or no named origin. */
export function sentenceFact(sentence: string): FoundFact | null {
  const statistic = findStatistic(sentence);
  if (statistic === null) return null;
  const origin = findOrigin(sentence);
  if (origin === null) return null;
  return { statement: statementOf(sentence), value: statistic.value, unit: statistic.unit, origin };
}

/** The fact a lead-in states: kept even without a statistic or an origin. */
export function leadInFact(sentence: string): FoundFact {
  const statistic = findStatistic(sentence);
  return {
    statement: statementOf(sentence),
    value: statistic?.value ?? null,
    unit: statistic?.unit ?? null,
    origin: findOrigin(sentence),
  };
}
