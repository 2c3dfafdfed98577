import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/store/notebook.ts';
import { SAMPLE_CASE_SLUG } from '../../electron/services/sample-case.ts';
import { lexicalCitations } from '../../electron/services/lexical-citations.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';

const seed = readFileSync(new URL('../../../shared/fixtures/seed/xiaomi-kol-2026.txt', import.meta.url), 'utf8');

describe('the sample case', () => {
  it('is offered in a new notebook and no longer once added', () => {
    const notebook = tempNotebook();
    expect(notebook.call('notebook.info', {})).toMatchObject({
      caseCount: 0,
      sampleAvailable: true,
      schemaVersion: LATEST_SCHEMA_VERSION,
      path: notebook.path,
    });
    const { caseId } = notebook.call('notebook.addSample', {});
    expect(notebook.call('notebook.info', {})).toMatchObject({ caseCount: 1, sampleAvailable: false });
    expect(notebook.call('cases.get', { id: SAMPLE_CASE_SLUG }).case.id).toBe(caseId);
  });

  it('holds the article’s table, with the cut-off row kept as far as it goes and marked incomplete', () => {
    const notebook = tempNotebook();
    const document = notebook.call('cases.get', { id: notebook.call('notebook.addSample', {}).caseId });
    expect(document.issueRows.map((row) => [row.issue, row.response, row.impact, row.incomplete])).toEqual([
      [
        'Allegations of commissioning “black PR”',
        'Issued a public apology and terminated collaboration with the KOL.',
        'Increased scrutiny of influencer marketing practices.',
        false,
      ],
      [
        'Potential damage to brand reputation',
        'Reiterated commitment to ethical marketing and fair competition.',
        'Heightened consumer awareness of brand ethics.',
        false,
      ],
      ['Concerns about transparency in KOL', '', '', true],
    ]);
    for (const row of document.issueRows.slice(0, 2)) {
      expect(seed).toContain(`| ${row.issue} | ${row.response} | ${row.impact} |`);
    }
    expect(seed).toContain(`| ${document.issueRows[2]?.issue}\n`);
  });

  it('has the organization and the executive, a reported apology, the Deloitte figure, and the article behind every claim', () => {
    const notebook = tempNotebook();
    const document = notebook.call('cases.get', { id: notebook.call('notebook.addSample', {}).caseId });
    const xiaomi = document.actors.find((actor) => actor.name === 'Xiaomi');
    const xu = document.actors.find((actor) => actor.name === 'Xu Jieyun');
    expect(xiaomi).toMatchObject({ kind: 'organization', role: 'subject' });
    expect(xu).toMatchObject({ kind: 'person', role: 'spokesperson' });
    expect(document.quotes).toHaveLength(1);
    expect(document.quotes[0]).toMatchObject({ verbatim: false, speaker: 'Xu Jieyun', actorId: xu?.id });
    expect(seed).toContain(document.quotes[0]?.text ?? '-');
    expect(document.facts).toMatchObject([{ value: 40, unit: '%', origin: 'Deloitte' }]);
    expect(document.events.every((event) => event.on === '2026-01' && event.approx)).toBe(true);
    expect(document.sources).toHaveLength(1);
    expect(document.sources[0]).toMatchObject({ kind: 'news', url: null });
    const sourceId = document.sources[0]?.id;
    for (const claim of [...document.issueRows, ...document.events, ...document.quotes, ...document.facts]) {
      expect(claim.citations.map((c) => c.sourceId)).toEqual([sourceId]);
    }
    expect(document.case.tags.map((tag) => tag.name)).toContain('influencer marketing');
  });

  it('has a narrative in Lexical form with a heading and an inline citation of the article', () => {
    const notebook = tempNotebook();
    const document = notebook.call('cases.get', { id: notebook.call('notebook.addSample', {}).caseId });
    const root = (document.narrative.lexical as { root: { type: string; children: { type: string }[] } }).root;
    expect(root.type).toBe('root');
    expect(root.children.some((child) => child.type === 'heading')).toBe(true);
    expect(lexicalCitations(document.narrative.lexical).map((c) => c.sourceId)).toContain(document.sources[0]?.id);
    expect(document.narrative.text).toMatch(/^What happened\n\n/);
    expect(document.narrative.text.split('\n\n').length).toBeGreaterThan(4);
  });

  it('can be added again after the first was purged, but is not offered while it sits in the trash', () => {
    const notebook = tempNotebook();
    const { caseId } = notebook.call('notebook.addSample', {});
    const { trashId } = notebook.call('cases.delete', { id: caseId });
    expect(notebook.call('notebook.info', {}).sampleAvailable).toBe(false);
    notebook.call('trash.purge', { id: trashId });
    const again = notebook.call('notebook.addSample', {});
    expect(notebook.call('cases.get', { id: again.caseId }).case.slug).toBe(SAMPLE_CASE_SLUG);
  });
});
