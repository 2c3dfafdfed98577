import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderShell } from '../shell/render-shell.tsx';

const SEED = path.resolve(import.meta.dirname, '../../../../shared/fixtures/seed/xiaomi-kol-2026.txt');

function openImportedSeed() {
  let caseId = '';
  const shell = renderShell(({ notebook }) => {
    caseId = notebook.call('cases.importArticle', {
      fileName: 'xiaomi.txt',
      base64: readFileSync(SEED).toString('base64'),
    }).caseId;
    return { openCase: caseId };
  });
  return { ...shell, caseId: () => caseId };
}

describe('what the importer suggested', () => {
  it('says a quote is suggested until the person confirms it', async () => {
    const { user, notebook, caseId } = openImportedSeed();
    await user.click(await screen.findByRole('tab', { name: /^Quotes/ }));
    const panel = await screen.findByRole('tabpanel', { name: 'Quotes' });
    const suggested = await within(panel).findByRole('group', { name: 'Suggested quote' });
    await user.click(within(suggested).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(notebook.call('cases.get', { id: caseId() }).quotes[0]?.status).toBe('confirmed'));
    await waitFor(() => expect(within(panel).queryByRole('group', { name: 'Suggested quote' })).toBeNull());
  });

  it('dismisses a suggested fact to the trash', async () => {
    const { user, notebook, caseId } = openImportedSeed();
    await user.click(await screen.findByRole('tab', { name: /^Facts and figures/ }));
    const panel = await screen.findByRole('tabpanel', { name: 'Facts and figures' });
    const suggested = await within(panel).findByRole('group', { name: 'Suggested fact' });
    await user.click(within(suggested).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(notebook.call('cases.get', { id: caseId() }).facts).toEqual([]));
    expect(notebook.call('trash.list', {}).entries.map((entry) => entry.kind)).toEqual(['fact']);
  });
});
