import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { AppEventDetails } from '../../../renderer/app-events.ts';
import { renderSection } from '../sections/render-section.tsx';

function openedItems(): AppEventDetails['casebook:open-item'][] {
  const opened: AppEventDetails['casebook:open-item'][] = [];
  const listener = (event: Event) => opened.push((event as CustomEvent<AppEventDetails['casebook:open-item']>).detail);
  window.addEventListener('casebook:open-item', listener);
  onTestFinished(() => window.removeEventListener('casebook:open-item', listener));
  return opened;
}

async function analysisPanel(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Crisis analysis' });
}

async function responseTimes(): Promise<HTMLElement> {
  return screen.findByRole('region', { name: 'Response times' });
}

describe('the analysis panel and the response times on the overview', () => {
  it('says what to code first in a case with nothing coded and no timeline', async () => {
    await renderSection('overview');
    const panel = await analysisPanel();
    expect(within(panel).getByText('Code the crisis type in the overview to get a recommendation.')).toBeTruthy();
    expect(within(panel).getByText(/^No response is coded yet/)).toBeTruthy();
    expect(within(await responseTimes()).getByText(/^No confirmed events on the timeline yet/)).toBeTruthy();
  });

  it('moves the caret to the crisis type from the empty state, and recommends once a type is chosen', async () => {
    const { user } = await renderSection('overview');
    const panel = await analysisPanel();
    await user.click(within(panel).getByRole('button', { name: 'Choose the crisis type' }));
    const type = screen.getByRole('combobox', { name: 'Crisis type' });
    expect(document.activeElement).toBe(type);
    await user.selectOptions(type, 'management-misconduct');
    await waitFor(() =>
      expect(within(panel).getByText(/A preventable crisis calls for rebuild strategies/)).toBeTruthy(),
    );
    expect(within(panel).getByText('Preventable')).toBeTruthy();
    expect(within(panel).getByText(/from the crisis type Management misconduct/)).toBeTruthy();
    expect(within(panel).getByText('Rebuild')).toBeTruthy();
  });

  it('explains an intensified cluster, lists postures with counts, and links each warning to its responses', async () => {
    const opened = openedItems();
    const { bridge, caseId, user } = await renderSection('overview', (bridge, id) => {
      bridge.notebook.call('cases.update', { id, patch: { crisisType: 'challenge', crisisHistory: true } });
      bridge.notebook.call('events.create', {
        caseId: id,
        fields: { on: '2026-01-05', title: 'Xu Jieyun apologizes', kind: 'apology', strategy: 'apology' },
      });
      bridge.notebook.call('quotes.create', {
        caseId: id,
        fields: { text: 'We did nothing wrong.', benoit: 'simple-denial' },
      });
    });
    const panel = await analysisPanel();
    await within(panel).findByText(/accidental, moved up to preventable by a crisis history/);
    const postures = within(panel).getByRole('list', { name: 'Postures used' });
    expect(
      within(postures)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Deny 1', 'Rebuild 1']);
    const strategies = within(panel).getByRole('list', { name: 'Strategies used' });
    expect(within(strategies).getByText('Denial')).toBeTruthy();

    const warnings = within(panel).getByRole('list', { name: 'Warnings' });
    const mixing = within(warnings)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-rule') === '1');
    if (!mixing) throw new Error('the mixing warning is shown');
    expect(mixing.textContent).toMatch(/Denying the crisis while also using rebuild strategies/);
    await user.click(within(mixing).getByRole('button', { name: 'Open quote “We did nothing wrong.”' }));
    await user.click(within(mixing).getByRole('button', { name: 'Open event “Xu Jieyun apologizes”' }));
    const document = bridge.notebook.call('cases.get', { id: caseId });
    expect(opened).toEqual([
      { caseId, kind: 'quote', itemId: document.quotes[0]?.id },
      { caseId, kind: 'event', itemId: document.events[0]?.id },
    ]);
  });

  it('updates when a response is coded elsewhere', async () => {
    const { bridge, caseId } = await renderSection('overview', (bridge, id) => {
      bridge.notebook.call('cases.update', { id, patch: { crisisType: 'challenge' } });
      bridge.notebook.call('issueRows.create', {
        caseId: id,
        fields: { issue: 'Paid KOL', response: 'Apologized', strategy: 'apology' },
      });
    });
    const panel = await analysisPanel();
    await within(panel).findByText(/No conflict with the guidance/);
    const row = bridge.notebook.call('cases.get', { id: caseId }).issueRows[0];
    if (!row) throw new Error('the row exists');
    bridge.notebook.call('issueRows.create', {
      caseId,
      fields: { issue: 'Rumours', response: 'Said it never happened', strategy: 'denial' },
    });
    bridge.emit('tables-changed', { tables: ['issue_rows'] });
    await within(panel).findByText(/Denying the crisis while also using rebuild strategies/);
    expect(within(panel).getByRole('button', { name: 'Open issue row “Apologized”' })).toBeTruthy();
    expect(within(panel).queryByText(/No conflict with the guidance/)).toBeNull();
  });

  it('shows each measure with its precision and the two events it was measured between', async () => {
    const opened = openedItems();
    const { user, caseId, bridge } = await renderSection('overview', (bridge, id) => {
      bridge.notebook.call('events.create', {
        caseId: id,
        fields: { on: '2026-01-03T09:30+08:00', title: 'Screenshots leak', kind: 'trigger' },
      });
      bridge.notebook.call('events.create', {
        caseId: id,
        fields: { on: '2026-01-03T13:42+08:00', title: 'First statement', kind: 'response' },
      });
      bridge.notebook.call('events.create', {
        caseId: id,
        fields: { on: '2026-01-05', approx: true, title: 'Apology', kind: 'apology' },
      });
    });
    const section = await responseTimes();
    await within(section).findByText('4 h 12 min');
    expect(within(section).getByText(/the first trigger/)).toBeTruthy();
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Time to first response4 h 12 minto the minute, between Screenshots leak and First statement',
      'Time to apologyabout 2 daysin calendar days, approximate, between Screenshots leak and Apology',
      'Time to corrective actionnone yetno confirmed corrective action on or after day 0',
    ]);
    await user.click(within(items[1] as HTMLElement).getByRole('button', { name: 'Open event “Apology”' }));
    const apology = bridge.notebook.call('cases.get', { id: caseId }).events.find((e) => e.kind === 'apology');
    expect(opened).toEqual([{ caseId, kind: 'event', itemId: apology?.id }]);
  });
});
