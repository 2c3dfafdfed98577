import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { redoLastEdit, undoLastEdit } from '../../../renderer/edit-history.ts';
import { renderSection } from './render-section.tsx';

function shownLessons(): string[] {
  return screen.getAllByRole('textbox', { name: /^Lesson \d+$/ }).map((field) => (field as HTMLTextAreaElement).value);
}

describe('Lessons section', () => {
  it('adds lessons in order', async () => {
    const { user, get } = await renderSection('lessons');
    expect(screen.getByText('No lessons yet.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add lesson' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Lesson 1' }));
    await user.keyboard('Vet the agencies you pay.');
    await waitFor(() => expect(get().lessons.map((lesson) => lesson.text)).toEqual(['Vet the agencies you pay.']), {
      timeout: 3000,
    });
    await user.click(screen.getByRole('button', { name: 'Add lesson' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Lesson 2' }));
    await user.keyboard('Apologize early.{Enter}');
    await waitFor(
      () =>
        expect(get().lessons.map((lesson) => lesson.text)).toEqual(['Vet the agencies you pay.', 'Apologize early.']),
      {
        timeout: 3000,
      },
    );
  });

  it('reorders with Alt+Arrow keys, keeping the focus in the moved lesson, and undo puts it back', async () => {
    const { user, get } = await renderSection('lessons', ({ notebook }, caseId) => {
      for (const text of ['One', 'Two', 'Three']) notebook.call('lessons.create', { caseId, fields: { text } });
    });
    await waitFor(() => expect(shownLessons()).toEqual(['One', 'Two', 'Three']));
    await user.click(screen.getByRole('textbox', { name: 'Lesson 3' }));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(get().lessons.map((lesson) => lesson.text)).toEqual(['One', 'Three', 'Two']));
    expect(shownLessons()).toEqual(['One', 'Three', 'Two']);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Lesson 2' }));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(get().lessons.map((lesson) => lesson.text)).toEqual(['Three', 'One', 'Two']));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Lesson 1' }));
    expect(screen.getByRole('button', { name: 'Move lesson 1 up' }).hasAttribute('disabled')).toBe(true);
    await undoLastEdit();
    await waitFor(() => expect(shownLessons()).toEqual(['One', 'Three', 'Two']));
    await redoLastEdit();
    await waitFor(() => expect(shownLessons()).toEqual(['Three', 'One', 'Two']));
  });

  it('moves with the buttons, and deletes to the trash with Undo', async () => {
    const { user, get } = await renderSection('lessons', ({ notebook }, caseId) => {
      for (const text of ['One', 'Two']) notebook.call('lessons.create', { caseId, fields: { text } });
    });
    await user.click(await screen.findByRole('button', { name: 'Move lesson 1 down' }));
    await waitFor(() => expect(get().lessons.map((lesson) => lesson.text)).toEqual(['Two', 'One']));
    await user.click(screen.getByRole('button', { name: 'Delete lesson 1' }));
    await waitFor(() => expect(get().lessons.map((lesson) => lesson.text)).toEqual(['One']));
    await waitFor(() => expect(shownLessons()).toEqual(['One']));
    expect(screen.getByText('Lesson 1 moved to the trash.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownLessons()).toEqual(['Two', 'One']));
  });
});
