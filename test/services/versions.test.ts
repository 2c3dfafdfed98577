import { describe, expect, it } from 'vitest';
import { readCaseDocument } from '../../electron/services/case-document.ts';
import { recordVersion } from '../../electron/services/versions/record-version.ts';
import { rowCount } from '../helpers/inspect.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function withoutTimes<T extends { case: { updatedAt: string } }>(document: T): T {
  return { ...document, case: { ...document.case, updatedAt: '' } };
}

describe('version history of a case', () => {
  it('keeps a version only when the case changed since the newest one', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Recall' });
    expect(notebook.call('versions.record', { caseId, reason: 'pause' }).recorded).toBe(true);
    expect(notebook.call('versions.record', { caseId, reason: 'switch' }).recorded).toBe(false);
    notebook.call('lessons.create', { caseId, fields: { text: 'Apologize early' } });
    expect(notebook.call('versions.record', { caseId, reason: 'switch' }).recorded).toBe(true);
    const { versions } = notebook.call('versions.list', { caseId });
    expect(versions.map((version) => version.reason)).toEqual(['switch', 'pause']);
  });

  it('says what changed: the sections, the counts, and the narrative text of both versions', () => {
    const notebook = tempNotebook();
    const { caseId } = notebook.call('notebook.addSample', {});
    notebook.call('versions.record', { caseId, reason: 'manual' });
    const before = readCaseDocument(notebook.db, caseId);
    notebook.call('events.create', {
      caseId,
      fields: { on: '2026-01-06', title: 'Employee dismissed', kind: 'corrective-action' },
    });
    notebook.call('cases.update', {
      id: caseId,
      patch: { summary: 'A KOL marketing controversy, and the apology that followed.' },
    });
    notebook.call('versions.record', { caseId, reason: 'pause' });
    const [newest, older] = notebook.call('versions.list', { caseId }).versions;
    expect(newest!.changedSections).toEqual(['overview', 'events']);
    expect(newest!.countChanges).toEqual({ events: 1 });
    expect(newest!.counts.events).toBe(before.events.length + 1);
    expect(older!.changedSections).toEqual([]);
    const detail = notebook.call('versions.get', { id: newest!.id });
    expect(detail.previousNarrativeText).toBe(before.narrative.text);
    expect(detail.document.case.summary).toContain('the apology that followed');
  });

  it('restores a version as the current state, and keeps the state it replaced as a version', () => {
    const notebook = tempNotebook();
    const { caseId } = notebook.call('notebook.addSample', {});
    const original = readCaseDocument(notebook.db, caseId);
    const { versionId } = notebook.call('versions.record', { caseId, reason: 'manual' });
    const row = original.issueRows[0]!;
    notebook.call('issueRows.delete', { id: row.id });
    notebook.call('cases.update', { id: caseId, patch: { title: 'Renamed after the fact' } });
    const edited = readCaseDocument(notebook.db, caseId);

    const restored = notebook.call('versions.restore', { id: versionId! });
    expect(restored.caseId).toBe(caseId);
    expect(withoutTimes(readCaseDocument(notebook.db, caseId))).toEqual(withoutTimes(original));

    const kept = notebook.call('versions.get', { id: restored.keptVersionId! });
    expect(kept.version.reason).toBe('before-restore');
    expect(withoutTimes(kept.document)).toEqual(withoutTimes(edited));
    // History survives the restore: both versions are still listed, and the edited state can come back.
    notebook.call('versions.restore', { id: restored.keptVersionId! });
    expect(readCaseDocument(notebook.db, caseId).case.title).toBe('Renamed after the fact');
    expect(readCaseDocument(notebook.db, caseId).issueRows.map((r) => r.id)).not.toContain(row.id);
  });

  it('keeps a version before a bundle replaces the case, and after an article import', () => {
    const notebook = tempNotebook();
    const { caseId } = notebook.call('notebook.addSample', {});
    const bundle = notebook.call('bundles.exportCase', { id: caseId });
    notebook.call('cases.update', { id: caseId, patch: { summary: 'Edited before the bundle came back.' } });
    notebook.call('bundles.import', { document: bundle, replace: true });
    const reasons = notebook.call('versions.list', { caseId }).versions.map((version) => version.reason);
    expect(reasons).toEqual(['import', 'import']);
    const [, replaced] = notebook.call('versions.list', { caseId }).versions;
    expect(notebook.call('versions.get', { id: replaced!.id }).document.case.summary).toBe(
      'Edited before the bundle came back.',
    );

    const imported = notebook.call('cases.importArticle', {
      fileName: 'note.md',
      text: '# A short note\n\nSomething happened.',
    });
    expect(notebook.call('versions.list', { caseId: imported.caseId }).versions.map((v) => v.reason)).toEqual([
      'import',
    ]);
  });

  it('keeps a version before actors are merged', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Merge' });
    const a = notebook.call('actors.create', { caseId, fields: { name: 'Xiaomi' } });
    const b = notebook.call('actors.create', { caseId, fields: { name: 'Xiaomi Corp.' } });
    notebook.call('actors.merge', { keepId: a.id, mergeIds: [b.id] });
    const [version] = notebook.call('versions.list', { caseId }).versions;
    expect(version!.reason).toBe('bulk');
    expect(notebook.call('versions.get', { id: version!.id }).document.actors.map((actor) => actor.name)).toEqual([
      'Xiaomi',
      'Xiaomi Corp.',
    ]);
  });

  it('thins old versions (all of the last day, daily for a month, weekly after) and never the newest', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Thinning' });
    const now = Date.parse('2026-11-24T12:00:00Z');
    const times = [
      now - 90 * DAY,
      now - 89 * DAY, // one week (a Wednesday and a Thursday): one stays
      now - 10 * DAY - 2 * HOUR,
      now - 10 * DAY - HOUR, // the same day, ten days ago: one stays
      now - 3 * HOUR,
      now - 2 * HOUR,
      now - HOUR, // the last day: all stay
    ];
    times.forEach((time, index) => {
      notebook.call('cases.update', { id: caseId, patch: { summary: `edit ${index}` } });
      recordVersion(notebook.db, caseId, 'pause', new Date(time));
    });
    recordVersion(notebook.db, caseId, 'pause', new Date(now));
    const summaries = notebook
      .call('versions.list', { caseId })
      .versions.map((version) => notebook.call('versions.get', { id: version.id }).document.case.summary);
    expect(summaries).toEqual(['edit 6', 'edit 5', 'edit 4', 'edit 3', 'edit 1']);
  });

  it('shows the space history takes, and refuses a budget under 8 MB', () => {
    const notebook = tempNotebook();
    const { caseId } = notebook.call('notebook.addSample', {});
    const start = Date.now() - 5 * HOUR;
    for (let index = 0; index < 5; index += 1) {
      notebook.call('cases.update', { id: caseId, patch: { summary: `summary ${index} ${'x'.repeat(index)}` } });
      recordVersion(notebook.db, caseId, 'pause', new Date(start + index * HOUR));
    }
    const { usage } = notebook.call('versions.list', { caseId });
    expect(usage.versions).toBe(5);
    expect(usage.bytes).toBeGreaterThan(0);
    expect(usage.budgetBytes).toBe(256 * 1024 * 1024);
    const tooSmall = notebook.result('versions.setBudget', { budgetBytes: 1024 });
    expect(tooSmall.ok === false && tooSmall.error.message).toMatch(/at least 8 MB/);
    const set = notebook.call('versions.setBudget', { budgetBytes: 8 * 1024 * 1024 });
    expect(set.usage.budgetBytes).toBe(8 * 1024 * 1024);
    expect(set.removed).toBe(0);
  });

  it('a case purged from the trash takes its history with it; a trashed case cannot be versioned', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Gone' });
    notebook.call('versions.record', { caseId, reason: 'manual' });
    const { trashId } = notebook.call('cases.delete', { id: caseId });
    const refused = notebook.result('versions.record', { caseId, reason: 'manual' });
    expect(refused.ok === false && refused.error.code).toBe('not-found');
    notebook.call('trash.purge', { id: trashId });
    expect(rowCount(notebook.db, 'case_versions')).toBe(0);
  });

  it('refuses an unknown version and changes nothing', () => {
    const notebook = tempNotebook();
    const { id: caseId } = notebook.call('cases.create', { title: 'Safe' });
    const missing = notebook.result('versions.restore', { id: '01JAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(missing.ok === false && missing.error.code).toBe('not-found');
    expect(notebook.call('versions.list', { caseId }).versions).toEqual([]);
  });
});
