import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stopNotebookGrowth } from '../../helpers/notebook-files.ts';
import { renderShell } from './render-shell.tsx';

describe('a full disk while editing', () => {
  it('says the change was not saved and keeps the typed text in the window', async () => {
    const { user, notebook } = renderShell(({ notebook }) => ({
      openCase: notebook.call('cases.create', { title: 'Outage' }).id,
    }));
    const summary = await screen.findByRole('textbox', { name: 'Summary' });
    stopNotebookGrowth(notebook);
    const typed = 'The outage lasted four hours. '.repeat(300);
    await user.click(summary);
    await user.paste(typed);
    await waitFor(
      () =>
        expect(
          screen
            .getAllByRole('status')
            .map((status) => status.textContent)
            .join(' '),
        ).toMatch(/Not saved: The disk is full/),
      { timeout: 5000 },
    );
    expect((summary as HTMLTextAreaElement).value).toBe(typed);
    const [saved] = notebook.call('cases.list', {}).cases;
    expect(notebook.call('cases.get', { id: saved!.id }).case.summary).toBe('');
  });
});
