import { describe, expect, it } from 'vitest';
import { tempNotebook } from '../helpers/temp-notebook.ts';

describe("the source library's orders", () => {
  it('serves each order from an index, without sorting the whole library', () => {
    const notebook = tempNotebook();
    const plan = (orderBy: string) =>
      (
        notebook.db
          .prepare(
            `EXPLAIN QUERY PLAN SELECT s.id FROM sources s WHERE s.deleted_at IS NULL ORDER BY ${orderBy} LIMIT 100`,
          )
          .all() as { detail: string }[]
      )
        .map((row) => row.detail)
        .join(' | ');
    expect(plan('s.created_at DESC, s.id DESC')).toMatch(/USING INDEX sources_by_added(?!.*TEMP B-TREE)/);
    expect(plan('s.published_on DESC, s.id DESC')).toMatch(/USING INDEX sources_by_published(?!.*TEMP B-TREE)/);
    expect(plan('(s.published_on IS NULL), s.published_on, s.id')).toMatch(
      /USING INDEX sources_by_published_oldest(?!.*TEMP B-TREE)/,
    );
    expect(plan('s.title COLLATE NOCASE, s.id')).toMatch(/USING INDEX sources_by_title(?!.*TEMP B-TREE)/);
  });
});
