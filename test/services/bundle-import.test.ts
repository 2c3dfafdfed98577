import { describe, expect, it } from 'vitest';
import { CasebookError } from '../../shared/contract/result.ts';
import { caseDocumentSchema, type CaseDocument } from '../../shared/domain/case-document.ts';
import { importBundle, readCaseDocument } from '../../electron/services/case-document.ts';
import { fullCaseDocument, withoutExportTime } from '../helpers/factories.ts';
import { rowCount } from '../helpers/inspect.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

function exported(notebook: ReturnType<typeof tempNotebook>, id: string): CaseDocument {
  const document: CaseDocument = notebook.call('bundles.exportCase', { id });
  return document;
}

function tableCounts(notebook: ReturnType<typeof tempNotebook>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of [
    'cases',
    'actors',
    'issue_rows',
    'events',
    'quotes',
    'facts',
    'lessons',
    'sources',
    'citations',
    'narratives',
    'tags',
    'custom_codes',
  ]) {
    counts[table] = rowCount(notebook.db, table);
  }
  return counts;
}

describe('bundles: export and import', () => {
  it('round-trips the sample case losslessly through a fresh notebook', () => {
    const original = tempNotebook();
    const { caseId } = original.call('notebook.addSample', {});
    const first = exported(original, caseId);
    expect(first.exportedAt).toBeDefined();
    const copy = tempNotebook();
    const result = copy.call('bundles.import', { document: JSON.parse(JSON.stringify(first)) });
    expect(result).toEqual({ cases: [{ id: caseId, title: first.case.title }], warnings: [] });
    expect(withoutExportTime(exported(copy, caseId))).toEqual(withoutExportTime(first));
  });

  it('round-trips a case with every field set, keeping ids, timestamps, order and custom codes', () => {
    const document = fullCaseDocument();
    const notebook = tempNotebook();
    expect(importBundle(notebook.db, document).warnings).toEqual([]);
    const first = exported(notebook, document.case.id);
    expect(withoutExportTime(first)).toEqual(document);
    const fresh = tempNotebook();
    importBundle(fresh.db, JSON.parse(JSON.stringify(first)));
    expect(withoutExportTime(exported(fresh, document.case.id))).toEqual(withoutExportTime(first));
  });

  it('imports a case that is already there as a copy with new ids, a unique slug and a warning', () => {
    const notebook = tempNotebook();
    const document = fullCaseDocument();
    importBundle(notebook.db, document);
    const result = importBundle(notebook.db, document, { file: 'case.casebook.json' });
    const copyId = result.cases[0]?.id ?? '';
    expect(copyId).not.toBe(document.case.id);
    expect(result.warnings).toEqual([
      { file: 'case.casebook.json', message: expect.stringMatching(/imported as a copy/) },
    ]);
    const copy = readCaseDocument(notebook.db, copyId);
    expect(copy.case.slug).toBe(`${document.case.slug}-2`);
    expect(copy.issueRows[0]?.id).not.toBe(document.issueRows[0]?.id);
    expect(copy.issueRows[0]?.actorId).toBe(copy.actors[0]?.id);
    expect(copy.conflicts).toEqual([
      { a: copy.issueRows[0]?.id, b: copy.quotes[0]?.id, note: document.conflicts[0]?.note },
    ]);
    // sources are notebook-wide: the copy cites the same ones
    expect(copy.sources.map((s) => s.id)).toEqual(document.sources.map((s) => s.id));
    expect(notebook.call('sources.list', {}).sources).toHaveLength(3);
  });

  it('replaces the case with the same id when asked to', () => {
    const notebook = tempNotebook();
    const document = fullCaseDocument();
    importBundle(notebook.db, document);
    notebook.call('lessons.create', { caseId: document.case.id, fields: { text: 'Added after export' } });
    const result = notebook.call('bundles.import', { document, replace: true });
    expect(result.warnings).toEqual([]);
    expect(notebook.call('cases.list', {}).cases).toHaveLength(1);
    expect(withoutExportTime(exported(notebook, document.case.id))).toEqual(document);
  });

  it('merges sources by normalized URL but never merges URL-less sources of a different id', () => {
    const notebook = tempNotebook();
    const existing = notebook.call('sources.create', {
      fields: { title: 'Mine', url: 'https://example.com/news/one' },
    });
    const urlLess = notebook.call('sources.create', { fields: { title: 'A source with no URL' } });
    const document = fullCaseDocument();
    importBundle(notebook.db, document);
    const imported = readCaseDocument(notebook.db, document.case.id);
    expect(imported.issueRows[0]?.citations[0]?.sourceId).toBe(existing.source.id);
    expect(imported.sources.map((s) => s.id)).not.toContain(urlLess.source.id);
    const narrativeCitation = JSON.stringify(imported.narrative.lexical);
    expect(narrativeCitation).toContain(document.sources[2]?.id);
  });

  it('imports a notebook bundle in one transaction: an invalid third case leaves the notebook unchanged', () => {
    const notebook = tempNotebook();
    notebook.call('notebook.addSample', {});
    const before = tableCounts(notebook);
    const third = fullCaseDocument('three');
    const broken = {
      ...third,
      facts: [{ ...third.facts[0], citations: [{ sourceId: 'NOT-IN-BUNDLE', locator: null }] }],
    };
    let error: unknown;
    try {
      importBundle(notebook.db, {
        format: 'casebook.notebook/v1',
        cases: [fullCaseDocument('one'), fullCaseDocument('two'), broken],
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CasebookError);
    expect((error as CasebookError).code).toBe('invalid-request');
    expect((error as CasebookError).message).toMatch(/^cases\.2\.facts\.0\.citations\.0\.sourceId:/);
    expect(tableCounts(notebook)).toEqual(before);
  });

  it('names the field of a malformed bundle', () => {
    const notebook = tempNotebook();
    const document = fullCaseDocument();
    const result = notebook.result('bundles.import', {
      document: { ...document, case: { ...document.case, startedOn: 'early 2026' } },
    });
    expect(result.ok === false && result.error.code).toBe('invalid-request');
    expect(result.ok === false && result.error.message).toMatch(/case\.startedOn: is not a date/);
    expect(() => importBundle(notebook.db, { format: 'casebook.case/v9' })).toThrow(/format/);
  });

  it('exports documents that satisfy the casebook.case/v1 schema', () => {
    const notebook = tempNotebook();
    const { caseId } = notebook.call('notebook.addSample', {});
    expect(caseDocumentSchema.safeParse(exported(notebook, caseId)).success).toBe(true);
  });
});
