import type { CaseDocument } from '../../../shared/domain/case-document.ts';
import { isRecord } from './lexical-nodes.ts';

/** Replaces names in a text; returns the text unchanged when there is nothing to redact. */
export type Redactor = (text: string) => string;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HAS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A redactor for the names of the actors marked private: each name (whole words, any case; CJK names
 * wherever they occur) becomes "[private individual A]", "[… B]" and so on, longest names first so a
 * full name wins over a part of it.
 */
export function privateNameRedactor(document: CaseDocument): Redactor {
  const names = document.actors
    .filter((actor) => actor.private && actor.name.trim() !== '')
    .map((actor) => actor.name.trim());
  if (names.length === 0) return (text) => text;
  const labels = new Map(names.map((name, index) => [name.toLowerCase(), `[private individual ${letters(index)}]`]));
  const alternatives = [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((name) =>
      HAS_CJK.test(name) ? escapeRegExp(name) : `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`,
    );
  const pattern = new RegExp(alternatives.join('|'), 'giu');
  return (text) => text.replace(pattern, (match) => labels.get(match.toLowerCase()) ?? '[private individual]');
}

function letters(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${letter}${Math.floor(index / 26)}`;
}

/** The document with every private name replaced wherever a reader would see it, the narrative included. */
export function redactDocument(document: CaseDocument, redact: Redactor): CaseDocument {
  const orNull = (text: string | null) => (text === null ? null : redact(text));
  return {
    ...document,
    case: { ...document.case, title: redact(document.case.title), summary: redact(document.case.summary) },
    narrative: {
      ...document.narrative,
      lexical: redactLexical(document.narrative.lexical, redact),
      text: redact(document.narrative.text),
    },
    actors: document.actors.map((actor) => ({ ...actor, name: redact(actor.name) })),
    issueRows: document.issueRows.map((row) => ({
      ...row,
      issue: redact(row.issue),
      response: redact(row.response),
      impact: redact(row.impact),
    })),
    events: document.events.map((event) => ({ ...event, title: redact(event.title), detail: orNull(event.detail) })),
    quotes: document.quotes.map((quote) => ({
      ...quote,
      text: redact(quote.text),
      speaker: orNull(quote.speaker),
      original: orNull(quote.original),
    })),
    facts: document.facts.map((fact) => ({ ...fact, statement: redact(fact.statement), origin: orNull(fact.origin) })),
    lessons: document.lessons.map((lesson) => ({ ...lesson, text: redact(lesson.text) })),
    sources: document.sources.map((source) => ({
      ...source,
      title: redact(source.title),
      authors: source.authors.map(redact),
      note: orNull(source.note),
    })),
  };
}

function redactLexical(state: Record<string, unknown> | null, redact: Redactor): Record<string, unknown> | null {
  const copy = (node: unknown, depth: number): unknown => {
    if (depth > 200) return null;
    if (Array.isArray(node)) return node.map((child) => copy(child, depth + 1));
    if (!isRecord(node)) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = copy(value, depth + 1);
    if (node.type === 'text' && typeof node.text === 'string') out.text = redact(node.text);
    if (node.type === 'image' && typeof node.altText === 'string') out.altText = redact(node.altText);
    if (node.type === 'citation' && typeof node.locator === 'string') out.locator = redact(node.locator);
    return out;
  };
  return state === null ? null : (copy(state, 0) as Record<string, unknown>);
}
