import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderShell } from '../shell/render-shell.tsx';

const SEED = path.resolve(import.meta.dirname, '../../../../shared/fixtures/seed/xiaomi-kol-2026.txt');

describe('importing an article from the window', () => {
  it('"Import an article" on the welcome page makes a draft case, opens it and reports what was found', async () => {
    const { user, notebook } = renderShell();
    const welcome = await screen.findByRole('region', { name: 'Welcome to Casebook' });
    await user.click(within(welcome).getByRole('button', { name: 'Import an article' }));
    const file = new File([readFileSync(SEED)], 'xiaomi-kol-2026.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('Article files to import'), file);

    const report = await screen.findByRole('dialog', { name: /^Imported “/ }, { timeout: 5000 });
    expect(report.textContent).toMatch(/3 issue \/ response \/ impact rows/);
    expect(report.textContent).toMatch(/1 event, 1 quote, 1 fact/);
    expect(within(report).getByRole('list', { name: 'Import warnings' }).textContent).toMatch(/cut off|incomplete/i);
    await user.click(within(report).getByRole('button', { name: 'Done' }));

    const cases = notebook.call('cases.list', {}).cases;
    expect(cases).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(cases[0]!.title));
  });

  it('refuses a file that is not an article with a message, and imports nothing', async () => {
    const { user, notebook } = renderShell();
    const welcome = await screen.findByRole('region', { name: 'Welcome to Casebook' });
    await user.click(within(welcome).getByRole('button', { name: 'Import an article' }));
    const input = screen.getByLabelText<HTMLInputElement>('Article files to import');
    const image = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png', { type: 'image/png' });
    // A file chooser set to "All files", or a drop: the window checks the file itself.
    Object.defineProperty(input, 'files', { configurable: true, value: [image] });
    fireEvent.change(input);
    const notifications = screen.getByRole('region', { name: 'Notifications' });
    await waitFor(() => expect(notifications.textContent).toMatch(/“photo\.png” is not an article/));
    expect(notebook.call('cases.list', {}).cases).toHaveLength(0);
  });

  it('"New case from pasted text" in the palette imports pasted Markdown', async () => {
    const { user, notebook } = renderShell();
    await screen.findByRole('region', { name: 'Welcome to Casebook' });
    await user.keyboard('{Control>}p{/Control}');
    const palette = await screen.findByRole('dialog');
    await user.keyboard('pasted text');
    await user.click(within(palette).getByRole('option', { name: /New case from pasted text/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New case from pasted text' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Article text' }));
    await user.paste('# Recall of baby formula\n\nThe company recalled 3 batches on 5 January 2026.');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await screen.findByRole('dialog', { name: 'Imported “Recall of baby formula”' });
    const [created] = notebook.call('cases.list', {}).cases;
    const document = notebook.call('cases.get', { id: created!.id });
    expect(document.events).toEqual([expect.objectContaining({ on: '2026-01-05', kind: 'corrective-action' })]);
  });
});
