import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, settle } from './render-app.tsx';
import { CASE_ROW_HEIGHT } from '../../renderer/features/case-list/case-list-layout.ts';

describe('case list', () => {
  it('shows title, status, start date and tags, newest first', async () => {
    renderApp((notebook) => {
      notebook.addCase({ title: 'Older case', startedOn: '2017-04', tags: [{ name: 'recall', color: null }] });
      notebook.addCase({ title: 'Newer case', status: 'final' });
    });
    const list = await screen.findByRole('list', { name: 'Cases' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first!.textContent).toContain('Newer case');
    expect(first!.textContent).toContain('Final');
    expect(second!.textContent).toContain('April 2017');
    expect(second!.textContent).toContain('recall');
  });

  it('pages with the keyset cursor instead of loading the whole notebook', async () => {
    const { notebook } = renderApp((fake) => {
      for (let i = 0; i < 150; i++) fake.addCase({ title: `Case ${i}` });
    });
    const list = await screen.findByRole('list', { name: 'Cases' });
    await waitFor(() => expect(notebook.callsTo('cases.list').length).toBeGreaterThanOrEqual(1));
    const first = notebook.callsTo('cases.list')[0]!.request as { limit: number; after?: unknown };
    expect(first.limit).toBeLessThan(150);
    expect(first.after).toBeUndefined();
    // Scroll to the end: the next page is asked for after the last loaded case.
    const scroller = list.parentElement!;
    await act(async () => {
      scroller.scrollTop = 60 * CASE_ROW_HEIGHT;
      scroller.dispatchEvent(new Event('scroll'));
      await settle(50);
    });
    await waitFor(() =>
      expect(
        notebook.callsTo('cases.list').some((call) => (call.request as { after?: unknown }).after !== undefined),
      ).toBe(true),
    );
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(60);
  });

  it('passes the filter to the notebook', async () => {
    const { notebook, user } = renderApp((fake) => {
      fake.addCase({ title: 'Xiaomi KOL controversy' });
      fake.addCase({ title: 'Formula recall' });
    });
    const list = await screen.findByRole('list', { name: 'Cases' });
    await user.type(screen.getByRole('textbox', { name: 'Filter cases' }), 'xiaomi');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByRole('listitem').textContent).toContain('Xiaomi');
    expect(notebook.callsTo('cases.list').at(-1)!.request).toMatchObject({ query: 'xiaomi' });
  });

  it('moves with the arrow keys and opens a case with Enter', async () => {
    const { user } = renderApp((fake) => {
      fake.addCase({ title: 'Third' });
      fake.addCase({ title: 'Second' });
      fake.addCase({ title: 'First' });
    });
    const list = await screen.findByRole('list', { name: 'Cases' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    await user.click(screen.getByRole('textbox', { name: 'Filter cases' }));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('First');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Second' })).toBeTruthy();
    expect(within(list).getByRole('button', { current: true }).textContent).toContain('Second');
  });

  it('creates a case from the menu and from the sidebar button', async () => {
    const { notebook, user } = renderApp((fake) => fake.addCase({ title: 'Existing' }));
    await screen.findByText('No case open');
    act(() => notebook.emit('menu-command', { command: 'new-case' }));
    await waitFor(() => expect(notebook.callsTo('cases.create')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'New case' }));
    await waitFor(() => expect(notebook.callsTo('cases.create')).toHaveLength(2));
    expect(await screen.findByRole('textbox', { name: 'Title' })).toBeTruthy();
  });
});
