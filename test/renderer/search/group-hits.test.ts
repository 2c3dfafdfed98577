import { describe, expect, it } from 'vitest';
import { groupHits } from '../../../renderer/features/search/group-hits.ts';
import { hit } from './search-bridge.ts';

function outline(hits: Parameters<typeof groupHits>[0]): string[] {
  return groupHits(hits).rows.map((row) =>
    row.type === 'group' ? `# ${row.label}` : row.type === 'kind' ? `## ${row.label}` : `- ${row.hit.title}`,
  );
}

describe('grouping search hits', () => {
  it('groups by case in the order of each case’s best hit, then by kind in the case page’s order', () => {
    const recall = { caseId: 'recall', caseTitle: 'Baby formula recall' };
    const xiaomi = { caseId: 'xiaomi', caseTitle: 'Xiaomi KOL controversy' };
    const hits = [
      hit({ ...recall, kind: 'quote', title: 'Recall quote' }),
      hit({ ...xiaomi, kind: 'lesson', title: 'Xiaomi lesson' }),
      hit({ caseId: null, caseTitle: null, kind: 'source', title: 'Le Monde article', inSnapshot: true }),
      hit({ ...recall, kind: 'case', title: 'Baby formula recall' }),
      hit({ ...xiaomi, kind: 'event', title: 'Apology posted' }),
      hit({ ...recall, kind: 'quote', title: 'Second recall quote' }),
      hit({ ...xiaomi, kind: 'narrative', title: 'Narrative' }),
      hit({ ...recall, kind: 'issueRow', title: 'Row 1' }),
    ];
    expect(outline(hits)).toEqual([
      '# Baby formula recall',
      '## Case',
      '- Baby formula recall',
      '## Issue / response / impact',
      '- Row 1',
      '## Quotes',
      '- Recall quote',
      '- Second recall quote',
      '# Xiaomi KOL controversy',
      '## Narrative',
      '- Narrative',
      '## Timeline',
      '- Apology posted',
      '## Lessons',
      '- Xiaomi lesson',
      '# Sources',
      '- Le Monde article',
    ]);
  });

  it('numbers the hits in the order shown and points each at its row, with its group for screen readers', () => {
    const hits = [
      hit({ caseId: 'a', caseTitle: 'A', kind: 'fact', title: 'fact' }),
      hit({ caseId: 'a', caseTitle: 'A', kind: 'quote', title: 'quote' }),
      hit({ caseId: null, caseTitle: null, kind: 'source', title: 'source' }),
    ];
    const { rows, hitRows } = groupHits(hits);
    const shown = hitRows.map((index) => rows[index]);
    expect(shown.map((row) => (row?.type === 'hit' ? [row.hitIndex, row.hit.title, row.context] : null))).toEqual([
      [0, 'quote', 'A, Quotes'],
      [1, 'fact', 'A, Facts'],
      [2, 'source', 'Sources'],
    ]);
  });

  it('gives an untitled case a name and keeps a hit returned twice as two rows with distinct keys', () => {
    const twice = hit({ caseId: null, caseTitle: null, kind: 'source', id: 's1', title: 'Same' });
    const { rows } = groupHits([hit({ caseId: 'u', caseTitle: '  ', kind: 'case', title: '' }), twice, twice]);
    expect(rows[0]).toMatchObject({ type: 'group', label: 'Untitled case' });
    const keys = rows.map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.filter((row) => row.type === 'hit')).toHaveLength(3);
  });
});
