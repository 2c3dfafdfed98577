import type { EvidenceProblem, ParsedRequestOf, ResponseOf } from '../../shared/contract/procedures.ts';
import { conflictingItemIds } from '../store/conflicts.ts';
import type { NotebookDb } from '../store/database.ts';
import { claimSupport } from '../store/evidence.ts';
import { foreignKeyProblems, integrityCheck } from '../store/integrity.ts';
import { labelOf } from './errors.ts';

const CLAIM_NAMES = { issueRow: 'Issue row', event: 'Event', quote: 'Quote', fact: 'Fact' } as const;

/**
 * The evidence check (domain.md, "claims ledger"): claims citing no source are unsupported, claims
 * citing one source only are single-source, and claims recorded as contradicting each other are listed.
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
        message: `${name} cites no source.`,
      });
    } else if (claim.sources === 1) {
      problems.push({
        kind: 'single-source',
        caseId: claim.caseId,
        itemId: claim.itemId,
        message: `${name} rests on a single source.`,
      });
    }
  }
  for (const conflict of conflictingItemIds(db, caseId)) {
    const note = conflict.note ? `: ${conflict.note}` : '';
    problems.push({
      kind: 'conflicting',
      caseId: conflict.caseId,
      itemId: conflict.a,
      message: `${conflict.a} contradicts ${conflict.b}${note}`,
    });
  }
  return problems;
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
