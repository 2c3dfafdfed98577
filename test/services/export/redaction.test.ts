import { describe, expect, it } from 'vitest';
import { readCaseDocument } from '../../../electron/services/case-document.ts';
import { privateNameRedactor } from '../../../electron/services/export/redaction.ts';
import { notebookWithSample } from './export-fixtures.ts';

function markXuPrivate(notebook: ReturnType<typeof notebookWithSample>['notebook'], caseId: string): void {
  const xu = readCaseDocument(notebook.db, caseId).actors.find((actor) => actor.name === 'Xu Jieyun');
  if (!xu) throw new Error('the sample case has no Xu Jieyun');
  notebook.call('actors.update', { id: xu.id, patch: { private: true } });
}

describe('redacting private individuals on export', () => {
  it('replaces a private name everywhere in the Markdown and HTML, and only when asked', () => {
    const { notebook, caseId } = notebookWithSample();
    markXuPrivate(notebook, caseId);
    for (const format of ['markdown', 'html'] as const) {
      const redacted = notebook.call('cases.export', { id: caseId, format, redact: true }).text;
      expect(redacted, format).not.toContain('Xu Jieyun');
      // Markdown escapes the brackets so they are not read as a link.
      const label = format === 'markdown' ? '\\[private individual A\\]' : '[private individual A]';
      expect(redacted, format).toContain(`${label} apologized for the contact with the KOL`);
      expect(notebook.call('cases.export', { id: caseId, format }).text, format).toContain('Xu Jieyun');
    }
  });

  it('leaves names that are not marked private', () => {
    const { notebook, caseId } = notebookWithSample();
    const redacted = notebook.call('cases.export', { id: caseId, format: 'markdown', redact: true }).text;
    expect(redacted).toContain('Xu Jieyun');
    expect(redacted).not.toContain('[private individual');
  });

  it('matches whole words in Latin names, any case, and CJK names wherever they stand', () => {
    const { notebook, caseId } = notebookWithSample();
    const document = readCaseDocument(notebook.db, caseId);
    const redact = privateNameRedactor({
      ...document,
      actors: [
        { id: document.actors[0]?.id ?? '', name: 'Ann Lee', kind: 'person', role: 'other', private: true },
        { id: document.actors[1]?.id ?? '', name: '徐洁云', kind: 'person', role: 'other', private: true },
      ],
    });
    expect(redact('ANN LEE met Ann Leeds; 徐洁云道歉。')).toBe(
      '[private individual A] met Ann Leeds; [private individual B]道歉。',
    );
  });
});
