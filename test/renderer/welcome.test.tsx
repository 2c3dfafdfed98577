import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app.tsx';

describe('welcome page', () => {
  it('offers a new case, the sample case and the article importer on an empty notebook', async () => {
    renderApp();
    const welcome = await screen.findByRole('region', { name: 'Welcome to Casebook' });
    expect(within(welcome).getByRole('button', { name: 'New case' })).toBeTruthy();
    expect(within(welcome).getByRole('button', { name: 'Open the sample case' })).toBeTruthy();
    const importButton = within(welcome).getByRole<HTMLButtonElement>('button', { name: 'Import an article' });
    expect(importButton.disabled).toBe(false);
    // The sidebar stays usable beside it.
    expect(screen.getByRole('textbox', { name: 'Filter cases' })).toBeTruthy();
  });

  it('adds the sample case and opens it', async () => {
    const { notebook, user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Open the sample case' }));
    expect(notebook.callsTo('notebook.addSample')).toHaveLength(1);
    expect(await screen.findByRole('heading', { level: 1, name: /Xiaomi and the KOL/ })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Cases' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(within(list).getByRole('button', { current: true }).textContent).toMatch(/Xiaomi/);
  });

  it('creates a case from the welcome page and puts the caret in its title', async () => {
    const { notebook, user } = renderApp();
    const welcome = await screen.findByRole('region', { name: 'Welcome to Casebook' });
    await user.click(within(welcome).getByRole('button', { name: 'New case' }));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(notebook.callsTo('cases.create')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Welcome to Casebook' })).toBeNull();
  });

  it('shows a calm empty state, not the welcome page, when cases exist but none is open', async () => {
    renderApp((notebook) => notebook.addCase({ title: 'Existing case' }));
    expect(await screen.findByText('No case open')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open the sample case' })).toBeNull();
  });
});
