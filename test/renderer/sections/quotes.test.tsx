import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSection } from './render-section.tsx';

describe('Quotes section', () => {
  it('saves a quote with its speaker picked from the actors, its original text and language', async () => {
    const { user, get } = await renderSection('quotes', ({ notebook }, caseId) => {
      notebook.call('actors.create', { caseId, fields: { name: 'Wang Hua', kind: 'person' } });
    });
    await user.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Quote' }));
    await user.keyboard('We apologize for the inappropriate collaboration.');
    await user.click(screen.getByRole('combobox', { name: 'Speaker' }));
    await user.keyboard('wan{ArrowDown}');
    expect(screen.getByRole('option', { name: 'Wang Hua' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Original text' }), '我们为不当合作致歉。');
    await user.type(screen.getByRole('textbox', { name: 'Language' }), 'zh');
    await user.type(screen.getByRole('textbox', { name: 'Date' }), '2026-01-05');
    await waitFor(
      () =>
        expect(get().quotes).toMatchObject([
          {
            text: 'We apologize for the inappropriate collaboration.',
            speaker: 'Wang Hua',
            actorId: get().actors[0]!.id,
            original: '我们为不当合作致歉。',
            language: 'zh',
            on: '2026-01-05',
            verbatim: true,
          },
        ]),
      { timeout: 3000 },
    );
  });

  it('says what is wrong with a language tag and does not save it', async () => {
    const { user, get } = await renderSection('quotes', ({ notebook }, caseId) => {
      notebook.call('quotes.create', { caseId, fields: { text: 'No comment.' } });
    });
    await user.type(await screen.findByRole('textbox', { name: 'Language' }), 'Chinese!');
    expect(screen.getByText(/“Chinese!” is not a language tag/)).toBeTruthy();
    await user.tab();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(get().quotes[0]!.language).toBeNull();
  });

  it('"Insert as pull quote" sends the quote to the narrative and switches to it', async () => {
    let sourceId = '';
    const { user } = await renderSection('quotes', ({ notebook }, caseId) => {
      const source = notebook.call('sources.create', {
        fields: { title: 'Sina Tech', url: 'https://tech.sina.com.cn/x' },
      }).source;
      const quote = notebook.call('quotes.create', { caseId, fields: { text: 'We were wrong.', speaker: 'Wang Hua' } });
      notebook.call('citations.add', {
        target: { kind: 'quote', id: quote.id },
        citation: { sourceId: source.id, locator: null },
      });
      sourceId = source.id;
    });
    const received: { name: string; detail: unknown }[] = [];
    const listen = (name: string) => (event: Event) => received.push({ name, detail: (event as CustomEvent).detail });
    const onInsert = listen('casebook:insert-pull-quote');
    const onJump = listen('casebook:jump-to-section');
    window.addEventListener('casebook:insert-pull-quote', onInsert);
    window.addEventListener('casebook:jump-to-section', onJump);
    try {
      await user.click(await screen.findByRole('button', { name: 'Insert as pull quote' }));
    } finally {
      window.removeEventListener('casebook:insert-pull-quote', onInsert);
      window.removeEventListener('casebook:jump-to-section', onJump);
    }
    expect(received).toEqual([
      {
        name: 'casebook:insert-pull-quote',
        detail: { text: 'We were wrong.', speaker: 'Wang Hua', sourceId },
      },
      { name: 'casebook:jump-to-section', detail: { section: 'narrative' } },
    ]);
  });
});
