import { createHash } from 'node:crypto';
import type { EvidenceProblem, ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { conflictingItemIds } from '../store/conflicts.ts';
import type { NotebookDb } from '../store/database.ts';
import { claimKinds, claimSupport, sourceEvidence, storedEvidence } from '../store/evidence.ts';
import { foreignKeyProblems, integrityCheck } from '../store/integrity.ts';
import { labelOf } from './errors.ts';
import { sha256Hex } from './snapshots/sha256.ts';

const CLAIM_NAMES = { issueRow: 'Issue row', event: 'Event', quote: 'Quote', fact: 'Fact' } as const;

/**
 * The evidence check (domain.md, "claims ledger"): claims citing no source are unsupported, claims
 * citing one source only are single-source, and claims recorded as contradicting each other are listed.
 * Then the sources (those the case cites, or the whole library): a source with neither a snapshot nor a
 * kept file has no evidence, and a snapshot or file whose SHA-256 no longer matches was changed.
 */
export function evidenceProblems(db: NotebookDb, caseId?: string): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  for (const claim of claimSupport(db, caseId)) {
    const name = `${CLAIM_NAMES[claim.kind]} "${labelOf(claim.label, claim.itemId)}"`;
    if (claim.sources === 0) {
      problems.push({
        kind: 'unsupported',
        caseId: claim.caseId,
        itemId: claim.itemId,
        itemKind: claim.kind,
        message: `${name} cites no source.`,
      });
    } else if (claim.sources === 1) {
      problems.push({
        kind: 'single-source',
        caseId: claim.caseId,
        itemId: claim.itemId,
        itemKind: claim.kind,
        message: `${name} rests on a single source.`,
      });
    }
  }
  const conflicts = conflictingItemIds(db, caseId);
  const claims = claimKinds(
    db,
    conflicts.flatMap((conflict) => [conflict.a, conflict.b]),
  );
  const nameOf = (id: string) => {
    const claim = claims.get(id);
    return claim ? `${CLAIM_NAMES[claim.kind]} "${labelOf(claim.label, id)}"` : id;
  };
  for (const conflict of conflicts) {
    const note = conflict.note ? `: ${conflict.note}` : '';
    problems.push({
      kind: 'conflicting',
      caseId: conflict.caseId,
      itemId: conflict.a,
      itemKind: claims.get(conflict.a)?.kind ?? null,
      message: `${nameOf(conflict.a)} contradicts ${nameOf(conflict.b)}${note}`,
    });
  }
  problems.push(...sourceProblems(db, caseId));
  return problems;
}

function sourceProblems(db: NotebookDb, caseId: string | undefined): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  for (const source of sourceEvidence(db, caseId)) {
    if (source.hasSnapshot || source.hasFile) continue;
    problems.push({
      kind: 'no-snapshot',
      caseId: caseId ?? null,
      itemId: source.sourceId,
      itemKind: 'source',
      message: `The source “${labelOf(source.title, source.sourceId)}” has no snapshot: capture it or save the page.`,
    });
  }
  for (const stored of storedEvidence(db, caseId)) {
    const actual = typeof stored.content === 'string' ? sha256Hex(stored.content) : sha256OfBytes(stored.content);
    if (actual === stored.sha256) continue;
    const what = stored.what === 'snapshot' ? 'snapshot' : 'kept file';
    problems.push({
      kind: 'snapshot-mismatch',
      caseId: caseId ?? null,
      itemId: stored.sourceId,
      itemKind: 'source',
      message: `The ${what} of the source “${labelOf(stored.title, stored.sourceId)}” was changed after it was saved: its SHA-256 no longer matches. Capture or add it again.`,
    });
  }
  return problems;
}

function sha256OfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function evidenceCheck(
  db: NotebookDb,
  request: ParsedRequestOf<'evidence.check'>,
): ResponseOf<'evidence.check'> {
  return { problems: evidenceProblems(db, request.caseId) };
}

/** `casebook check`: SQLite's integrity and foreign-key checks, then the evidence check over the notebook. */
export function checkNotebook(db: NotebookDb): { integrity: string; problems: EvidenceProblem[] } {
  const integrity = integrityCheck(db).join('; ');
  const foreignKeys: EvidenceProblem[] = foreignKeyProblems(db).map((problem) => ({
    kind: 'foreign-key',
    caseId: null,
    itemId: null,
    message: `A row of ${problem.table} (rowid ${problem.rowid ?? '?'}) points to a missing row of ${problem.parent}.`,
  }));
  return { integrity, problems: [...foreignKeys, ...evidenceProblems(db)] };
}
