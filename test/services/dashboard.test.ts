import { describe, expect, it } from 'vitest';
import { tempNotebook } from '../helpers/temp-notebook.ts';
import { addRecallCase } from './compare-fixtures.ts';

describe('notebook.dashboard', () => {
  it('is empty for an empty notebook, with "—" for every median', () => {
    const notebook = tempNotebook();
    const dashboard = notebook.call('notebook.dashboard', {});
    expect(dashboard).toMatchObject({ caseCount: 0, codedCount: 0, byCluster: [], byStrategy: [], byYear: [] });
    expect(dashboard.mediansByCluster.map((entry) => entry.cluster)).toEqual(['victim', 'accidental', 'preventable']);
    for (const entry of dashboard.mediansByCluster)
      expect(entry.medians.map((median) => [median.label, median.cases])).toEqual([
        ['—', 0],
        ['—', 0],
        ['—', 0],
      ]);
  });

  it('counts live cases by cluster, strategy and year, and takes medians of the measures by cluster', () => {
    const notebook = tempNotebook();
    notebook.call('notebook.addSample', {}); // accidental (challenge), coded apology + adjusting information
    addRecallCase(notebook); // accidental as coded, excuse + apology (Benoit only); 2 days, 7 days
    addRecallCase(notebook, 'Toaster recall'); // the same again: medians of two equal values
    const rumor = notebook.call('cases.create', { title: 'Rumor about a bank' }).id;
    notebook.call('cases.update', { id: rumor, patch: { crisisType: 'rumor', startedOn: '2024-03' } });
    notebook.call('events.create', {
      caseId: rumor,
      fields: { on: '2024-03-01T08:00Z', title: 'A rumor spreads', kind: 'trigger' },
    });
    notebook.call('events.create', {
      caseId: rumor,
      fields: { on: '2024-03-01T12:12Z', title: 'The bank denies it', kind: 'response', strategy: 'denial' },
    });
    notebook.call('cases.create', { title: 'Not coded at all' });
    // Trashed things count nowhere.
    const trashed = addRecallCase(notebook, 'Trashed recall');
    notebook.call('cases.delete', { id: trashed.caseId });
    const live = notebook.call('cases.create', { title: 'Row coded then trashed' }).id;
    notebook.call('cases.update', { id: live, patch: { crisisType: 'organizational-misdeed' } });
    const row = notebook.call('issueRows.create', { caseId: live, fields: { issue: 'x', strategy: 'victimage' } });
    notebook.call('issueRows.delete', { id: row.id });

    const dashboard = notebook.call('notebook.dashboard', {});
    expect(dashboard.caseCount).toBe(6);
    expect(dashboard.codedCount).toBe(5);
    expect(dashboard.byCluster).toEqual([
      { cluster: null, cases: 1 },
      { cluster: 'accidental', cases: 3 },
      { cluster: 'preventable', cases: 1 },
      { cluster: 'victim', cases: 1 },
    ]);
    expect(dashboard.byStrategy).toEqual([
      { strategy: 'apology', cases: 3 },
      { strategy: 'excuse', cases: 2 },
      { strategy: 'adjusting-information', cases: 1 },
      { strategy: 'denial', cases: 1 },
    ]);
    expect(dashboard.byYear).toEqual([
      { year: null, cases: 2 },
      { year: 2024, cases: 1 },
      { year: 2026, cases: 3 },
    ]);

    const medians = Object.fromEntries(
      dashboard.mediansByCluster.map((entry) => [
        entry.cluster,
        Object.fromEntries(entry.medians.map((median) => [median.measure, [median.label, median.cases]])),
      ]),
    );
    // The sample's measures are known to the month only ("under a month"): left out of medians.
    expect(medians['accidental']).toEqual({
      'first-response': ['2 days', 2],
      apology: ['—', 0],
      'corrective-action': ['7 days', 2],
    });
    expect(medians['victim']).toEqual({
      'first-response': ['4 h 12 min', 1],
      apology: ['—', 0],
      'corrective-action': ['—', 0],
    });
    expect(medians['preventable']!['first-response']).toEqual(['—', 0]);
  });

  it('takes the middle of an even number of measures', () => {
    const notebook = tempNotebook();
    for (const [title, respondedOn] of [
      ['One day', '2026-02-02'],
      ['Four days', '2026-02-05'],
    ] as const) {
      const caseId = notebook.call('cases.create', { title }).id;
      notebook.call('cases.update', { id: caseId, patch: { crisisCluster: 'preventable' } });
      notebook.call('events.create', { caseId, fields: { on: '2026-02-01', title: 'It starts', kind: 'allegation' } });
      notebook.call('events.create', { caseId, fields: { on: respondedOn, title: 'Answer', kind: 'apology' } });
    }
    const preventable = notebook
      .call('notebook.dashboard', {})
      .mediansByCluster.find((e) => e.cluster === 'preventable');
    expect(preventable?.cases).toBe(2);
    expect(preventable?.medians.find((median) => median.measure === 'apology')).toEqual({
      measure: 'apology',
      days: 2.5,
      label: '2.5 days',
      cases: 2,
    });
  });
});
