import { createHash } from 'node:crypto';
import type { CaseDocument } from '../../../shared/domain/case-document.ts';
import { VERSION_SECTIONS, type VersionCounted, type VersionSection } from '../../../shared/domain/version-history.ts';

export interface VersionSummary {
  readonly counts: Readonly<Record<VersionCounted, number>>;
  readonly hashes: Readonly<Record<VersionSection, string>>;
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

export function wordCount(text: string): number {
  // CJK text has no spaces: each ideograph or kana counts as a word, the way word processors count it.
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const words = text
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return cjk + words;
}

/** The case's content without the fields that change on every save, so equal content hashes equal. */
export function comparableContent(document: CaseDocument): Omit<CaseDocument, 'exportedAt'> {
  const { exportedAt: _exportedAt, ...rest } = document as CaseDocument & { exportedAt?: string };
  return { ...rest, case: { ...rest.case, updatedAt: '' } };
}

export function contentHashOf(document: CaseDocument): string {
  return hashOf(comparableContent(document));
}

export function summarizeVersion(document: CaseDocument): VersionSummary {
  const { case: overview } = comparableContent(document);
  return {
    counts: {
      narrativeWords: wordCount(document.narrative.text),
      issueRows: document.issueRows.length,
      events: document.events.length,
      actors: document.actors.length,
      quotes: document.quotes.length,
      facts: document.facts.length,
      lessons: document.lessons.length,
      sources: document.sources.length,
    },
    hashes: {
      overview: hashOf(overview),
      narrative: hashOf(document.narrative),
      issueRows: hashOf(document.issueRows),
      events: hashOf(document.events),
      actors: hashOf(document.actors),
      quotes: hashOf(document.quotes),
      facts: hashOf(document.facts),
      lessons: hashOf(document.lessons),
      sources: hashOf(document.sources),
    },
  };
}

/** The sections whose content differs between an older and a newer summary, in the order of the case page. */
export function changedSections(older: VersionSummary | null, newer: VersionSummary): VersionSection[] {
  if (older === null) return [];
  return VERSION_SECTIONS.filter((section) => older.hashes[section] !== newer.hashes[section]);
}
