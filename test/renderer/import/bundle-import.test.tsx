import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tempNotebook } from '../../helpers/temp-notebook.ts';
import { renderShell } from '../shell/render-shell.tsx';

function chooseFiles(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  fireEvent.change(input);
}

describe('importing a Casebook bundle from the window', () => {
  it('imports the case of a .json bundle, opens it and says how many cases came in', async () => {
    const elsewhere = tempNotebook();
    const { caseId } = elsewhere.call('notebook.addSample', {});
    const bundle = JSON.stringify(elsewhere.call('bundles.exportCase', { id: caseId }));
    const { user, notebook } = renderShell();
    const welcome = await screen.findByRole('region', { name: 'Welcome to Casebook' });
    await user.click(within(welcome).getByRole('button', { name: 'Import an article' }));
    chooseFiles(screen.getByLabelText<HTMLInputElement>('Article files to import'), [
      new File([bundle], 'xiaomi.casebook.json', { type: 'application/json' }),
    ]);
    const notifications = screen.getByRole('region', { name: 'Notifications' });
    await waitFor(() => expect(notifications.textContent).toMatch(/Imported 1 case from “xiaomi\.casebook\.json”/), {
      timeout: 5000,
    });
    expect(notebook.call('cases.get', { id: caseId }).issueRows.length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Xiaomi/));
  });

  it('refuses JSON that is not a Casebook bundle, and imports nothing', async () => {
    const { notebook } = renderShell();
    await screen.findByRole('region', { name: 'Welcome to Casebook' });
    chooseFiles(screen.getByLabelText<HTMLInputElement>('Article files to import'), [
      new File(['[{"type":"article-journal","title":"A CSL item"}]'], 'refs.json', { type: 'application/json' }),
      new File(['{ not json'], 'broken.json', { type: 'application/json' }),
    ]);
    const notifications = screen.getByRole('region', { name: 'Notifications' });
    await waitFor(() =>
      expect(notifications.textContent).toMatch(/“refs\.json” is not a Casebook case or notebook bundle/),
    );
    await waitFor(() => expect(notifications.textContent).toMatch(/“broken\.json” is not valid JSON/));
    expect(notebook.call('cases.list', {}).cases).toHaveLength(0);
  });
});
