import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ImportProgressDialog } from '../../../renderer/features/import/ImportProgressDialog.tsx';
import { renderShell } from '../shell/render-shell.tsx';

const SEED = readFileSync(
  path.resolve(import.meta.dirname, '../../../../shared/fixtures/seed/xiaomi-kol-2026.txt'),
  'utf8',
);

async function chooseFile(user: ReturnType<typeof renderShell>['user'], file: File): Promise<void> {
  const welcome = await screen.findByRole('region', { name: 'Welcome to Casebook' });
  await user.click(within(welcome).getByRole('button', { name: 'Import an article' }));
  await user.upload(screen.getByLabelText('Article files to import'), file);
}

describe('the import progress dialog', () => {
  it('shows the phase and how far the import is, and cancels from its button', async () => {
    const onCancel = vi.fn();
    const user = userEvent.setup();
    render(
      <ImportProgressDialog
        fileLabel="“big.md”"
        progress={{ phase: 'parsing', fraction: 0.3 }}
        cancelling={false}
        onCancel={onCancel}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Importing “big.md”' });
    expect(within(dialog).getByRole('progressbar', { name: 'Import progress' })).toHaveProperty('value', 30);
    expect(within(dialog).getByRole('status').textContent).toBe('Reading the article… 30%');
    // Escape does not stop an import by accident; the focused Cancel button does, from the keyboard too.
    await user.keyboard('{Escape}');
    expect(onCancel).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel import' }));
    await user.keyboard('{Enter}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel import' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('cannot cancel once the case is being written, and says so', () => {
    render(
      <ImportProgressDialog
        fileLabel="“big.md”"
        progress={{ phase: 'writing', fraction: 0.7 }}
        cancelling={false}
        onCancel={vi.fn()}
      />,
    );
    const button = screen.getByRole('button', { name: 'Cancel import' });
    expect(button).toHaveProperty('disabled', true);
    expect(button.title).toMatch(/can no longer be cancelled/);
    expect(screen.getByRole('status').textContent).toBe('Writing the case… 70%');
  });
});

describe('a long import in the window', () => {
  it('shows its progress after a second, and Cancel import leaves the notebook as it was', async () => {
    const { user, notebook, bridge } = renderShell();
    // About 8 MB of Markdown: its parse takes several seconds on the worker thread.
    const big = `# Big\n\n${Array.from({ length: 1600 }, (_, index) => SEED.replaceAll('Xiaomi', `Xiaomi ${index}`)).join('\n\n')}`;
    await chooseFile(user, new File([big], 'big.md', { type: 'text/markdown' }));

    const dialog = await screen.findByRole('dialog', { name: 'Importing “big.md”' }, { timeout: 8000 });
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toMatch(/Reading the article|Finding/), {
      timeout: 8000,
    });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel import' }));

    const notifications = screen.getByRole('region', { name: 'Notifications' });
    await waitFor(
      () => expect(notifications.textContent).toMatch(/import of “big\.md” was cancelled; nothing was added/),
      {
        timeout: 8000,
      },
    );
    expect(screen.queryByRole('dialog', { name: 'Importing “big.md”' })).toBeNull();
    expect(notebook.call('cases.list', {}).cases).toHaveLength(0);
    expect(notebook.call('sources.list', {}).total).toBe(0);
    expect(bridge.calls.map((each) => each.procedure)).toContain('imports.cancel');
  }, 30_000);

  it('refuses a file over 20 MB before reading it, saying how large it is', async () => {
    const { user, notebook } = renderShell();
    const welcome = await screen.findByRole('region', { name: 'Welcome to Casebook' });
    await user.click(within(welcome).getByRole('button', { name: 'Import an article' }));
    const input = screen.getByLabelText<HTMLInputElement>('Article files to import');
    const huge = new File(['x'], 'huge.md', { type: 'text/markdown' });
    Object.defineProperty(huge, 'size', { value: 25 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'arrayBuffer');
    Object.defineProperty(input, 'files', { configurable: true, value: [huge] });
    fireEvent.change(input);
    const notifications = screen.getByRole('region', { name: 'Notifications' });
    await waitFor(() =>
      expect(notifications.textContent).toMatch(/“huge\.md” is 25\.0 MB; Casebook imports articles of up to 20 MB/),
    );
    expect(read).not.toHaveBeenCalled();
    expect(notebook.call('cases.list', {}).cases).toHaveLength(0);
  });
});
