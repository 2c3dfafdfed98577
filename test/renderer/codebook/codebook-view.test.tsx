import { screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CrisisFields } from '../../../renderer/features/case/overview/CrisisFields.tsx';
import { CodingPicker } from '../../../renderer/features/coding/CodingPicker.tsx';
import { installServiceBridge } from '../service-bridge.ts';
import { renderShell } from '../shell/render-shell.tsx';

async function openCodebook(user: ReturnType<typeof renderShell>['user']) {
  await user.keyboard('{Control>}p{/Control}');
  const palette = await screen.findByRole('dialog', { name: /command/i });
  await user.keyboard('Edit codebook');
  await user.keyboard('{Enter}');
  await waitFor(() => expect(palette.isConnected).toBe(false));
  return screen.findByRole('dialog', { name: 'Codebook' });
}

describe('the Codebook view', () => {
  it('lists codes by kind with definition and example, and renames one from the keyboard', async () => {
    const { user, notebook } = renderShell(({ notebook }) => {
      const caseId = notebook.call('cases.create', { title: 'Xiaomi' }).id;
      notebook.call('issueRows.create', { caseId, fields: { issue: 'Black PR', strategy: 'apology' } });
      return { openCase: caseId };
    });
    const dialog = await openCodebook(user);
    const scct = await within(dialog).findByRole('region', { name: 'SCCT response strategies' });
    const apology = within(scct).getByRole('listitem', { name: 'Apology' });
    expect(apology.textContent).toContain('Take full responsibility for the crisis');
    expect(apology.textContent).toContain('Example: Xiaomi’s head of PR, Xu Jieyun, apologized');
    expect(apology.textContent).toContain('Rebuild posture');
    expect(apology.textContent).toContain('1 item');
    expect(within(dialog).getByRole('region', { name: 'Crisis types' })).toBeTruthy();
    expect(within(dialog).getByRole('region', { name: 'Benoit image repair strategies' })).toBeTruthy();

    await user.click(within(apology).getByRole('button', { name: 'Edit Apology' }));
    const label = within(apology).getByRole('textbox', { name: 'Label' });
    expect(document.activeElement).toBe(label);
    await user.clear(label);
    await user.type(label, 'Full apology{Enter}');
    const renamed = await within(scct).findByRole('listitem', { name: 'Full apology' });
    expect(renamed.textContent).toContain('Built-in label: Apology');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(renamed).getByRole('button', { name: 'Edit Full apology' })),
    );
    expect(notebook.call('codebook.get', {}).codes.find((code) => code.id === 'apology')?.label).toBe('Full apology');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Codebook' })).toBeNull());
  });

  it('retires and restores a code, and adds a custom strategy with an id suggested from its label', async () => {
    const { user, notebook } = renderShell(({ notebook }) => ({
      openCase: notebook.call('cases.create', { title: 'Case' }).id,
    }));
    const dialog = await openCodebook(user);
    const scct = await within(dialog).findByRole('region', { name: 'SCCT response strategies' });
    const denial = within(scct).getByRole('listitem', { name: 'Denial' });
    await user.click(within(denial).getByRole('button', { name: 'Retire Denial' }));
    await waitFor(() => expect(within(denial).getByText('Retired')).toBeTruthy());
    expect(notebook.call('codebook.get', {}).codes.find((code) => code.id === 'denial')?.retired).toBe(true);
    await user.click(within(denial).getByRole('button', { name: 'Restore Denial' }));
    await waitFor(() => expect(within(denial).queryByText('Retired')).toBeNull());

    const add = within(dialog).getByRole('form', { name: 'Add a code' });
    await user.type(within(add).getByRole('textbox', { name: 'Label' }), 'Fan appreciation');
    expect(within(add).getByRole<HTMLInputElement>('textbox', { name: 'Id' }).value).toBe('fan-appreciation');
    await user.selectOptions(within(add).getByRole('combobox', { name: 'Posture' }), 'Bolster');
    await user.type(within(add).getByRole('textbox', { name: 'Definition' }), 'Thank loyal customers publicly.');
    await user.click(within(add).getByRole('button', { name: 'Add code' }));
    const added = await within(scct).findByRole('listitem', { name: 'Fan appreciation' });
    expect(added.textContent).toContain('Own code');
    expect(added.textContent).toContain('Bolster posture');

    // an id that is not lower-case words joined by hyphens gets a specific error and nothing is added
    await user.type(within(add).getByRole('textbox', { name: 'Label' }), 'Fan appreciation');
    await user.clear(within(add).getByRole('textbox', { name: 'Id' }));
    await user.type(within(add).getByRole('textbox', { name: 'Id' }), 'Fans');
    await user.click(within(add).getByRole('button', { name: 'Add code' }));
    expect((await within(add).findByRole('alert')).textContent).toMatch(/id: is not a code id/);
    expect(notebook.call('codebook.get', {}).codes.filter((code) => !code.builtIn)).toHaveLength(1);
  });
});

