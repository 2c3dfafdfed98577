import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CasebookError } from '../../shared/contract/result.ts';
import { renderApp, settle } from './render-app.tsx';

function setup() {
  let caseId = '';
  const app = renderApp(
    (notebook) => {
      caseId = notebook.addCase({ id: 'case-a', title: 'Baby formula recall' }).case.id;
    },
    { openCase: 'case-a' },
  );
  return { ...app, caseId };
}

describe('overview autosave', () => {
  it('saves a title edit only after the typing pauses, showing Saving… then Saved', async () => {
    const { notebook, user } = setup();
    const title = await screen.findByRole('textbox', { name: 'Title' });
    let open: () => void = () => undefined;
    await user.clear(title);
    await user.type(title, 'Infant formula recall');
    expect(notebook.callsTo('cases.update')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    notebook.gate = new Promise<void>((resolve) => (open = resolve));
    await waitFor(() => expect(notebook.callsTo('cases.update')).toHaveLength(1), { timeout: 2000 });
    await settle(50);
    // The call has not returned yet: still "Saving…".
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    notebook.gate = null;
    open();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(notebook.callsTo('cases.update')[0]!.request).toEqual({
      id: 'case-a',
      patch: { title: 'Infant formula recall' },
    });
    expect(notebook.cases.get('case-a')!.case.title).toBe('Infant formula recall');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Infant formula recall'));
  });

  it('refuses an empty title with a message beside the field and sends nothing', async () => {
    const { notebook, user } = setup();
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await user.clear(title);
    expect(await screen.findByText('A case needs a title.')).toBeTruthy();
    expect(title.getAttribute('aria-invalid')).toBe('true');
    await settle(800);
    expect(notebook.callsTo('cases.update')).toHaveLength(0);
  });

  it('understands dates at their precision and stores ISO partial dates', async () => {
    const { notebook, user } = setup();
    const started = await screen.findByRole('textbox', { name: 'Started on' });
    await user.type(started, 'April 2017');
    expect(await screen.findByText('Month · April 2017')).toBeTruthy();
    await waitFor(() => expect(notebook.callsTo('cases.update')).toHaveLength(1), { timeout: 2000 });
    expect(notebook.callsTo('cases.update')[0]!.request).toEqual({ id: 'case-a', patch: { startedOn: '2017-04' } });

    const ended = screen.getByRole('textbox', { name: 'Ended on' });
    await user.type(ended, '2017-04-09 14:30 +08:00');
    expect(await screen.findByText('Date and time · 9 April 2017, 14:30 +08:00')).toBeTruthy();
    await waitFor(() => expect(notebook.callsTo('cases.update')).toHaveLength(2), { timeout: 2000 });
    expect(notebook.cases.get('case-a')!.case.endedOn).toBe('2017-04-09T14:30+08:00');
  });

  it('shows why a bad date cannot be saved and never sends it', async () => {
    const { notebook, user } = setup();
    const started = await screen.findByRole('textbox', { name: 'Started on' });
    await user.type(started, '2017-02-30');
    expect(await screen.findByText('“2017-02-30” is not a real date.')).toBeTruthy();
    await user.clear(started);
    await user.type(started, 'sometime in spring');
    expect(await screen.findByText(/is not a date\. Try “2017”/)).toBeTruthy();
    await settle(800);
    expect(notebook.callsTo('cases.update')).toHaveLength(0);
  });

  it('keeps the unsaved value in the field and shows the error when saving fails', async () => {
    const { notebook, user } = setup();
    const region = await screen.findByRole('textbox', { name: 'Region' });
    notebook.failNext = {
      procedure: 'cases.update',
      error: new CasebookError('notebook-locked', 'The notebook is locked by another program.'),
    };
    await user.type(region, 'Mainland China');
    await waitFor(
      () =>
        expect(screen.getByRole('status').textContent).toBe('Not saved: The notebook is locked by another program.'),
      { timeout: 2000 },
    );
    await user.tab();
    notebook.emit('tables-changed', { tables: ['cases'] });
    await settle(20);
    expect((region as HTMLInputElement).value).toBe('Mainland China');
    expect(notebook.cases.get('case-a')!.case.region).toBeNull();
  });

  it('saves the status and the approximate box at once', async () => {
    const { notebook, user } = setup();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Status' }), 'review');
    await waitFor(() => expect(notebook.cases.get('case-a')!.case.status).toBe('review'));
    await user.click(screen.getAllByRole('checkbox', { name: 'Approximate' })[0]!);
    await waitFor(() => expect(notebook.cases.get('case-a')!.case.startedApprox).toBe(true));
  });

  it('adds tags with Enter, removes the last with Backspace and any with its button', async () => {
    const { notebook, user } = setup();
    const tags = await screen.findByRole('textbox', { name: 'Tags' });
    await user.type(tags, 'recall{Enter}food safety{Enter}china{Enter}');
    await waitFor(() =>
      expect(notebook.cases.get('case-a')!.case.tags.map((tag) => tag.name)).toEqual([
        'recall',
        'food safety',
        'china',
      ]),
    );
    await user.type(tags, '{Backspace}');
    await waitFor(() =>
      expect(notebook.cases.get('case-a')!.case.tags.map((tag) => tag.name)).toEqual(['recall', 'food safety']),
    );
    await user.click(screen.getByRole('button', { name: 'Remove tag recall' }));
    await waitFor(() =>
      expect(notebook.cases.get('case-a')!.case.tags.map((tag) => tag.name)).toEqual(['food safety']),
    );
  });

  it('codes the crisis type from the codebook, sets its cluster and shows its definition on focus', async () => {
    const { notebook, user } = setup();
    const type = await screen.findByRole('combobox', { name: 'Crisis type' });
    await user.selectOptions(type, 'rumor');
    await waitFor(() =>
      expect(notebook.cases.get('case-a')!.case).toMatchObject({ crisisType: 'rumor', crisisCluster: 'victim' }),
    );
    type.focus();
    const definition = screen.getByText('False and damaging information about the organization is being circulated.');
    expect(definition.hidden).toBe(false);
    expect(type.getAttribute('aria-describedby')).toBe(definition.id);
  });
});
