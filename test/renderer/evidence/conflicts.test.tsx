import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CaseDocumentContext } from '../../../renderer/features/conflicts/case-document-context.ts';
import { FactsSection } from '../../../renderer/features/case/sections/FactsSection.tsx';
import { QuotesSection } from '../../../renderer/features/case/sections/QuotesSection.tsx';
import { addSource, renderCase } from '../sources/case-harness.tsx';

const QUOTE = 'We never paid any blogger to attack our rivals.';
const FACT = 'Internal invoices show 2.3 million yuan paid to 40 KOL accounts.';
const OTHER_FACT = 'Weibo suspended 40 accounts on 12 January.';

describe('marking conflicting claims', () => {
  it('marks a quote as conflicting with a fact, shows it under both, and removes it', async () => {
    const { user, stored } = renderCase(
      (document) => (
        <CaseDocumentContext.Provider value={document}>
          <QuotesSection document={document} />
          <FactsSection document={document} />
        </CaseDocumentContext.Provider>
      ),
      (bridge, caseId) => {
        bridge.notebook.call('quotes.create', { caseId, fields: { text: QUOTE } });
        bridge.notebook.call('facts.create', { caseId, fields: { statement: FACT } });
        bridge.notebook.call('facts.create', { caseId, fields: { statement: OTHER_FACT } });
      },
    );
    const quotes = await screen.findByRole('list', { name: 'Quotes' });
    const quoteRow = within(quotes).getAllByRole('listitem')[0] as HTMLElement;
    await user.click(within(quoteRow).getByRole('button', { name: /^Conflicts with…/ }));
    const picker = within(quoteRow).getByRole('group', { name: /as conflicting$/ });
    const choice = within(picker).getByRole('combobox', { name: 'Conflicts with' });
    // The quote's own text is not offered; the case's facts are.
    expect(within(choice).queryByRole('option', { name: `“${QUOTE}”` })).toBeNull();
    await user.selectOptions(choice, within(choice).getByRole('option', { name: `“${FACT}”` }));
    await user.type(
      within(picker).getByRole('textbox', { name: 'Note (optional)' }),
      'The invoices contradict the denial',
    );
    await user.click(within(picker).getByRole('button', { name: 'Mark as conflicting' }));

    await waitFor(() => expect(stored().conflicts).toHaveLength(1));
    const document = stored();
    expect(document.conflicts[0]).toEqual({
      a: document.quotes[0]?.id,
      b: document.facts.find((fact) => fact.statement === FACT)?.id,
      note: 'The invoices contradict the denial',
    });
    expect(await within(quoteRow).findByText(`Conflicts with: “${FACT}”`, { exact: false })).toBeTruthy();
    const facts = screen.getByRole('list', { name: 'Facts and figures' });
    const factRow = within(facts)
      .getAllByRole('listitem')
      .find((row) => row.textContent.includes('Conflicts with: “We never paid')) as HTMLElement;
    expect(factRow).toBeTruthy();

    await user.click(within(factRow).getByRole('button', { name: /^Remove the conflict with/ }));
    await waitFor(() => expect(stored().conflicts).toHaveLength(0));
    await waitFor(() => expect(within(quoteRow).queryByText(/Conflicts with: “/)).toBeNull());
  });

  it('says so when there is nothing else to conflict with, and Escape closes the picker', async () => {
    const { user } = renderCase(
      (document) => <QuotesSection document={document} />,
      (bridge, caseId) => {
        bridge.notebook.call('quotes.create', { caseId, fields: { text: QUOTE } });
        addSource(bridge, { title: 'Unused' });
      },
    );
    const quotes = await screen.findByRole('list', { name: 'Quotes' });
    const row = within(quotes).getAllByRole('listitem')[0] as HTMLElement;
    // Rendered without the case page's document: the control reads the case itself.
    await user.click(await within(row).findByRole('button', { name: /^Conflicts with…/ }));
    expect(within(row).getByText('There is no other quote or fact in this case to mark.')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(within(row).queryByRole('group', { name: /as conflicting$/ })).toBeNull();
  });
});
