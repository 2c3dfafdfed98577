import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../electron/store/notebook.ts';
import { tempDir, withCalls } from '../helpers/temp-notebook.ts';
import { checkNotebook } from './checker.ts';
import { ABSENT, caseScope, hashScope, sourceScope } from './scope-hash.ts';

/** A closed notebook with two cases and a source, and the hashes a child would have acknowledged for them. */
function acknowledgedNotebook() {
  const dir = tempDir();
  const path = join(dir, 'checked.casebook');
  const notebook = withCalls(openNotebook(path, { create: true }), dir);
  const first = notebook.call('cases.create', { title: 'Recall of the Model 3' }).id;
  const second = notebook.call('cases.create', { title: 'Hotline outage' }).id;
  notebook.call('issueRows.create', {
    caseId: first,
    fields: { issue: 'Batteries', response: 'Recall', impact: 'Trust' },
  });
  const source = notebook.call('sources.create', { fields: { title: 'Caixin report' } }).source.id;
  const expected = new Map([first, second].map((id) => [caseScope(id), hashScope(notebook.db, caseScope(id))]));
  expected.set(sourceScope(source), hashScope(notebook.db, sourceScope(source)));
  notebook.close();
  return { dir, path, first, second, source, expected };
}

describe('the torture checker', () => {
  it('passes a notebook that holds every acknowledged transaction', () => {
    const { path, expected } = acknowledgedNotebook();
    const report = checkNotebook(path, expected, null);
    expect(report).toMatchObject({ corruptions: [], lost: [], partial: [], pendingCommitted: false });
    expect(report.scopesChecked).toBe(3);
  });

  it('reports an acknowledged transaction whose content is not in the notebook', () => {
    const { path, first, expected } = acknowledgedNotebook();
    const doctored = new Map(expected);
    doctored.set(caseScope(first), '0'.repeat(64));
    doctored.set(caseScope('01ARZ3NDEKTSV4RRFFQ69G5FAV'), 'f'.repeat(64));
    const report = checkNotebook(path, doctored, null);
    expect(report.lost).toHaveLength(2);
    expect(report.lost[0]).toContain(first);
  });

  it('accepts the unacknowledged transaction wholly absent or wholly present, and reports it in part', () => {
    const { path, first, second, expected } = acknowledgedNotebook();
    const now = (scope: string) => expected.get(scope) ?? ABSENT;
    const absent = {
      tx: 9,
      operation: 'bulk',
      hashes: { [caseScope(first)]: 'a'.repeat(64), [caseScope(second)]: 'b'.repeat(64) },
    };
    expect(checkNotebook(path, expected, absent)).toMatchObject({ partial: [], lost: [], pendingCommitted: false });

    const before = new Map(expected);
    before.set(caseScope(first), 'c'.repeat(64));
    before.set(caseScope(second), 'd'.repeat(64));
    const present = {
      tx: 9,
      operation: 'bulk',
      hashes: { [caseScope(first)]: now(caseScope(first)), [caseScope(second)]: now(caseScope(second)) },
    };
    expect(checkNotebook(path, before, present)).toMatchObject({ partial: [], lost: [], pendingCommitted: true });

    const half = {
      tx: 9,
      operation: 'bulk',
      hashes: { [caseScope(first)]: now(caseScope(first)), [caseScope(second)]: 'e'.repeat(64) },
    };
    const halfBefore = new Map(expected);
    halfBefore.set(caseScope(first), 'c'.repeat(64));
    const report = checkNotebook(path, halfBefore, half);
    expect(report.partial).toHaveLength(2);
    expect(report.pendingCommitted).toBe(false);
  });

  it('reports a truncated notebook file as corrupt', () => {
    const { dir, path, expected } = acknowledgedNotebook();
    const truncated = join(dir, 'truncated.casebook');
    const bytes = readFileSync(path);
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const report = checkNotebook(truncated, expected, null);
    expect(report.corruptions.length).toBeGreaterThan(0);
  });

  it('reports a notebook with a damaged page as corrupt', () => {
    const { dir, path, expected } = acknowledgedNotebook();
    const damaged = join(dir, 'damaged.casebook');
    copyFileSync(path, damaged);
    const bytes = readFileSync(damaged);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the b-tree header of every page after the schema page.
    for (let page = 1; page * pageSize < bytes.length; page += 1)
      bytes.fill(0xa5, page * pageSize, page * pageSize + 12);
    writeFileSync(damaged, bytes);
    const report = checkNotebook(damaged, expected, null);
    expect(report.corruptions.length + report.lost.length).toBeGreaterThan(0);
    expect(report.corruptions.length).toBeGreaterThan(0);
  });
});
