import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ServiceBridge } from '../service-bridge.ts';
import { addSource, listedTitles, renderLibrary } from './library-harness.tsx';

interface Seeded {
  sourceId: string;
  caseId: string;
  otherCaseId: string;
  rowId: string;
  quoteId: string;
  factId: string;
}

/** One source cited by a row and a quote of one case and a fact of another. */
function seedCited(bridge: ServiceBridge, into: Partial<Seeded>): void {
  const sourceId = addSource(bridge, { title: 'Xiaomi denies paying KOLs', publisher: 'Caixin', kind: 'news' });
  const caseId = bridge.notebook.call('cases.create', { title: 'KOL controversy' }).id;
  const otherCaseId = bridge.notebook.call('cases.create', { title: 'Rival phone launch' }).id;
  const row = bridge.notebook.call('issueRows.create', { caseId, fields: { issue: 'Smear campaign claims' } });
  const quote = bridge.notebook.call('quotes.create', {
    caseId,
    fields: { text: 'We never paid anyone to attack rivals.' },
  });
  const fact = bridge.notebook.call('facts.create', {
    caseId: otherCaseId,
    fields: { statement: '120 accounts were suspended' },
  });
  bridge.notebook.call('citations.add', {
    target: { kind: 'issueRow', id: row.id },
    citation: { sourceId, locator: null },
  });
  bridge.notebook.call('citations.add', {
    target: { kind: 'quote', id: quote.id },
    citation: { sourceId, locator: 'para. 4' },
  });
  bridge.notebook.call('citations.add', {
    target: { kind: 'fact', id: fact.id },
    citation: { sourceId, locator: null },
  });
  addSource(bridge, { title: 'An uncited blog post', kind: 'other' });
  Object.assign(into, { sourceId, caseId, otherCaseId, rowId: row.id, quoteId: quote.id, factId: fact.id });
}

async function openSource(user: ReturnType<typeof renderLibrary>['user'], title: string): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: new RegExp(title) }));
  return screen.findByRole('region', { name: `Source: ${title}` });
}

