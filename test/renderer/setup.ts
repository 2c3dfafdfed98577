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
// Lexical scrolls the caret into view after a selection update; jsdom's Range has no geometry.
const emptyRect = (): DOMRect => new DOMRect(0, 0, 0, 0);
if (typeof Range.prototype.getBoundingClientRect !== 'function')
  Object.defineProperty(Range.prototype, 'getBoundingClientRect', { configurable: true, value: emptyRect });
if (typeof Range.prototype.getClientRects !== 'function')
  Object.defineProperty(Range.prototype, 'getClientRects', {
    configurable: true,
    value: () => Object.assign([] as DOMRect[], { item: () => null }),
  });
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
