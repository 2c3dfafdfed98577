import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/app/App.tsx';
import { installFakeNotebook } from './fake-bridge.ts';
import type { FakeNotebook } from './fake-bridge.ts';

/** Renders the whole window on a fresh fake notebook; `prepare` fills the notebook first. */
export function renderApp(prepare?: (notebook: FakeNotebook) => void, options: { openCase?: string } = {}) {
  const notebook = installFakeNotebook();
  prepare?.(notebook);
  if (options.openCase) window.localStorage.setItem('casebook.lastCase', options.openCase);
  const user = userEvent.setup();
  const view = render(<App />);
  return { notebook, user, view };
}

export async function openSection(name: string): Promise<void> {
  const tab = await screen.findByRole('tab', { name });
  tab.click();
}

/** Lets pending promise callbacks run (fake bridge answers in a microtask). */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
