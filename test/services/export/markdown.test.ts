import { describe, expect, it } from 'vitest';
import { notebookWithSample } from './export-fixtures.ts';

/** The cells of a GFM table row, split on pipes that are not escaped. */
function cells(line: string): string[] {
  return line
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`\n## ${title}\n`);
  expect(start, `section ${title}`).toBeGreaterThan(-1);
  const rest = markdown.slice(start + title.length + 5);
  const end = rest.search(/\n## |\n\[\^1\]: /);
  return end === -1 ? rest : rest.slice(0, end);
}

describe('Markdown export of the sample case', () => {
  it('opens with front matter holding the case fields, then the title', () => {
    const { notebook, caseId } = notebookWithSample();
    const { fileName, mediaType, text } = notebook.call('cases.export', { id: caseId, format: 'markdown' });
    expect(fileName).toBe('xiaomi-kol-2026.md');
    expect(mediaType).toMatch(/^text\/markdown/);
    const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text) ?? [];
    const fields = Object.fromEntries(
      frontMatter
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf(':')), JSON.parse(line.slice(line.indexOf(':') + 1))]),
    );
    expect(fields).toMatchObject({
      title: 'Xiaomi KOL “black PR” controversy',
      id: caseId,
      slug: 'xiaomi-kol-2026',
      status: 'draft',
      crisisCluster: 'accidental',
      crisisType: 'challenge',
      startedOn: '2026-01',
      startedApprox: true,
      region: 'China',
      tags: ['influencer marketing', 'KOL', 'black PR', 'apology'],
    });
    expect(body.startsWith('# Xiaomi KOL “black PR” controversy\n')).toBe(true);
  });

  it('has every section in order, with the rows as a GFM table and the incomplete row marked', () => {
    const { notebook, caseId } = notebookWithSample();
    const { text } = notebook.call('cases.export', { id: caseId, format: 'markdown' });
    const headings = text.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Overview',
      '## Narrative',
      '## Issues, responses and impact',
      '## Timeline',
      '## Quotes',
      '## Facts and figures',
      '## Lessons',
      '## Bibliography',
    ]);
    const table = section(text, 'Issues, responses and impact').trim().split('\n');
    expect(cells(table[0] ?? '')).toEqual(['Issue', 'Response', 'Impact', 'Coding', 'Notes']);
    expect(cells(table[1] ?? '')).toEqual(['---', '---', '---', '---', '---']);
    expect(table).toHaveLength(5);
    expect(cells(table[2] ?? '').slice(0, 4)).toEqual([
      'Allegations of commissioning “black PR”',
      'Issued a public apology and terminated collaboration with the KOL.',
      'Increased scrutiny of influencer marketing practices.',
      'SCCT: Apology; Benoit: Mortification',
    ]);
    expect(cells(table[4] ?? '').slice(0, 3)).toEqual(['Concerns about transparency in KOL', '', '']);
    expect(cells(table[4] ?? '')[4]).toBe('*incomplete* [^5]');
    expect(section(text, 'Narrative')).toContain('### How Xiaomi responded');
    expect(section(text, 'Quotes')).toContain('> — Xu Jieyun, about January 2026');
    expect(section(text, 'Facts and figures')).toContain('value 40%; origin: Deloitte');
  });

  it('gives every citation a footnote that resolves, and the bibliography entry in APA', () => {
    const { notebook, caseId } = notebookWithSample();
    const { text } = notebook.call('cases.export', { id: caseId, format: 'markdown' });
    const references = new Set([...text.matchAll(/\[\^(\d+)\](?!:)/g)].map((match) => match[1]));
    const definitions = new Set([...text.matchAll(/^\[\^(\d+)\]: /gm)].map((match) => match[1]));
    expect(references.size).toBeGreaterThanOrEqual(10);
    expect([...references].sort()).toEqual([...definitions].sort());
    expect(text).toMatch(
      /^\[\^1\]: Xiaomi and KOL engagement: apologies and damage control after “black PR” allegations\. “The Controversy: Xiaomi and KOL Engagement”$/m,
    );
    expect(section(text, 'Bibliography').trim()).toMatch(
      /^Xiaomi and KOL engagement: apologies and damage control after “black PR” allegations\. \(n\.d\.\)\./,
    );
  });

  it('includes only the sections asked for', () => {
    const { notebook, caseId } = notebookWithSample();
    const { text } = notebook.call('cases.export', { id: caseId, format: 'markdown', sections: ['lessons', 'issues'] });
    expect(text.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Issues, responses and impact',
      '## Lessons',
    ]);
    expect(text).not.toContain('## Bibliography');
  });

  it('refuses an unknown case and an unknown style with a specific message', () => {
    const { notebook } = notebookWithSample();
    expect(notebook.result('cases.export', { id: 'no-such-case', format: 'markdown' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(notebook.result('cases.export', { id: 'xiaomi-kol-2026', format: 'markdown', style: 'mla' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('keeps a row cell with line breaks on one table line', () => {
    const { notebook } = notebookWithSample();
    const { id } = notebook.call('cases.create', { title: 'Breaks' });
    notebook.call('issueRows.create', {
      caseId: id,
      fields: { issue: 'first line\nsecond | line', response: 'ok', impact: '' },
    });
    const { text } = notebook.call('cases.export', { id, format: 'markdown', sections: ['issues'] });
    const row = text.split('\n').find((line) => line.startsWith('| first'));
    expect(cells(row ?? '').slice(0, 2)).toEqual(['first line<br>second \\| line', 'ok']);
  });
});
