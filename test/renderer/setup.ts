import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetSaveQueue } from '../../renderer/save-queue.ts';

// jsdom lays nothing out: give elements a size so the virtualized case list renders its rows.
for (const [property, size] of [
  ['offsetHeight', 720],
  ['offsetWidth', 280],
  ['clientHeight', 720],
  ['clientWidth', 280],
] as const) {
  Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => size });
}
if (!('scrollTo' in HTMLElement.prototype))
  Object.defineProperty(HTMLElement.prototype, 'scrollTo', { value: () => undefined });
if (typeof CSS === 'undefined' || typeof CSS.escape !== 'function') {
  Object.defineProperty(globalThis, 'CSS', {
    configurable: true,
    value: { escape: (value: string) => value.replace(/["\\]/g, '\\$&') },
  });
}

beforeEach(() => {
  window.localStorage.clear();
  resetSaveQueue();
});

afterEach(() => {
  cleanup();
});
