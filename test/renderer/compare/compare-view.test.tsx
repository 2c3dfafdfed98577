import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CompareView } from '../../../renderer/features/compare/CompareView.tsx';
import { ToastProvider } from '../../../renderer/ui/toasts.tsx';
import { addRecallCase } from '../../services/compare-fixtures.ts';
import { installServiceBridge } from '../service-bridge.ts';

/** Two cases on a real notebook: the recall (day 0 2026-01-05) and a second one starting 2026-03-10. */
function twoCases() {
  const bridge = installServiceBridge();
  const recall = addRecallCase(bridge.notebook);
  const outage = bridge.notebook.call('cases.create', { title: 'Airline outage' }).id;
  bridge.notebook.call('cases.update', { id: outage, patch: { crisisType: 'technical-error-accident' } });
  for (const [on, title, kind] of [
    ['2026-03-08', 'Warnings on a forum', 'media'],
    ['2026-03-10', 'Check-in systems fail', 'trigger'],
    ['2026-03-12', 'The airline apologizes', 'apology'],
  ] as const)
    bridge.notebook.call('events.create', { caseId: outage, fields: { on, title, kind } });
  return {
    bridge,
    recall,
    outage,
    chosen: [
      { id: recall.caseId, title: 'Kettle recall' },
      { id: outage, title: 'Airline outage' },
    ],
  };
}

function renderCompare(
  props: Partial<Parameters<typeof CompareView>[0]> & { initial: Parameters<typeof CompareView>[0]['initial'] },
) {
  const onOpenCase = vi.fn();
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <ToastProvider>
      <CompareView pickFirst={false} onOpenCase={onOpenCase} onClose={onClose} {...props} />
    </ToastProvider>,
  );
  return { onOpenCase, onClose, user };
}

function eventMark(name: RegExp): HTMLElement {
  return screen.getByRole('img', { name });
}

describe('the comparison view', () => {
  it('shows the matrix as a table: a column per case whose header opens it, a row per property', async () => {
    const { chosen, recall } = twoCases();
    const { onOpenCase, user } = renderCompare({ initial: chosen });

    const table = await screen.findByRole('table', { name: 'Comparison of 2 cases' });
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(columns).toEqual(['Kettle recall', 'Airline outage']);
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((header) => header.textContent);
    expect(rowHeaders).toEqual([
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
    const cells = (label: string) =>
      within(within(table).getByRole('rowheader', { name: label }).closest('tr')!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells('Cluster')).toEqual(['Accidental → preventable (intensified)', 'Accidental']);
    expect(cells('Time to first response')).toEqual(['2 days', '2 days']);
    expect(cells('Time to apology')).toEqual(['none yet', '2 days']);
    expect(cells('Strategies used')[1]).toBe('none coded');

    await user.click(within(table).getByRole('button', { name: 'Open the case “Kettle recall”' }));
    expect(onOpenCase).toHaveBeenCalledWith(recall.caseId);
  });

  it('overlays the timelines aligned at day 0: an event two days after day 0 sits at +2 days in every lane', async () => {
    const { chosen } = twoCases();
    renderCompare({ initial: chosen });
    await screen.findByRole('table', { name: 'Comparison of 2 cases' });

    const trigger = eventMark(/^Kettle recall: Trigger, A kettle overheats on live TV, .*, day 0$/);
    const response = eventMark(/^Kettle recall: Response, The maker says the kettle meets standards, .*, \+2 days$/);
    const otherTrigger = eventMark(/^Airline outage: Trigger, Check-in systems fail, .*, day 0$/);
    const otherApology = eventMark(/^Airline outage: Apology, The airline apologizes, .*, \+2 days$/);
    const before = eventMark(/^Airline outage: Media, Warnings on a forum, .*, −2 days$/);
    const x = (element: HTMLElement) => Number(element.getAttribute('data-x'));

    expect(response.getAttribute('data-offset-days')).toBe('2');
    // 2026-01-05 and 2026-03-10 are two months apart, yet both day-0 events share one x…
    expect(x(trigger)).toBe(x(otherTrigger));
    // …and so do the events two days later; the event before day 0 is as far to the left.
    expect(x(response)).toBe(x(otherApology));
    expect(x(response) - x(trigger)).toBeGreaterThan(0);
    expect(x(trigger) - x(before)).toBeCloseTo(x(response) - x(trigger), 6);
    // The suggested apology of the recall is not drawn.
    expect(screen.queryByRole('img', { name: /An apology, as one blog reported it/ })).toBeNull();

    // Every event is focusable and shows its tooltip when focused.
    expect(response.getAttribute('tabindex')).toBe('0');
    fireEvent.focus(response);
    const tooltip = document.querySelector('.overlay-tooltip');
    expect(tooltip?.textContent).toContain('The maker says the kettle meets standards');
    expect(tooltip?.textContent).toContain('+2 days');

    const legend = screen.getByRole('list', { name: 'Event kinds' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Trigger', 'Response', 'Apology', 'Corrective action', 'Media']);
  });

  it('asks for 2 to 8 cases: fewer shows how many are missing, a ninth is refused', async () => {
    const bridge = installServiceBridge();
    for (let index = 1; index <= 9; index++) bridge.notebook.call('cases.create', { title: `Case ${index}` });
    const { user } = renderCompare({ initial: [], pickFirst: true });

    const picker = await screen.findByRole('dialog', { name: 'Compare cases' });
    await within(picker).findByRole('checkbox', { name: 'Case 9' });
    await user.click(within(picker).getByRole('checkbox', { name: 'Case 1' }));
    await user.click(within(picker).getByRole('button', { name: 'Compare' }));
    expect(within(picker).getByRole('status').textContent).toBe('Choose at least 2 cases to compare (1 chosen).');

    for (let index = 2; index <= 8; index++)
      await user.click(within(picker).getByRole('checkbox', { name: `Case ${index}` }));
    await user.click(within(picker).getByRole('checkbox', { name: 'Case 9' }));
    expect(within(picker).getByRole<HTMLInputElement>('checkbox', { name: 'Case 9' }).checked).toBe(false);
    expect(within(picker).getByRole('status').textContent).toBe('At most 8 cases can be compared: untick one first.');

    await user.click(within(picker).getByRole('button', { name: 'Compare 8 cases' }));
    expect(screen.queryByRole('dialog', { name: 'Compare cases' })).toBeNull();
    const table = await screen.findByRole('table', { name: 'Comparison of 8 cases' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(8);
  });

  it('says what to do with fewer than 2 cases, and Escape goes back', async () => {
    installServiceBridge();
    const { onClose, user } = renderCompare({ initial: [] });
    // No case chosen: the picker opens by itself; closing it leaves the empty state.
    const picker = await screen.findByRole('dialog', { name: 'Compare cases' });
    await user.click(within(picker).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Choose 2 to 8 cases to compare')).toBeTruthy();
    expect(screen.getByText('Choose at least 2 cases to compare (0 chosen).')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