describe('coding pickers follow the notebook codebook', () => {
  function optionLabels(select: HTMLElement): string[] {
    return Array.from(select.querySelectorAll('option'), (option) => option.textContent ?? '');
  }

  it('show renamed labels and own codes, and hide retired codes unless already chosen', async () => {
    const { notebook } = installServiceBridge();
    notebook.call('codebook.saveCode', { kind: 'scct-strategy', id: 'apology', label: 'Full apology' });
    notebook.call('codebook.saveCode', {
      kind: 'scct-strategy',
      id: 'fan-praise',
      create: true,
      label: 'Fan praise',
      posture: 'bolster',
    });
    notebook.call('codebook.saveCode', { kind: 'scct-strategy', id: 'silence', create: true, label: 'Silence' });
    notebook.call('codebook.retireCode', { kind: 'scct-strategy', id: 'denial' });
    const view = render(
      <>
        <CodingPicker scheme="scct" value={null} onChange={() => undefined} label="New coding" />
        <CodingPicker scheme="scct" value="denial" onChange={() => undefined} label="Past coding" />
      </>,
    );
    const fresh = view.getByRole('combobox', { name: 'New coding' });
    await waitFor(() => expect(optionLabels(fresh)).toContain('Full apology'));
    expect(optionLabels(fresh)).not.toContain('Apology');
    expect(optionLabels(fresh)).not.toContain('Denial');
    expect(Array.from(fresh.querySelectorAll('optgroup[label="Bolster"] option'), (o) => o.textContent)).toContain(
      'Fan praise',
    );
    expect(
      Array.from(fresh.querySelectorAll('optgroup[label="This notebook’s codes"] option'), (o) => o.textContent),
    ).toEqual(['Silence']);
    const past = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Past coding' });
    expect(optionLabels(past)).toContain('Denial (retired)');
    expect(past.value).toBe('denial');

    // a change in the codebook made through the window reaches the pickers already on screen
    await window.casebook.call('codebook.restoreCode', { kind: 'scct-strategy', id: 'denial' });
    await waitFor(() => expect(optionLabels(fresh)).toContain('Denial'));
  });

  it('crisis type fields show renamed types and hide retired ones unless the case has one', async () => {
    const { notebook } = installServiceBridge();
    notebook.call('codebook.saveCode', { kind: 'crisis-type', id: 'rumor', label: 'False rumour' });
    notebook.call('codebook.retireCode', { kind: 'crisis-type', id: 'challenge' });
    render(
      <>
        <CrisisFields cluster="" type="" onChange={() => undefined} />
        <CrisisFields cluster="accidental" type="challenge" onChange={() => undefined} />
      </>,
    );
    const [fresh, coded] = screen.getAllByRole('combobox', { name: 'Crisis type' });
    await waitFor(() => expect(optionLabels(fresh!)).toContain('False rumour'));
    expect(optionLabels(fresh!)).not.toContain('Rumor');
    expect(optionLabels(fresh!)).not.toContain('Challenge');
    expect(optionLabels(coded!)).toContain('Challenge (retired)');
    expect((coded as HTMLSelectElement).value).toBe('challenge');
  });
});
