import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ActorPicker } from '../../../renderer/features/coding/ActorPicker.tsx';
import { CodingPicker } from '../../../renderer/features/coding/CodingPicker.tsx';
import type { CodingScheme } from '../../../renderer/features/coding/codebook-groups.ts';

function Controlled({ scheme, initial = null }: { scheme: CodingScheme; initial?: string | null }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <>
      <CodingPicker scheme={scheme} value={value} onChange={setValue} />
      <output aria-label="Saved code">{value ?? 'none'}</output>
    </>
  );
}

function definitionOf(select: HTMLElement): HTMLElement {
  return document.getElementById(select.getAttribute('aria-describedby')!)!;
}

describe('coding pickers', () => {
  it('"Strategy" offers the SCCT strategies grouped by posture, and "None"', () => {
    render(<Controlled scheme="scct" />);
    const select = screen.getByRole('combobox', { name: 'Strategy' });
    expect(within(select).getAllByRole('option')[0]!.textContent).toBe('None');
    const groups = Array.from(select.querySelectorAll('optgroup'), (group) => group.label);
    expect(groups).toEqual(['Deny', 'Diminish', 'Rebuild', 'Bolster', 'Base response: information']);
    expect(
      Array.from(select.querySelectorAll('optgroup[label="Rebuild"] option'), (option) => option.textContent),
    ).toEqual(['Compensation', 'Apology']);
  });

  it('shows the chosen strategy’s definition while the picker has focus, and reports the choice', async () => {
    const user = userEvent.setup();
    render(<Controlled scheme="scct" />);
    const select = screen.getByRole('combobox', { name: 'Strategy' });
    expect(definitionOf(select).hidden).toBe(true);
    await user.selectOptions(select, 'Apology');
    expect(screen.getByRole('status', { name: 'Saved code' }).textContent).toBe('apology');
    expect(definitionOf(select).hidden).toBe(false);
    expect(definitionOf(select).textContent).toBe(
      'Apology (Rebuild): Take full responsibility for the crisis and ask stakeholders for forgiveness.',
    );
    await user.selectOptions(select, 'None');
    expect(screen.getByRole('status', { name: 'Saved code' }).textContent).toBe('none');
    expect(definitionOf(select).textContent).toMatch(/^Not coded/);
    await user.unhover(select);
    expect(definitionOf(select).hidden).toBe(false);
    await user.tab();
    expect(definitionOf(select).hidden).toBe(true);
  });

  it('"Benoit strategy" groups by family and shows the definition on hover', async () => {
    const user = userEvent.setup();
    render(<Controlled scheme="benoit" initial="mortification" />);
    const select = screen.getByRole('combobox', { name: 'Benoit strategy' });
    expect(Array.from(select.querySelectorAll('optgroup'), (group) => group.label)).toEqual([
      'Denial',
      'Evasion of responsibility',
      'Reducing offensiveness',
      'Corrective action',
      'Mortification',
    ]);
    await user.hover(select);
    expect(definitionOf(select).hidden).toBe(false);
    expect(definitionOf(select).textContent).toBe('Mortification: Apologize for the act.');
  });

  it('keeps a code from the notebook’s own codebook selectable as itself', () => {
    render(<Controlled scheme="scct" initial="silence" />);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Strategy' });
    expect(select.value).toBe('silence');
    expect(definitionOf(select).textContent).toBe('“silence” is a code from this notebook’s own codebook.');
  });

  it('"Actor" lists the case’s actors and "None"', async () => {
    const user = userEvent.setup();
    let chosen: string | null = 'missing';
    render(
      <ActorPicker
        actors={[
          { id: 'a1', name: 'Xiaomi', kind: 'organization' },
          { id: 'a2', name: 'Lei Jun', kind: 'person' },
        ]}
        value="gone"
        onChange={(id) => (chosen = id)}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Actor' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['None', 'Unknown actor', 'Xiaomi', 'Lei Jun']);
    await user.selectOptions(select, 'Lei Jun');
    expect(chosen).toBe('a2');
  });
});
