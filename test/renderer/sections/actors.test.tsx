import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSection } from './render-section.tsx';

describe('Actors section', () => {
  it('adds an actor with its name, kind and role', async () => {
    const { user, get } = await renderSection('actors');
    expect(screen.getByText('No actors yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add actor' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    await user.keyboard('Wang Hua');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'person');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'spokesperson');
    await waitFor(
      () => expect(get().actors).toMatchObject([{ name: 'Wang Hua', kind: 'person', role: 'spokesperson' }]),
      {
        timeout: 3000,
      },
    );
  });

  it('merges duplicates after a confirmation naming them: references move to the kept actor, the others go to the trash', async () => {
    const { user, get, bridge } = await renderSection('actors', ({ notebook }, caseId) => {
      const keep = notebook.call('actors.create', { caseId, fields: { name: 'Xiaomi' } });
      const dup = notebook.call('actors.create', { caseId, fields: { name: 'Xiaomi Corp.' } });
      notebook.call('actors.create', { caseId, fields: { name: 'Weibo users', kind: 'group' } });
      notebook.call('events.create', { caseId, fields: { on: '2026-01-05', title: 'Apology', actorId: dup.id } });
      void keep;
    });
    await user.click(await screen.findByRole('button', { name: 'Merge duplicates' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Xiaomi for merging' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Xiaomi Corp. for merging' }));
    expect(screen.getByText('2 actors selected.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Merge selected' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('“Xiaomi Corp.” will be merged into “Xiaomi”');
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(get().actors.map((actor) => actor.name)).toEqual(['Xiaomi', 'Weibo users']));
    const kept = get().actors[0]!;
    expect(get().events[0]!.actorId).toBe(kept.id);
    expect(bridge.notebook.call('trash.list', {}).entries.map((entry) => entry.label)).toContain('Xiaomi Corp.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Merge selected' })).toBeNull());
  });

  it('cancelling the confirmation merges nothing', async () => {
    const { user, get } = await renderSection('actors', ({ notebook }, caseId) => {
      notebook.call('actors.create', { caseId, fields: { name: 'A' } });
      notebook.call('actors.create', { caseId, fields: { name: 'B' } });
    });
    await user.click(await screen.findByRole('button', { name: 'Merge duplicates' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select A for merging' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select B for merging' }));
    await user.click(screen.getByRole('button', { name: 'Merge selected' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(get().actors.map((actor) => actor.name)).toEqual(['A', 'B']);
  });
});
