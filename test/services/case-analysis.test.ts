import { describe, expect, it } from 'vitest';
import { insertCustomCode } from '../../electron/store/custom-codes.ts';
import { tempNotebook, type TempNotebook } from '../helpers/temp-notebook.ts';

function sample(notebook: TempNotebook) {
  const { caseId } = notebook.call('notebook.addSample', {});
  return { caseId, document: notebook.call('cases.get', { id: caseId }) };
}

describe('cases.analysis on the sample case', () => {
  it('recommends diminish for the accidental challenge and lists the rebuild and base responses it uses', () => {
    const notebook = tempNotebook();
    const { caseId } = sample(notebook);
    const { analysis } = notebook.call('cases.analysis', { id: caseId });
    expect(analysis).toMatchObject({
      baseCluster: 'accidental',
      effectiveCluster: 'accidental',
      intensified: false,
      clusterReason: 'accidental',
      crisisTypeLabel: 'Challenge',
      recommendedPosture: 'diminish',
      posturesUsed: ['rebuild', 'base'],
      codedResponseCount: 4,
      warnings: [],
    });
    expect(analysis.strategyUses).toEqual([
      { strategy: 'apology', label: 'Apology', posture: 'rebuild', count: 3 },
      { strategy: 'adjusting-information', label: 'Adjusting information', posture: 'base', count: 1 },
    ]);
  });

  it('measures from the allegation (no trigger) in whole months, since the sample knows only the month', () => {
    const notebook = tempNotebook();
    const { caseId, document } = sample(notebook);
    const { responseTimes } = notebook.call('cases.analysis', { id: caseId });
    const allegation = document.events.find((e) => e.kind === 'allegation');
    const apology = document.events.find((e) => e.kind === 'apology');
    const correction = document.events.find((e) => e.kind === 'corrective-action');
    expect(responseTimes.dayZero).toEqual({
      eventId: allegation?.id,
      on: '2026-01',
      approx: true,
      basis: 'allegation',
      title: allegation?.title,
    });
    expect(responseTimes.measures.map((m) => [m.measure, m.endEventId, m.unit, m.approx, m.label])).toEqual([
      ['first-response', apology?.id, 'months', true, 'under a month'],
      ['apology', apology?.id, 'months', true, 'under a month'],
      ['corrective-action', correction?.id, 'months', true, 'under a month'],
    ]);
    expect(responseTimes.measures[1]).toMatchObject({
      startTitle: allegation?.title,
      endTitle: apology?.title,
      endOn: '2026-01',
    });
  });

  it('follows the case as it is coded: an intensifier, a denial, a trigger with a time of day', () => {
    const notebook = tempNotebook();
    const { caseId, document } = sample(notebook);
    notebook.call('cases.update', { id: caseId, patch: { crisisHistory: true } });
    const row = document.issueRows[1];
    if (!row) throw new Error('the sample has a second issue row');
    notebook.call('issueRows.update', { id: row.id, patch: { strategy: 'denial' } });
    // Other outlets date the apology and the dismissal (domain.md): the month-only events get their days.
    const apology = document.events.find((e) => e.kind === 'apology');
    const correction = document.events.find((e) => e.kind === 'corrective-action');
    if (!apology || !correction) throw new Error('the sample has an apology and a corrective action');
    notebook.call('events.update', { id: apology.id, patch: { on: '2026-01-05', approx: false } });
    notebook.call('events.update', { id: correction.id, patch: { on: '2026-01-06', approx: false } });
    const trigger = notebook.call('events.create', {
      caseId,
      fields: { on: '2026-01-03T09:30+08:00', title: 'A KOL posts the screenshots', kind: 'trigger' },
    });
    const statement = notebook.call('events.create', {
      caseId,
      fields: { on: '2026-01-03T13:42+08:00', title: 'Xiaomi’s first statement', kind: 'response' },
    });
    const { analysis, responseTimes } = notebook.call('cases.analysis', { id: caseId });
    expect(analysis).toMatchObject({
      effectiveCluster: 'preventable',
      intensified: true,
      clusterReason: 'accidental, moved up to preventable by a crisis history',
      recommendedPosture: 'rebuild',
    });
    expect(analysis.warnings.map((w) => w.rule)).toEqual([1, 2]);
    const mixing = analysis.warnings[0];
    expect(mixing?.items.map((i) => i.itemId)).toContain(row.id);
    expect(mixing?.items).toContainEqual({
      itemKind: 'issueRow',
      itemId: row.id,
      label: 'Reiterated commitment to ethical marketing and fair competition.',
    });
    // The three apologies (issue row, event, quote) are the rebuild side; adjusting information is not mixed in.
    expect(mixing?.items.map((i) => i.itemKind).sort()).toEqual(['event', 'issueRow', 'issueRow', 'quote']);
    expect(responseTimes.dayZero).toMatchObject({ eventId: trigger.id, basis: 'trigger' });
    expect(responseTimes.measures[0]).toMatchObject({
      endEventId: statement.id,
      unit: 'minutes',
      label: '4 h 12 min',
      approx: false,
    });
    expect(responseTimes.measures.slice(1).map((m) => [m.endEventId, m.unit, m.label])).toEqual([
      [apology.id, 'days', '2 days'],
      [correction.id, 'days', '3 days'],
    ]);
  });

  it('leaves suggested events out of the measures and deleted items out of the analysis', () => {
    const notebook = tempNotebook();
    const { caseId, document } = sample(notebook);
    for (const event of document.events.filter((e) => e.kind !== 'allegation'))
      notebook.call('events.update', { id: event.id, patch: { status: 'suggested' } });
    const quote = document.quotes[0];
    if (!quote) throw new Error('the sample has a quote');
    notebook.call('quotes.delete', { id: quote.id });
    const { analysis, responseTimes } = notebook.call('cases.analysis', { id: caseId });
    expect(responseTimes.measures.map((m) => m.label)).toEqual(['none yet', 'none yet', 'none yet']);
    expect(analysis.codedResponseCount).toBe(3);
  });

  it('gives a custom strategy the posture the notebook assigned it', () => {
    const notebook = tempNotebook();
    const { caseId, document } = sample(notebook);
    insertCustomCode(notebook.db, {
      kind: 'scct-strategy',
      id: 'flat-refusal',
      label: 'Flat refusal',
      definition: '',
      posture: 'deny',
    });
    const row = document.issueRows[1];
    if (!row) throw new Error('the sample has a second issue row');
    notebook.call('issueRows.update', { id: row.id, patch: { strategy: 'flat-refusal' } });
    const { analysis } = notebook.call('cases.analysis', { id: caseId });
    expect(analysis.strategyUses).toContainEqual({
      strategy: 'flat-refusal',
      label: 'Flat refusal',
      posture: 'deny',
      count: 1,
    });
    expect(analysis.warnings.map((w) => w.rule)).toEqual([1, 2]);
  });

  it('answers not-found for a missing or deleted case', () => {
    const notebook = tempNotebook();
    const { caseId } = sample(notebook);
    notebook.call('cases.delete', { id: caseId });
    const result = notebook.result('cases.analysis', { id: caseId });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
