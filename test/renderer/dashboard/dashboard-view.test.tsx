import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DashboardView } from '../../../renderer/features/dashboard/DashboardView.tsx';
import { addRecallCase } from '../../services/compare-fixtures.ts';
import { installServiceBridge } from '../service-bridge.ts';

function tableRows(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('the notebook dashboard', () => {
  it('charts cases by cluster, strategy and year with a table for each, and medians by cluster', async () => {
    const bridge = installServiceBridge();
    bridge.notebook.call('notebook.addSample', {});
    addRecallCase(bridge.notebook);
    bridge.notebook.call('cases.create', { title: 'Not coded' });
    render(<DashboardView onClose={() => undefined} />);

    await screen.findByText('3 cases, 2 with a crisis cluster coded.');
    expect(tableRows('Cases by cluster')).toEqual([
      ['Not coded', '1'],
      ['Accidental', '2'],
    ]);
    expect(tableRows('Cases by strategy')).toEqual([
      ['Apology', '2'],
      ['Adjusting information', '1'],
      ['Excuse', '1'],
    ]);
    expect(tableRows('Cases by year')).toEqual([
      ['No start date', '1'],
      ['2026', '2'],
    ]);
    // Each chart draws one labelled bar per row (the drawing itself is hidden from screen readers).
    const clusterFigure = screen.getByRole('figure', { name: 'Cases by cluster' });
    const bars = clusterFigure.querySelectorAll('svg [data-bar]');
    expect([...bars].map((bar) => bar.textContent)).toEqual(['Not coded1', 'Accidental2']);
    expect(clusterFigure.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');

    const medians = tableRows(
      'Median response times by cluster (as coded), over the cases whose measure is known to the day or minute; “—” when no case has it',
    );
    expect(medians).toEqual([
      ['Victim (0 cases)', '—', '—', '—'],
      ['Accidental (2 cases)', '2 days (of 1 case)', '—', '7 days (of 1 case)'],
      ['Preventable (0 cases)', '—', '—', '—'],
    ]);
  });

  it('says when the notebook is empty and when nothing is coded; Escape goes back', async () => {
    const bridge = installServiceBridge();
    const onClose = vi.fn();
    const user = userEvent.setup();
    const view = render(<DashboardView onClose={onClose} />);
    expect(await screen.findByText('No cases yet')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    view.unmount();

    bridge.notebook.call('cases.create', { title: 'Plain case' });
    render(<DashboardView onClose={onClose} />);
    expect(await screen.findByText('Nothing coded yet')).toBeTruthy();
    expect(tableRows('Cases by cluster')).toEqual([['Not coded', '1']]);
  });
});
