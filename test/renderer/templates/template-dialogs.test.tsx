import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderShell } from '../shell/render-shell.tsx';

describe('New case from template', () => {
  it('is offered on the welcome page, previews each template, and creates the case from the chosen one', async () => {
    const { user, notebook } = renderShell();
    await user.click(await screen.findByRole('button', { name: 'Start from a template…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New case from template' });
    const choices = await within(dialog).findAllByRole('radio');
    expect(choices.map((choice) => choice.closest('label')?.textContent)).toEqual([
      'PR crisis',
      'Product recall',
      'Data breach',
      'Influencer / KOL marketing incident',
      'Operational outage post-incident review',
    ]);
    expect(within(dialog).getByRole('region', { name: 'Preview of PR crisis' }).textContent).toContain(
      'Navigating the fallout: apologies and damage control',
    );
    // arrow keys move between templates, as in any radio group; the preview follows
    choices[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const preview = await within(dialog).findByRole('region', { name: 'Preview of Data breach' });
    expect(preview.textContent).toContain('Detection and disclosure');
    expect(preview.textContent).toContain(
      'Timeline to expect: Trigger, Allegation, Response, Apology, Corrective action, Resolution',
    );
    expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Title' }).placeholder).toBe(
      '[Organization] data breach ([year])',
    );
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Acme breach');
    await user.click(within(dialog).getByRole('button', { name: 'Create case' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New case from template' })).toBeNull());
    const [created] = notebook.call('cases.list', {}).cases;
    expect(created?.title).toBe('Acme breach');
    const document = notebook.call('cases.get', { id: created!.id });
    expect(document.narrative.text).toContain('Detection and disclosure');
    expect(document.issueRows.every((row) => row.status === 'suggested' && row.issue.startsWith('Prompt: '))).toBe(
      true,
    );
    expect(await screen.findByRole('heading', { name: 'Acme breach' })).toBeTruthy();
  });
});

describe('Save as template', () => {
  it('saves the open case’s structure under a name, refuses a taken name, and the new template can be deleted after asking', async () => {
    const { user, notebook } = renderShell(({ notebook }) => ({
      openCase: notebook.call('cases.create', { templateId: 'outage-review', title: 'CDN outage' }).id,
    }));
    await user.click(await screen.findByRole('button', { name: 'Save as template…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Save as template' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Template name' }), 'Data breach{Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'name: there is already a template named "Data breach"; choose another name.',
    );
    const name = within(dialog).getByRole('textbox', { name: 'Template name' });
    await user.clear(name);
    await user.type(name, 'Our outage review{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Save as template' })).toBeNull());
    const saved = notebook
      .call('templates.list', {})
      .templates.find((template) => template.name === 'Our outage review');
    expect(saved?.body.sections.map((part) => part.heading)).toContain('Root cause and contributing factors');

    await user.keyboard('{Control>}p{/Control}');
    await user.keyboard('New case from template{Enter}');
    dialog = await screen.findByRole('dialog', { name: 'New case from template' });
    await user.click(await within(dialog).findByRole('radio', { name: /Our outage review/ }));
    expect(within(dialog).getByRole('region', { name: 'Preview of Our outage review' }).textContent).toContain(
      'Saved from the case “CDN outage”',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete template' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete template?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete template' }));
    await waitFor(() => expect(within(dialog).queryByRole('radio', { name: /Our outage review/ })).toBeNull());
    expect(notebook.call('templates.list', {}).templates).toHaveLength(5);
  });
});
