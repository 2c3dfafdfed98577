import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSection } from './render-section.tsx';

function eventRows(): HTMLElement[] {
  return [...screen.getByRole('list', { name: 'Events' }).querySelectorAll<HTMLElement>(':scope > li')];
}

function shownDates(): string[] {
  return eventRows().map((row) => within(row).getByRole<HTMLInputElement>('textbox', { name: 'Date' }).value);
}

describe('Timeline section', () => {
  it('shows an empty state and an "Add event" button', async () => {
    await renderSection('timeline');
    expect(screen.getByText('No events yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add event' })).toBeTruthy();
  });

  it('keeps a new event as a draft until it has a date and a title, then saves it', async () => {
    const { user, get } = await renderSection('timeline');
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    const date = await screen.findByRole('textbox', { name: 'Date' });
    expect(document.activeElement).toBe(date);
    expect(screen.getByText('Not saved yet: add a date and what happened.')).toBeTruthy();
    await user.type(date, 'April 2017');
    expect(screen.getByText('Month · April 2017')).toBeTruthy();
    expect(screen.getByText('Not saved yet: add what happened.')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'What happened' }), 'Posts appear');
    await waitFor(
      () => expect(get().events.map((event) => [event.on, event.title])).toEqual([['2017-04', 'Posts appear']]),
      {
        timeout: 3000,
      },
    );
    expect(screen.queryByText(/Not saved yet/)).toBeNull();
    // The row stayed the same: the caret is still in the title.
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'What happened' }));
  });

  it('says why a date is not understood and does not save it', async () => {
    const { user, get } = await renderSection('timeline');
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    await user.keyboard('2017-04-09 14:30');
    expect(screen.getByText(/Add the time zone after the time/)).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'What happened' }), 'Statement');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(get().events).toEqual([]);
    expect(screen.getByText('Not saved yet: add a valid date.')).toBeTruthy();
  });

  it('shows events entered out of order, in mixed precision, in chronological order', async () => {
    const { user, get } = await renderSection('timeline');
    const entries = [
      ['2026-01-05 18:00 +08:00', 'Apology posted'],
      ['2025', 'Campaign planned'],
      ['5 January 2026', 'Screenshots circulate'],
      ['January 2026', 'Controversy month'],
    ] as const;
    for (const [when, what] of entries) {
      await user.click(screen.getByRole('button', { name: 'Add event' }));
      await user.keyboard(when);
      await user.tab(); // to Approximate
      await user.tab(); // to Kind
      await user.tab(); // to What happened
      await user.keyboard(what);
      await user.tab();
      await waitFor(() => expect(get().events.some((event) => event.title === what)).toBe(true), { timeout: 3000 });
    }
    await user.click(document.body);
    await waitFor(() => expect(shownDates()).toEqual(['2025', '2026-01', '2026-01-05', '2026-01-05 18:00 +08:00']));
    expect(
      eventRows().map((row) => within(row).getByRole<HTMLInputElement>('textbox', { name: 'What happened' }).value),
    ).toEqual(['Campaign planned', 'Controversy month', 'Screenshots circulate', 'Apology posted']);
    expect(screen.getByRole('button', { name: /^5 January 2026: Screenshots circulate/ })).toBeTruthy();
  });

  it('re-sorts after a date is committed, keeping the focus in the date being edited', async () => {
    const { user, get } = await renderSection('timeline', ({ notebook }, caseId) => {
      notebook.call('events.create', { caseId, fields: { on: '2026-01-01', title: 'First' } });
      notebook.call('events.create', { caseId, fields: { on: '2026-01-10', title: 'Second' } });
    });
    await waitFor(() => expect(shownDates()).toEqual(['2026-01-01', '2026-01-10']));
    const date = within(eventRows()[0]!).getByRole('textbox', { name: 'Date' });
    await user.clear(date);
    await user.type(date, '2026-01-20');
    await waitFor(() => expect(get().events.find((event) => event.title === 'First')!.on).toBe('2026-01-20'), {
      timeout: 3000,
    });
    // Still typing: the row stays where it is.
    expect(shownDates()).toEqual(['2026-01-20', '2026-01-10']);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(shownDates()).toEqual(['2026-01-10', '2026-01-20']));
    expect(document.activeElement).toBe(within(eventRows()[1]!).getByRole('textbox', { name: 'Date' }));
  });

  it('confirms and dismisses suggested events', async () => {
    const { user, get } = await renderSection('timeline', ({ notebook }, caseId) => {
      notebook.call('events.create', {
        caseId,
        fields: { on: '2026-01-04', title: 'Video posted', status: 'suggested' },
      });
      notebook.call('events.create', { caseId, fields: { on: '2026-01-05', title: 'Noise', status: 'suggested' } });
    });
    const group = await screen.findByRole('list', { name: 'Suggested events' });
    expect(screen.getByRole('heading', { name: 'Suggested events' })).toBeTruthy();
    const [video, noise] = [...group.querySelectorAll<HTMLElement>(':scope > li')];
    await user.click(within(video!).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(get().events.find((event) => event.title === 'Video posted')!.status).toBe('confirmed'));
    await waitFor(() => expect(shownDates()).toEqual(['2026-01-04']));
    await user.click(within(noise!).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(get().events.map((event) => event.title)).toEqual(['Video posted']));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Suggested events' })).toBeNull());
    expect(screen.getByText('The event “Noise” moved to the trash.')).toBeTruthy();
  });

  it('deletes an event to the trash and Undo restores it', async () => {
    const { user, get } = await renderSection('timeline', ({ notebook }, caseId) => {
      notebook.call('events.create', { caseId, fields: { on: '2026-01-01', title: 'First' } });
      notebook.call('events.create', { caseId, fields: { on: '2026-01-10', title: 'Second' } });
    });
    await user.click(await screen.findByRole('button', { name: 'Delete event 2' }));
    await waitFor(() => expect(get().events.map((event) => event.title)).toEqual(['First']));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete event' })).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(get().events.map((event) => event.title)).toEqual(['First', 'Second']));
    await waitFor(() => expect(shownDates()).toEqual(['2026-01-01', '2026-01-10']));
  });

  it('acts on "casebook:add-item" for events as if "Add event" was pressed', async () => {
    await renderSection('timeline');
    window.dispatchEvent(new CustomEvent('casebook:add-item', { detail: { kind: 'lesson' } }));
    window.dispatchEvent(new CustomEvent('casebook:add-item', { detail: { kind: 'event' } }));
    const date = await screen.findByRole('textbox', { name: 'Date' });
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(screen.getAllByRole('textbox', { name: 'Date' })).toHaveLength(1);
  });
});
