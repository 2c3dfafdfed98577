import { describe, expect, it } from 'vitest';
import { windowTitleFor } from '../../renderer/app/window-title.ts';

describe('the window title', () => {
  it('names the open notebook without its extension', () => {
    expect(windowTitleFor('/home/ana/Crisis files.casebook', false)).toBe('Crisis files — Casebook');
    expect(windowTitleFor('C:\\Users\\ana\\Notebook (backup 2026-11-25).casebook', false)).toBe(
      'Notebook (backup 2026-11-25) — Casebook',
    );
  });

  it('says when the notebook is read-only', () => {
    expect(windowTitleFor('/media/cd/Archive.casebook', true)).toBe('Archive (read-only) — Casebook');
  });

  it('is just the app name before the notebook is known, and for the default notebook', () => {
    expect(windowTitleFor(undefined, false)).toBe('Casebook');
    expect(windowTitleFor('/home/ana/.config/Casebook/Casebook.casebook', false)).toBe('Casebook');
    expect(windowTitleFor('/home/ana/.config/Casebook/Casebook.casebook', true)).toBe('Casebook (read-only) — Casebook');
  });
});
