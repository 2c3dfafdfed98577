import type { CaseDocument, Conflict } from '../../../shared/domain/case-document.ts';
import { shortLabel } from '../case-items/short-label.ts';

export interface Claim {
  readonly id: string;
  readonly kind: 'quote' | 'fact' | 'issueRow' | 'event';
  /** What a person calls it: the quote's words, the fact's statement. */
  readonly text: string;
  readonly sourceIds: readonly string[];
}

/** The quotes and facts of a case (what can be marked as conflicting), and its rows and events (which can be too). */
export function claimsOf(document: CaseDocument): Map<string, Claim> {
  const claims = new Map<string, Claim>();
  const add = (claim: Claim) => claims.set(claim.id, claim);
  for (const quote of document.quotes)
    add({ id: quote.id, kind: 'quote', text: quote.text, sourceIds: quote.citations.map((c) => c.sourceId) });
  for (const fact of document.facts)
    add({ id: fact.id, kind: 'fact', text: fact.statement, sourceIds: fact.citations.map((c) => c.sourceId) });
  for (const row of document.issueRows)
    add({ id: row.id, kind: 'issueRow', text: row.issue, sourceIds: row.citations.map((c) => c.sourceId) });
  for (const event of document.events)
    add({ id: event.id, kind: 'event', text: event.title, sourceIds: event.citations.map((c) => c.sourceId) });
  return claims;
}

export function claimLabel(claim: Claim | undefined, maxLength = 80): string {
  if (!claim) return 'a claim no longer in the case';
  const kind =
    claim.kind === 'quote' ? 'quote' : claim.kind === 'fact' ? 'fact' : claim.kind === 'event' ? 'event' : 'row';
  return `“${shortLabel(claim.text.replace(/\s+/g, ' '), `untitled ${kind}`, maxLength)}”`;
}

/** The conflicts that name `itemId`, each with the other claim. */
export function conflictsOf(document: CaseDocument, itemId: string): { conflict: Conflict; otherId: string }[] {
  return document.conflicts
    .filter((conflict) => conflict.a === itemId || conflict.b === itemId)
    .map((conflict) => ({ conflict, otherId: conflict.a === itemId ? conflict.b : conflict.a }));
}
