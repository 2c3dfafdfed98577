import { CASE_STATUSES, type Tag } from '../../shared/domain/case-document.ts';
import { CRISIS_CLUSTERS } from '../../shared/domain/codebook.ts';
import { insertCase, type CaseFields } from '../../electron/store/cases.ts';
import { inWriteTransaction, type NotebookDb } from '../../electron/store/database.ts';
import { newId } from '../../electron/store/ids.ts';
import { setCaseTags } from '../../electron/store/tags.ts';

export interface ManyCase extends CaseFields {
  readonly tags: readonly Tag[];
}

const SUBJECTS = [
  'Kettle recall',
  'émissions test',
  'Data breach',
  'zoo escape',
  '小米 KOL',
  'Airline outage',
  'ÉCLAIR sauce',
];
const TAGS: readonly Tag[] = [
  { name: 'recall', color: '#cc3333' },
  { name: 'Influencer', color: null },
  { name: 'privacy', color: '#3366cc' },
];

/** A start date of every precision (and none), so the started order meets all its cases. */
function startedOnFor(index: number): string | null {
  const year = 2000 + (index % 23);
  const month = String((index % 12) + 1).padStart(2, '0');
  const day = String((index % 28) + 1).padStart(2, '0');
  switch (index % 6) {
    case 0:
      return null;
    case 1:
      return String(year);
    case 2:
      return `${year}-${month}`;
    case 3:
      return `${year}-${month}-${day}`;
    case 4:
      return `${year}-${month}-${day}T${String(index % 24).padStart(2, '0')}:30+08:00`;
    default:
      return `${year}-${month}-${day}T${String(index % 24).padStart(2, '0')}:30Z`;
  }
}

/**
 * Inserts `count` varied cases straight through the store in ONE transaction (seconds for 10,000, where
 * going through cases.create and cases.update would take far longer), for list tests and benchmarks.
 * Every third case shares its updatedAt with a neighbour so that orders must break ties by id.
 */
export function insertManyCases(db: NotebookDb, count: number): ManyCase[] {
  const base = Date.parse('2025-01-01T00:00:00Z');
  return inWriteTransaction(db, () => {
    const cases: ManyCase[] = [];
    for (let index = 0; index < count; index++) {
      const updatedAt = new Date(base + Math.floor(index / 2) * 60_000).toISOString();
      const tags = TAGS.filter((_, tagIndex) => (index + tagIndex) % 4 === 0);
      const fields: CaseFields = {
        id: newId(),
        slug: `case-${index}`,
        title: `${SUBJECTS[index % SUBJECTS.length] ?? 'Case'} ${index}`,
        summary: '',
        status: CASE_STATUSES[index % CASE_STATUSES.length] ?? 'draft',
        crisisCluster: index % 4 === 3 ? null : (CRISIS_CLUSTERS[index % 4] ?? null),
        crisisType: null,
        crisisHistory: null,
        priorReputation: null,
        industry: null,
        region: null,
        startedOn: startedOnFor(index),
        startedApprox: index % 5 === 0,
        endedOn: index % 3 === 0 ? '2026' : null,
        endedApprox: false,
        createdAt: updatedAt,
        updatedAt,
      };
      insertCase(db, fields);
      setCaseTags(db, fields.id, tags);
      cases.push({ ...fields, tags });
    }
    return cases;
  });
}
