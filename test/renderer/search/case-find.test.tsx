import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEventDetails } from '../../../renderer/app-events.ts';
import { CaseFindBar } from '../../../renderer/features/case-find/CaseFindBar.tsx';
import { findTerms } from '../../../renderer/features/case-find/reveal-hit.ts';
import { hit, installSearchBridge } from './search-bridge.ts';

const jumps: string[] = [];
function onJump(event: Event): void {
  jumps.push((event as CustomEvent<AppEventDetails['casebook:jump-to-section']>).detail.section);
}
afterEach(() => {
  window.removeEventListener('casebook:jump-to-section', onJump);
  jumps.length = 0;
});

/** The find bar over a stand-in case page whose rows carry the ids the real sections put on them. */
function setup() {
  const bridge = installSearchBridge();
  window.addEventListener('casebook:jump-to-section', onJump);
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(
    <>
      <article className="case-page">
        <ul>
          <li data-event-id="e1">
            <input aria-label="Event title" defaultValue="Apology posted" />
          </li>
          <li data-item-id="q1">
            <textarea aria-label="Quote text" defaultValue="We apologize" />
          </li>
          <li data-lesson-id="l1">
            <textarea aria-label="Lesson" defaultValue="Apologize early" />
          </li>
        </ul>
      </article>
      <CaseFindBar caseId="c1" focusRequest={1} onClose={onClose} />
    </>,
  );
  const input = screen.getByRole('textbox', { name: 'Find in the case' });
  return { ...bridge, onClose, user, input };
}

const count = () => screen.getByRole('status').textContent;
const outlined = () =>
  [...document.querySelectorAll('[data-find-current]')].map((element) => element.outerHTML.slice(0, 24));

describe('find in the case', () => {
  it('searches only the open case and steps through its hits in page order with Enter, Shift+Enter and F3', async () => {
    const { user, input, pending } = setup();
    expect(document.activeElement).toBe(input);
    await user.type(input, 'apolog');
    await waitFor(() => expect(pending).toHaveLength(1));
    expect(pending[0]!.request).toEqual({ query: 'apolog', limit: 200, caseId: 'c1' });
    await act(async () =>
      pending[0]!.answer({
        hits: [
          hit({ caseId: 'c1', kind: 'lesson', id: 'l1' }),
          hit({ caseId: 'c1', kind: 'quote', id: 'q1' }),
          hit({ caseId: 'c1', kind: 'event', id: 'e1' }),
        ],
      }),
    );
    await waitFor(() => expect(count()).toBe('3 matches'));
    await user.keyboard('{Enter}');
    expect(count()).toBe('1 of 3');
    expect(jumps).toEqual(['timeline']);
    await waitFor(() => expect(outlined()).toEqual([expect.stringContaining('data-event-id="e1"')]));
    expect(document.activeElement).toBe(input);
    await user.keyboard('{Enter}');
    expect(count()).toBe('2 of 3');
    await waitFor(() => expect(outlined()).toEqual([expect.stringContaining('data-item-id="q1"')]));
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(count()).toBe('1 of 3');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(count()).toBe('3 of 3');
    expect(jumps).toEqual(['timeline', 'quotes', 'timeline', 'lessons']);
    await user.keyboard('{F3}');
    expect(count()).toBe('1 of 3');
    // F3 works wherever the caret is while the bar is open.
    screen.getByRole('textbox', { name: 'Quote text' }).focus();
    await user.keyboard('{F3}');
    expect(count()).toBe('2 of 3');
  });

  it('closes with Escape, taking the outline away and putting the caret in the hit shown', async () => {
    const { user, input, pending, onClose } = setup();
    await user.type(input, 'apolog');
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(async () => pending[0]!.answer({ hits: [hit({ caseId: 'c1', kind: 'event', id: 'e1' })] }));
    await waitFor(() => expect(count()).toBe('1 match'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(outlined()).toHaveLength(1));
    input.focus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(outlined()).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Event title' })));
  });

  it('says when nothing matches and shows the query’s warning', async () => {
    const { user, input, pending } = setup();
    await user.type(input, 'year:20x');
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(async () => pending[0]!.answer({ hits: [], warnings: ['“20x” is not a year.'] }));
    await waitFor(() => expect(count()).toBe('No matches'));
    expect(screen.getByText('“20x” is not a year.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next match' })).toHaveProperty('disabled', true);
  });
});

describe('what find highlights in the narrative', () => {
  it('looks for the term the snippet marks, then the query’s words and phrases without its syntax', () => {
    const narrative = hit({ caseId: 'c1', kind: 'narrative', snippet: 'the «apology» came late' });
    expect(findTerms(narrative, 'apolog* "black PR" -recall tag:kol year:2026')).toEqual([
      'apology',
      'apolog',
      'black PR',
    ]);
    expect(findTerms(hit({ caseId: 'c1', kind: 'narrative', snippet: 'no marks' }), '小米')).toEqual(['小米']);
  });
});
