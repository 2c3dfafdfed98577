import type { KeyboardEvent } from 'react';
import { isPlainEnter } from './ime.ts';

/** A key handler for a field where Enter (alone, outside composition) saves what was typed at once. */
export function commitOnEnter(form: { readonly commitNow: () => void }) {
  return (event: KeyboardEvent<HTMLElement>): void => {
    if (!isPlainEnter(event)) return;
    event.preventDefault();
    form.commitNow();
  };
}
