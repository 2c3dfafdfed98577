import { truncateSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../shared/domain/case-document.ts';
import { addSampleCase } from '../../electron/services/sample-case.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { messagesOf, runCasebook, temporaryFolder } from './run-casebook.ts';

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

async function casebook(...args: string[]) {
  const run = await runCasebook(['--db', folder.file('notebook.casebook'), ...args], { cwd: folder.path });
  expect(run.code, run.stderr).toBe(0);
  return run;
}

async function caseDocument(id: string): Promise<CaseDocument> {
  return JSON.parse((await casebook('--json', 'show', id)).stdout) as CaseDocument;
}

describe('casebook export --format md, then casebook import of that file', () => {
  it('gives back the timeline, the facts and the speakers’ actors as items', async () => {
    const notebook = openNotebook(folder.file('notebook.casebook'), { create: true });
    const { caseId } = addSampleCase(notebook.db);
    notebook.close();
    const original = await caseDocument(caseId);
    await casebook('export', caseId, '--format', 'md', '--out', 'sample.md');
    const imported = JSON.parse((await casebook('--json', 'import', 'sample.md')).stdout) as {
      cases: { id: string }[];
    };
    const copy = await caseDocument(imported.cases[0]!.id);

    expect(copy.events.length).toBeGreaterThan(0);
    expect(copy.events.map((event) => [event.on, event.approx, event.title, event.kind])).toEqual(
      original.events.map((event) => [event.on, event.approx, event.title, event.kind]),
    );
    expect(copy.facts.length).toBeGreaterThan(0);
    expect(copy.facts.map((fact) => [fact.statement, fact.value, fact.unit, fact.origin])).toEqual(
      original.facts.map((fact) => [fact.statement, fact.value, fact.unit, fact.origin]),
    );
    expect(copy.actors.map((actor) => actor.name)).toEqual(original.actors.map((actor) => actor.name));
    const linked = copy.quotes.filter((quote) => quote.actorId !== null);
    expect(linked.length).toBeGreaterThan(0);
    // What became items is not repeated as text in the narrative.
    expect(copy.narrative.text).not.toContain(original.events[0]!.title);
  });
});

describe('casebook import of a large article', () => {
  it('refuses a file over 20 MB without reading it, naming its size, and writes nothing', async () => {
    await casebook('init');
    writeFileSync(folder.file('huge.md'), '# Huge\n');
    truncateSync(folder.file('huge.md'), 21 * 1024 * 1024);
    const run = await runCasebook(['--db', folder.file('notebook.casebook'), 'import', 'huge.md'], {
      cwd: folder.path,
    });
    expect(run.code).toBe(1);
    expect(messagesOf(run).join('\n')).toMatch(/huge\.md: is 21\.0 MB; articles of up to 20 MB can be imported/);
    expect(JSON.parse((await casebook('--json', 'list')).stdout)).toMatchObject({ cases: [] });
  });
});
