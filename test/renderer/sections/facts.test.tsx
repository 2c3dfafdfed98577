import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSection } from './render-section.tsx';

describe('Facts and figures section', () => {
  it('saves a fact with its value, unit and origin', async () => {
    const { user, get } = await renderSection('facts');
    expect(screen.getByText('No facts or figures yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add fact' }));
    await user.keyboard('Brand reputation is about 40% of market value');
    await user.type(screen.getByRole('textbox', { name: 'Value' }), '40');
    await user.type(screen.getByRole('textbox', { name: 'Unit' }), '%');
    await user.type(screen.getByRole('textbox', { name: 'Origin' }), 'Deloitte');
    await user.type(screen.getByRole('textbox', { name: 'Date' }), '2025');
    await waitFor(
      () =>
        expect(get().facts).toMatchObject([
          {
            statement: 'Brand reputation is about 40% of market value',
            value: 40,
            unit: '%',
            origin: 'Deloitte',
            on: '2025',
          },
        ]),
      { timeout: 3000 },
    );
  });

  it('says a value that is not a number is not one, keeps it on screen and does not save it', async () => {
    const { user, get } = await renderSection('facts', ({ notebook }, caseId) => {
      notebook.call('facts.create', { caseId, fields: { statement: 'Fans', value: 12 } });
    });
    const value = await screen.findByRole('textbox', { name: 'Value' });
    await user.clear(value);
    await user.type(value, 'about forty');
    expect(screen.getByText(/“about forty” is not a number/)).toBeTruthy();
    expect(value.getAttribute('aria-invalid')).toBe('true');
    await user.tab();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(get().facts[0]!.value).toBe(12);
    expect((value as HTMLInputElement).value).toBe('about forty');
    await user.clear(value);
    await user.type(value, '1,250,000.5');
    expect(screen.queryByText(/is not a number/)).toBeNull();
    await waitFor(() => expect(get().facts[0]!.value).toBe(1250000.5), { timeout: 3000 });
  });
});
