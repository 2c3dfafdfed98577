import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EvidenceProblem } from '../../shared/contract/procedures.ts';
import { checkNotebook } from '../../electron/services/check.ts';
import { putSourceFile } from '../../electron/store/source-files.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';
import { tamperWithSnapshot } from './snapshots/tamper.ts';

const PAGE = `<html><head><title>Maker apologises</title></head><body><article><p>${'The maker apologised on Monday. '.repeat(30)}</p></article></body></html>`;

function pageSource(notebook: TempNotebook, url: string): string {
  return notebook.call('sources.addFromHtml', { html: PAGE, url }).source.id;
}

function bareSource(notebook: TempNotebook, title: string): string {
  return notebook.call('sources.create', { fields: { title } }).source.id;
}

function cite(notebook: TempNotebook, caseId: string, sourceId: string): void {
  const fact = notebook.call('facts.create', { caseId, fields: { statement: `Fact citing ${sourceId}` } });
  notebook.call('citations.add', { target: { kind: 'fact', id: fact.id }, citation: { sourceId } });
}

function sourceProblems(problems: readonly EvidenceProblem[]): EvidenceProblem[] {
  return problems.filter((problem) => problem.itemKind === 'source');
}

describe('the evidence check of sources', () => {
  it('reports a cited source without a snapshot, by name, and links to the source', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Xiaomi' });
    const bare = bareSource(notebook, 'Weibo post by @XiaomiPR');
    const captured = pageSource(notebook, 'https://news.example.com/apology');
    cite(notebook, caseId, bare);
    cite(notebook, caseId, captured);
    expect(sourceProblems(notebook.call('evidence.check', { caseId }).problems)).toEqual([
      {
        kind: 'no-snapshot',
        caseId,
        itemId: bare,
        itemKind: 'source',
        message: 'The source “Weibo post by @XiaomiPR” has no snapshot: capture it or save the page.',
      },
    ]);
  });

  it('looks only at the sources a case cites, in its items and its narrative; the notebook check looks at the whole library', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Cited in the narrative' });
    const { id: otherCase } = notebook.call('cases.create', { title: 'Another case' });
    const inNarrative = bareSource(notebook, 'Cited in the narrative only');
    const elsewhere = bareSource(notebook, 'Cited by another case');
    const uncited = bareSource(notebook, 'Cited nowhere');
    const trashed = bareSource(notebook, 'In the trash');
    cite(notebook, otherCase, elsewhere);
    notebook.call('narrative.save', {
      caseId,
      narrative: {
        formatVersion: 1,
        text: 'As the maker said [p. 2]',
        lexical: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                direction: null,
                format: '',
                indent: 0,
                textFormat: 0,
                textStyle: '',
                children: [{ type: 'citation', version: 1, sourceId: inNarrative, locator: 'p. 2' }],
              },
            ],
          },
        },
      },
    });
    notebook.call('sources.delete', { id: trashed });

    const forCase = sourceProblems(notebook.call('evidence.check', { caseId }).problems).map(
      (problem) => problem.itemId,
    );
    expect(forCase).toEqual([inNarrative]);
    const forNotebook = sourceProblems(notebook.call('evidence.check', {}).problems);
    expect(forNotebook.map((problem) => problem.itemId).sort()).toEqual([elsewhere, inNarrative, uncited].sort());
    expect(forNotebook.every((problem) => problem.caseId === null)).toBe(true);
  });

  it('reports a snapshot whose stored HTML no longer matches its SHA-256', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Tampered' });
    const sourceId = pageSource(notebook, 'https://news.example.com/tampered');
    const intact = pageSource(notebook, 'https://news.example.com/intact');
    cite(notebook, caseId, sourceId);
    cite(notebook, caseId, intact);
    expect(sourceProblems(notebook.call('evidence.check', { caseId }).problems)).toEqual([]);

    tamperWithSnapshot(notebook.db, sourceId, '<article><p>The maker never apologised.</p></article>');
    expect(sourceProblems(notebook.call('evidence.check', { caseId }).problems)).toEqual([
      {
        kind: 'snapshot-mismatch',
        caseId,
        itemId: sourceId,
        itemKind: 'source',
        message:
          'The snapshot of the source “Maker apologises” was changed after it was saved: its SHA-256 no longer matches. Capture or add it again.',
      },
    ]);
    expect(checkNotebook(notebook.db).problems.filter((problem) => problem.kind === 'snapshot-mismatch')).toHaveLength(
      1,
    );
  });

  it('counts a kept PDF or image as the evidence of a source, and reports one whose bytes changed', () => {
    const notebook = tempNotebook();
    const pdf = bareSource(notebook, 'Annual report 2025');
    const screenshot = bareSource(notebook, 'Screenshot of the deleted post');
    const bytes = Buffer.from('%PDF-1.7\n% a report\n');
    putSourceFile(notebook.db, {
      sourceId: pdf,
      fileName: 'report.pdf',
      mediaType: 'application/pdf',
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      altText: null,
      createdAt: '2026-01-20T10:00:00Z',
    });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    putSourceFile(notebook.db, {
      sourceId: screenshot,
      fileName: 'post.png',
      mediaType: 'image/png',
      bytes: png,
      sha256: createHash('sha256').update('the bytes it had when added').digest('hex'),
      altText: 'A Weibo post',
      createdAt: '2026-01-20T10:00:00Z',
    });
    expect(sourceProblems(checkNotebook(notebook.db).problems)).toEqual([
      {
        kind: 'snapshot-mismatch',
        caseId: null,
        itemId: screenshot,
        itemKind: 'source',
        message: expect.stringMatching(/^The kept file of the source “Screenshot of the deleted post” was changed/),
      },
    ]);
  });

  it('says what kind of item every claim problem is about, and names conflicting claims in words', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', {});
    const source = pageSource(notebook, 'https://news.example.com/one');
    const row = notebook.call('issueRows.create', { caseId, fields: { issue: 'Paid posts' } });
    const event = notebook.call('events.create', { caseId, fields: { on: '2026-01-12', title: 'Statement' } });
    const quote = notebook.call('quotes.create', { caseId, fields: { text: 'We never paid anyone' } });
    const fact = notebook.call('facts.create', { caseId, fields: { statement: '37 accounts were paid' } });
    notebook.call('citations.add', { target: { kind: 'quote', id: quote.id }, citation: { sourceId: source } });
    notebook.call('conflicts.add', { caseId, conflict: { a: quote.id, b: fact.id, note: null } });
    const kinds = notebook
      .call('evidence.check', { caseId })
      .problems.map((problem) => [problem.kind, problem.itemKind, problem.itemId]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['unsupported', 'issueRow', row.id],
        ['unsupported', 'event', event.id],
        ['unsupported', 'fact', fact.id],
        ['single-source', 'quote', quote.id],
        ['conflicting', 'quote', quote.id],
      ]),
    );
    const conflict = notebook
      .call('evidence.check', { caseId })
      .problems.find((problem) => problem.kind === 'conflicting');
    expect(conflict?.message).toBe('Quote "We never paid anyone" contradicts Fact "37 accounts were paid"');
  });
});
