import { describe, expect, it } from 'vitest';
import { putSnapshot } from '../../../electron/store/sources.ts';
import { tempNotebook } from '../../helpers/temp-notebook.ts';

function caseCiting(notebook: ReturnType<typeof tempNotebook>, fields: Parameters<typeof notebook.call<'sources.create'>>[1]['fields'][]) {
  const caseId = notebook.call('cases.create', { title: 'Xiaomi KOL black PR' }).id;
  const fact = notebook.call('facts.create', { caseId, fields: { statement: 'Xiaomi sued bloggers' } });
  const ids = fields.map((f) => notebook.call('sources.create', { fields: f }).source.id);
  for (const sourceId of ids) notebook.call('citations.add', { target: { kind: 'fact', id: fact.id }, citation: { sourceId } });
  return { caseId, ids };
}

const NEWS = {
  title: 'Xiaomi sues bloggers over black PR',
  kind: 'news' as const,
  authors: ['Jörg Müller', '王小明'],
  publisher: 'Süddeutsche Zeitung',
  publishedOn: '2026-01-05',
  accessedOn: '2026-02-03',
  url: 'https://example.com/xiaomi?id=1&lang=en',
};
const UNDATED_PAGE = { title: 'Frequently asked questions', publisher: 'Xiaomi Global', accessedOn: '2026-02-03', url: 'https://mi.com/faq' } as const;

describe('bibliography.format', () => {
  it('formats APA 7: author, year, title, publisher, URL, and the retrieval date of an undated page', () => {
    const notebook = tempNotebook();
    const { caseId } = caseCiting(notebook, [NEWS, UNDATED_PAGE]);
    const { entries, text } = notebook.call('bibliography.format', { caseId, style: 'apa', output: 'text' });
    // The style sorts: the undated page (by its title) before Müller.
    expect(entries).toEqual([
      'Frequently asked questions. (n.d.). Xiaomi Global. Retrieved February 3, 2026, from https://mi.com/faq',
      'Müller, J. & 王小明. (2026, January 5). Xiaomi sues bloggers over black PR. Süddeutsche Zeitung. https://example.com/xiaomi?id=1&lang=en',
    ]);
    expect(text).toBe(entries.join('\n'));
  });

  it('formats Chicago author-date with the access date, and Harvard in British dates', () => {
    const notebook = tempNotebook();
    const { caseId } = caseCiting(notebook, [NEWS]);
    const [chicago] = notebook.call('bibliography.format', { caseId, style: 'chicago-author-date', output: 'text' }).entries;
    expect(chicago).toMatch(/^Müller, Jörg.*2026\. “Xiaomi Sues Bloggers over Black PR\.” Süddeutsche Zeitung, January 5/);
    expect(chicago).toContain('https://example.com/xiaomi?id=1&lang=en');
    const [harvard] = notebook.call('bibliography.format', { caseId, style: 'harvard', output: 'text' }).entries;
    expect(harvard).toMatch(/^Müller, J\. and 王小明 \(2026\)/);
    expect(harvard).toContain('Available at: https://example.com/xiaomi?id=1&lang=en (Accessed: 3 February 2026)');
  });

  it('adds the snapshot capture date', () => {
    const notebook = tempNotebook();
    const { caseId, ids } = caseCiting(notebook, [NEWS]);
    putSnapshot(notebook.db, ids[0] ?? '', { sha256: 'a'.repeat(64), capturedAt: '2026-02-04T10:00:00.000Z', text: 't', html: '<p>t</p>' });
    const [entry] = notebook.call('bibliography.format', { caseId, style: 'apa', output: 'text' }).entries;
    expect(entry).toMatch(/Archived in Casebook on 4 February 2026\.$/);
  });

  it('uses the snapshot capture date as the access date when none was given', () => {
    const notebook = tempNotebook();
    const { accessedOn: _accessed, ...page } = UNDATED_PAGE;
    const { caseId, ids } = caseCiting(notebook, [page]);
    putSnapshot(notebook.db, ids[0] ?? '', { sha256: 'a'.repeat(64), capturedAt: '2026-02-04T10:00:00.000Z', text: 't', html: '<p>t</p>' });
    const [apa] = notebook.call('bibliography.format', { caseId, style: 'apa', output: 'text' }).entries;
    expect(apa).toContain('Retrieved February 4, 2026, from https://mi.com/faq');
    expect(apa).toMatch(/Archived in Casebook on 4 February 2026\.$/);
    const [harvard] = notebook.call('bibliography.format', { caseId, style: 'harvard', output: 'text' }).entries;
    expect(harvard).toContain('(Accessed: 4 February 2026)');
    // The source itself keeps no access date: exported references stay as they were imported.
    expect(notebook.call('sources.get', { id: ids[0] ?? '' }).accessedOn).toBeNull();
  });

  it('gives HTML with plain formatting only, markup in a title escaped', () => {
    const notebook = tempNotebook();
    const { caseId } = caseCiting(notebook, [{ ...NEWS, title: 'Bloggers <script>alert(1)</script><img src=x onerror=alert(2)>' }]);
    const [entry] = notebook.call('bibliography.format', { caseId, style: 'apa', output: 'html' }).entries;
    expect(entry).toContain('<i>Süddeutsche Zeitung</i>');
    expect(entry).toContain('&#60;script&#62;');
    expect(entry).not.toMatch(/<(?!\/?(i|b|span)>)/);
  });

  it('is empty for a case that cites nothing, and not-found for an unknown case', () => {
    const notebook = tempNotebook();
    const caseId = notebook.call('cases.create', { title: 'Empty' }).id;
    expect(notebook.call('bibliography.format', { caseId, style: 'harvard', output: 'text' })).toEqual({ entries: [], text: '' });
    expect(notebook.result('bibliography.format', { caseId: 'missing', style: 'apa', output: 'text' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
