import { describe, expect, it } from 'vitest';
import { tempNotebook } from '../helpers/temp-notebook.ts';
import { addRecallCase } from './compare-fixtures.ts';

function errorOf(result: unknown): { code: string; message: string } {
  const envelope = result as { ok: boolean; error?: { code: string; message: string } };
  expect(envelope.ok).toBe(false);
  return envelope.error!;
}

describe('cases.compare', () => {
  it('puts the sample case beside a built case: coding, response times, impacts, evidence and day-0 timelines', () => {
    const notebook = tempNotebook();
    const { caseId: sampleId } = notebook.call('notebook.addSample', {});
    const recall = addRecallCase(notebook);

    const { cases } = notebook.call('cases.compare', { caseIds: [recall.caseId, sampleId] });
    expect(cases.map((compared) => compared.id)).toEqual([recall.caseId, sampleId]);
    const [built, sample] = cases;

    // Intensifier: technical-error product harm is accidental; a crisis history moves it up.
    expect(built).toMatchObject({
      title: 'Kettle recall',
      baseCluster: 'accidental',
      effectiveCluster: 'preventable',
      crisisType: 'technical-error-product-harm',
      crisisTypeLabel: 'Technical-error product harm',
      crisisHistory: true,
    });
    // The quote coded only "mortification" counts as an apology through the crosswalk.
    expect([...built!.strategiesUsed].sort()).toEqual(['apology', 'excuse']);
    expect(built!.strategyLabels).toEqual(
      built!.strategiesUsed.map((id) => ({ apology: 'Apology', excuse: 'Excuse' })[id]),
    );
    expect([...built!.postures].sort()).toEqual(['diminish', 'rebuild']);

    // Day 0 is the trigger; the suggested apology does not count.
    expect(built!.dayZero).toMatchObject({ eventId: recall.trigger.id, basis: 'trigger', on: '2026-01-05' });
    const times = Object.fromEntries(built!.responseTimes.map((time) => [time.measure, time]));
    expect(times['first-response']).toMatchObject({ endEventId: recall.response.id, label: '2 days', days: 2 });
    expect(times['apology']).toMatchObject({ endEventId: null, label: 'none yet', days: null });
    expect(times['corrective-action']).toMatchObject({ label: 'about 7 days', approx: true });

    // Only confirmed events, each placed in days from day 0.
    expect(built!.events.map((event) => [event.title, event.offsetDays])).toEqual([
      ['A kettle overheats on live TV', 0],
      ['The maker says the kettle meets standards', 2],
      ['Recall of 40,000 kettles', 7],
    ]);
    expect(built!.eventsTruncated).toBe(false);

    // Impacts of the first rows, whitespace collapsed, empty ones skipped.
    expect(built!.keyImpacts).toEqual(['-40% sales in a week', 'Retailers delisted it']);
    // Rows: one single-source, two unsupported; the quote and the four events (the evidence check
    // counts suggested ones too) cite nothing either.
    expect(built!.evidence).toEqual({
      unsupported: 2 + 1 + 4,
      singleSource: 1,
      conflicting: 0,
      noSnapshot: 1,
      snapshotMismatch: 0,
      sources: 1,
    });

    expect(sample).toMatchObject({
      baseCluster: 'accidental',
      effectiveCluster: 'accidental',
      crisisType: 'challenge',
    });
    expect(sample!.dayZero?.basis).toBe('allegation');
    expect(sample!.responseTimes.find((time) => time.measure === 'apology')?.label).toBe('under a month');
    expect(sample!.keyImpacts[0]).toBe('Increased scrutiny of influencer marketing practices.');
    expect(sample!.events.every((event) => event.offsetDays === 0)).toBe(true);
    expect(sample!.evidence.sources).toBeGreaterThan(0);
  });

  it('refuses fewer than 2 or more than 8 cases, a repeated case, an unknown id and a trashed case', () => {
    const notebook = tempNotebook();
    const ids = Array.from({ length: 9 }, (_, index) => notebook.call('cases.create', { title: `Case ${index}` }).id);

    expect(errorOf(notebook.result('cases.compare', { caseIds: [ids[0]] })).message).toMatch(/at least 2 cases/);
    expect(errorOf(notebook.result('cases.compare', { caseIds: ids })).message).toMatch(/at most 8 cases/);
    expect(errorOf(notebook.result('cases.compare', { caseIds: [ids[0], ids[0]] })).message).toMatch(/same case twice/);

    const unknown = errorOf(notebook.result('cases.compare', { caseIds: [ids[0], 'no-such-case'] }));
    expect(unknown.code).toBe('invalid-request');
    expect(unknown.message).toBe('caseIds.1: there is no case with id no-such-case');

    notebook.call('cases.delete', { id: ids[1]! });
    const trashed = errorOf(notebook.result('cases.compare', { caseIds: [ids[0], ids[1]] }));
    expect(trashed.message).toBe('caseIds.1: the case “Case 1” is in the trash; restore it to compare it');
  });

  it('compares cases with nothing coded and no timeline', () => {
    const notebook = tempNotebook();
    const a = notebook.call('cases.create', { title: 'Blank one' }).id;
    const b = notebook.call('cases.create', { title: 'Blank two' }).id;
    const { cases } = notebook.call('cases.compare', { caseIds: [a, b] });
    expect(cases[0]).toMatchObject({
      baseCluster: null,
      effectiveCluster: null,
      strategiesUsed: [],
      postures: [],
      dayZero: null,
      events: [],
      keyImpacts: [],
    });
    expect(cases[0]!.responseTimes.map((time) => time.label)).toEqual(['none yet', 'none yet', 'none yet']);
  });
});

describe('cases.compareCsv', () => {
  it('writes the matrix with a header of case titles, one row per property, formulas defused', () => {
    const notebook = tempNotebook();
    const { caseId: sampleId } = notebook.call('notebook.addSample', {});
    const recall = addRecallCase(notebook, '=HYPERLINK("http://evil.example","Kettle recall")');
    const file = notebook.call('cases.compareCsv', { caseIds: [sampleId, recall.caseId] });

    expect(file.fileName).toBe('case-comparison.csv');
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    const lines = file.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      `Case,Xiaomi KOL “black PR” controversy,"'=HYPERLINK(""http://evil.example"",""Kettle recall"")"`,
    );
    expect(lines[1]).toBe(`Case id,${sampleId},${recall.caseId}`);
    const byLabel = new Map(lines.slice(2).map((line) => [line.split(',')[0], line]));
    expect([...byLabel.keys()].filter(Boolean)).toEqual([
      'Cluster',
      'Crisis type',
      'Intensifiers',
      'Strategies used',
      'Postures',
      'Time to first response',
      'Time to apology',
      'Time to corrective action',
      'Key impacts',
      'Evidence health',
    ]);
    expect(byLabel.get('Cluster')).toBe('Cluster,Accidental,Accidental → preventable (intensified)');
    expect(byLabel.get('Time to first response')).toBe('Time to first response,under a month,2 days');
    expect(byLabel.get('Time to apology')).toBe('Time to apology,under a month,none yet');
    // A cell that starts like a formula ("-40%…") is written with a leading apostrophe.
    expect(byLabel.get('Key impacts')).toMatch(/,'-40% sales in a week; Retailers delisted it$/);
    expect(byLabel.get('Intensifiers')).toBe('Intensifiers,not coded,Crisis history');
  });
});