describe('a source in the library', () => {
  it('shows what the chosen Admiralty grades mean and stores them', async () => {
    const seeded: Partial<Seeded> = {};
    const { user, bridge } = renderLibrary((b) => seedCited(b, seeded));
    const detail = await openSource(user, 'Xiaomi denies paying KOLs');
    const reliability = within(detail).getByRole('combobox', { name: 'Reliability' });
    const credibility = within(detail).getByRole('combobox', { name: 'Credibility' });
    expect(reliability).toHaveProperty('value', '');
    expect(within(detail).getByTestId('reliability-meaning').textContent).toBe('Not graded');

    await user.selectOptions(reliability, 'B Usually reliable');
    expect(within(detail).getByTestId('reliability-meaning').textContent).toBe('Usually reliable');
    await user.selectOptions(credibility, '2 Probably true');
    expect(within(detail).getByTestId('credibility-meaning').textContent).toBe('Probably true');
    await user.selectOptions(credibility, '6 Truth cannot be judged');
    expect(within(detail).getByTestId('credibility-meaning').textContent).toBe('Truth cannot be judged');

    await waitFor(() =>
      expect(bridge.notebook.call('sources.get', { id: seeded.sourceId! })).toMatchObject({
        reliability: 'B',
        credibility: 6,
      }),
    );
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Xiaomi denies paying KOLs/ }).textContent).toContain('B6'),
    );
  });

  it('saves edited metadata after typing stops, and says why a bad value is not saved', async () => {
    const seeded: Partial<Seeded> = {};
    const { user, bridge } = renderLibrary((b) => seedCited(b, seeded));
    const detail = await openSource(user, 'Xiaomi denies paying KOLs');
    const publisher = within(detail).getByRole('textbox', { name: 'Publisher' });
    await user.clear(publisher);
    await user.type(publisher, 'Caixin Global');
    const language = within(detail).getByRole('textbox', { name: 'Language' });
    await user.type(language, 'chinese!');
    expect(await within(detail).findByText('“chinese!” is not a language tag like “zh” or “en-GB”.')).toBeTruthy();
    await waitFor(
      () => expect(bridge.notebook.call('sources.get', { id: seeded.sourceId! }).publisher).toBe('Caixin Global'),
      {
        timeout: 3000,
      },
    );
    expect(bridge.notebook.call('sources.get', { id: seeded.sourceId! }).language).toBeNull();
    await user.clear(language);
    await user.type(language, 'zh');
    expect(language).toHaveProperty('value', 'zh');
    expect(within(detail).queryByText(/is not a language tag/)).toBeNull();
    // Still in the field: saved once typing has stopped for a moment.
    await waitFor(() => expect(bridge.notebook.call('sources.get', { id: seeded.sourceId! }).language).toBe('zh'), {
      timeout: 3000,
    });
    expect(document.activeElement).toBe(language);
  });

  it('lists where it is cited by case, and each place opens its case at that item', async () => {
    const seeded: Partial<Seeded> = {};
    const { user, onOpenCase } = renderLibrary((b) => seedCited(b, seeded));
    const detail = await openSource(user, 'Xiaomi denies paying KOLs');
    const citedBy = within(detail).getByRole('region', { name: 'Cited by' });
    await within(citedBy).findByRole('heading', { name: 'KOL controversy' });
    expect(within(citedBy).getByRole('heading', { name: 'Rival phone launch' })).toBeTruthy();
    expect(within(citedBy).getByText('· para. 4')).toBeTruthy();

    await user.click(within(citedBy).getByRole('button', { name: 'Quote: We never paid anyone to attack rivals.' }));
    expect(onOpenCase).toHaveBeenLastCalledWith({ caseId: seeded.caseId, kind: 'quote', itemId: seeded.quoteId });
    await user.click(within(citedBy).getByRole('button', { name: /^Row: Smear campaign claims/ }));
    expect(onOpenCase).toHaveBeenLastCalledWith({ caseId: seeded.caseId, kind: 'issueRow', itemId: seeded.rowId });
    await user.click(within(citedBy).getByRole('button', { name: /^Fact: 120 accounts/ }));
    expect(onOpenCase).toHaveBeenLastCalledWith({ caseId: seeded.otherCaseId, kind: 'fact', itemId: seeded.factId });

    const uncited = await openSource(user, 'An uncited blog post');
    expect(await within(uncited).findByText('Not cited in any case yet.')).toBeTruthy();
  });

  it('asks before deleting a cited source, saying where it is cited, and Undo brings it back', async () => {
    const seeded: Partial<Seeded> = {};
    const { user, bridge } = renderLibrary((b) => seedCited(b, seeded));
    let detail = await openSource(user, 'Xiaomi denies paying KOLs');
    await user.click(within(detail).getByRole('button', { name: 'Delete source' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete a cited source?' });
    expect(dialog.textContent).toContain(
      'Cited by 3 items in 2 cases: “KOL controversy” (2), “Rival phone launch” (1)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.notebook.call('sources.get', { id: seeded.sourceId! }).title).toBe('Xiaomi denies paying KOLs');

    detail = screen.getByRole('region', { name: 'Source: Xiaomi denies paying KOLs' });
    await user.click(within(detail).getByRole('button', { name: 'Delete source' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete a cited source?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete source' }));
    const toast = await screen.findByText('The source “Xiaomi denies paying KOLs” moved to the trash.');
    await waitFor(() => expect(listedTitles()).toEqual(['An uncited blog post']));
    expect(screen.queryByRole('region', { name: /^Source:/ })).toBeNull();

    await user.click(within(toast.parentElement!).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(listedTitles()).toHaveLength(2));
    expect(bridge.notebook.call('sources.usage', { id: seeded.sourceId! }).uses).toHaveLength(3);
  });

  it('deletes a source nothing cites without asking', async () => {
    const seeded: Partial<Seeded> = {};
    const { user } = renderLibrary((b) => seedCited(b, seeded));
    const detail = await openSource(user, 'An uncited blog post');
    await user.click(within(detail).getByRole('button', { name: 'Delete source' }));
    expect(await screen.findByText('The source “An uncited blog post” moved to the trash.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(listedTitles()).toEqual(['Xiaomi denies paying KOLs']));
  });
});
