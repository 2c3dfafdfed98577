import type { SourceUse } from '../../../shared/contract/procedures.ts';
import { useQuery } from '../../api.ts';
import type { AppEventDetails } from '../../app-events.ts';
import { LIBRARY_TABLES } from './use-source-pages.ts';

/** What a person calls each kind of citing item. */
export const USE_NOUNS: Readonly<Record<SourceUse['kind'], string>> = {
  issueRow: 'Row',
  event: 'Event',
  quote: 'Quote',
  fact: 'Fact',
  narrative: 'Narrative',
};

export interface CaseUses {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly uses: readonly SourceUse[];
}

/** The uses grouped by case, cases in the order they first appear. */
export function usesByCase(uses: readonly SourceUse[]): CaseUses[] {
  const groups = new Map<string, CaseUses & { uses: SourceUse[] }>();
  for (const use of uses) {
    const group = groups.get(use.caseId) ?? { caseId: use.caseId, caseTitle: use.caseTitle, uses: [] };
    group.uses.push(use);
    groups.set(use.caseId, group);
  }
  return [...groups.values()];
}

/** "Cited by 3 items in 2 cases: “Xiaomi KOL” (2), “Dove ad” (1)". */
export function citedBySummary(uses: readonly SourceUse[]): string {
  const groups = usesByCase(uses);
  const items = uses.length === 1 ? '1 item' : `${uses.length} items`;
  const cases = groups.length === 1 ? '1 case' : `${groups.length} cases`;
  return `Cited by ${items} in ${cases}: ${groups.map((group) => `“${group.caseTitle}” (${group.uses.length})`).join(', ')}`;
}

export interface CitedByProps {
  readonly sourceId: string;
  readonly onOpenCase: (item: AppEventDetails['casebook:open-item']) => void;
}

/** Where the source is cited, by case, each place a button that opens the case at that item. */
export function CitedBy({ sourceId, onOpenCase }: CitedByProps) {
  const usage = useQuery('sources.usage', { id: sourceId }, LIBRARY_TABLES);
  let body;
  if (usage.status === 'error') body = <p role="alert">Where it is cited could not be read: {usage.error.message}</p>;
  else if (!usage.data) body = <p className="library-muted">Reading where it is cited…</p>;
  else if (usage.data.uses.length === 0) body = <p className="library-muted">Not cited in any case yet.</p>;
  else
    body = usesByCase(usage.data.uses).map((group) => (
      <div key={group.caseId} className="library-cited-case">
        <h4 className="library-cited-case-title">{group.caseTitle}</h4>
        <ul className="library-cited-list">
          {group.uses.map((use, index) => {
            const label = `${USE_NOUNS[use.kind]}: ${use.label}`;
            return (
              <li key={`${use.kind}-${use.itemId ?? 'narrative'}-${index}`}>
                <button
                  type="button"
                  className="link library-cited-link"
                  onClick={() => onOpenCase({ caseId: group.caseId, kind: use.kind, itemId: use.itemId })}
                >
                  {label}
                </button>
                {use.locator && <span className="library-muted"> · {use.locator}</span>}
              </li>
            );
          })}
        </ul>
      </div>
    ));
  return (
    <section className="library-detail-section" aria-label="Cited by">
      <h3 className="library-detail-heading">Cited by</h3>
      {body}
    </section>
  );
}
