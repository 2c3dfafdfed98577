import type { TempNotebook } from '../helpers/temp-notebook.ts';

/**
 * A product-recall case built through the services: technical-error product harm with a crisis history
 * (so its cluster moves from accidental to preventable), a trigger on 2026-01-05, a response two days
 * later, a suggested apology that must not count, coded rows and a quote coded only with a Benoit code.
 */
export function addRecallCase(notebook: TempNotebook, title = 'Kettle recall') {
  const { id: caseId } = notebook.call('cases.create', { title });
  notebook.call('cases.update', {
    id: caseId,
    patch: { crisisType: 'technical-error-product-harm', crisisHistory: true, startedOn: '2026-01-05' },
  });
  const trigger = notebook.call('events.create', {
    caseId,
    fields: { on: '2026-01-05', title: 'A kettle overheats on live TV', kind: 'trigger' },
  });
  const response = notebook.call('events.create', {
    caseId,
    fields: {
      on: '2026-01-07',
      title: 'The maker says the kettle meets standards',
      kind: 'response',
      strategy: 'excuse',
    },
  });
  const correction = notebook.call('events.create', {
    caseId,
    fields: { on: '2026-01-12', title: 'Recall of 40,000 kettles', kind: 'corrective-action', approx: true },
  });
  notebook.call('events.create', {
    caseId,
    fields: { on: '2026-01-06', title: 'An apology, as one blog reported it', kind: 'apology', status: 'suggested' },
  });
  const source = notebook.call('sources.create', { fields: { title: 'Consumer watchdog report' } }).source;
  const row = notebook.call('issueRows.create', {
    caseId,
    fields: {
      issue: 'Overheating kettles',
      response: 'Said the kettles met standards',
      impact: '   -40% sales\n in a week   ',
      strategy: 'excuse',
    },
  });
  notebook.call('citations.add', { target: { kind: 'issueRow', id: row.id }, citation: { sourceId: source.id } });
  notebook.call('issueRows.create', { caseId, fields: { issue: 'Retail partners', impact: 'Retailers delisted it' } });
  notebook.call('issueRows.create', { caseId, fields: { issue: 'No impact recorded yet' } });
  notebook.call('quotes.create', { caseId, fields: { text: 'We are deeply sorry.', benoit: 'mortification' } });
  return { caseId, trigger, response, correction, sourceId: source.id };
}
