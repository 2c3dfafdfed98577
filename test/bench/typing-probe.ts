import type { BrowserContext, Locator, Page } from 'playwright-core';

/** One keystroke's latency, in milliseconds from the keydown event's timeStamp. */
export interface KeystrokeSample {
  /** …to the start of the next animation frame (requestAnimationFrame) after the key's events ran. */
  readonly frame: number;
  /** …to the first task after that frame, i.e. after its style, layout and paint: keystroke-to-paint. */
  readonly painted: number;
}

interface ProbeGlobal {
  __typingProbe: {
    readonly samples: KeystrokeSample[];
    reset(): void;
    /** Resolves once `count` samples were taken since the last reset. */
    waitFor(count: number): Promise<void>;
  };
  addEventListener(type: 'keydown', listener: (event: { timeStamp: number }) => void, capture: boolean): void;
  requestAnimationFrame(callback: (time: number) => void): number;
  MessageChannel: new () => {
    port1: { onmessage: (() => void) | null };
    port2: { postMessage(message: unknown): void };
  };
  performance: { now(): number };
}

/**
 * Runs in the page before its own scripts. A capture listener on the window sees every keydown first;
 * the next animation frame runs after the key's keydown, beforeinput and input handlers and the editor's
 * microtasks (Lexical commits its updates in a microtask); a message posted from that frame arrives after
 * the frame was laid out and painted.
 */
function installTypingProbe(): void {
  const page = globalThis as unknown as ProbeGlobal;
  const samples: KeystrokeSample[] = [];
  let waiters: { count: number; resolve: () => void }[] = [];
  const channel = new page.MessageChannel();
  let afterPaint: (() => void) | null = null;
  channel.port1.onmessage = () => {
    const callback = afterPaint;
    afterPaint = null;
    callback?.();
  };

  page.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp > 0 ? event.timeStamp : page.performance.now();
      page.requestAnimationFrame(() => {
        const frame = page.performance.now() - start;
        afterPaint = () => {
          samples.push({ frame, painted: page.performance.now() - start });
          waiters = waiters.filter((waiter) => {
            if (samples.length < waiter.count) return true;
            waiter.resolve();
            return false;
          });
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );

  Object.defineProperty(page, '__typingProbe', {
    value: {
      samples,
      reset() {
        samples.length = 0;
      },
      waitFor(count: number) {
        if (samples.length >= count) return Promise.resolve();
        return new Promise<void>((resolve) => waiters.push({ count, resolve }));
      },
    },
  });
}

/** Installs the probe in every page the context opens from now on (call before the page loads). */
export async function addTypingProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(installTypingProbe);
}

const TYPED_TEXT = 'and the spokesperson said the company would review every complaint within a week ';

/** Puts the caret at the end of `paragraph` (a one-line block) by clicking it and pressing End. */
export async function caretAtEndOf(paragraph: Locator): Promise<void> {
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await paragraph.page().keyboard.press('End');
}

/** The first `count` characters the benchmark types, in order (it cycles through one sentence). */
export function typedText(count: number): string {
  let text = '';
  while (text.length < count) text += TYPED_TEXT;
  return text.slice(0, count);
}

export interface TypingOptions {
  readonly keystrokes: number;
  /** How many characters were typed before: typing continues the same sentence from there. */
  readonly typedBefore?: number;
  /** Idle time between keystrokes, as between a person's keys (the probe's frames never overlap). */
  readonly pauseMs?: number;
}

/**
 * Types `keystrokes` single characters where the caret is, one at a time, each after the previous one
 * was painted, and returns each keystroke's latency.
 */
export async function typeAndMeasure(
  page: Page,
  { keystrokes, typedBefore = 0, pauseMs = 40 }: TypingOptions,
): Promise<KeystrokeSample[]> {
  const text = typedText(typedBefore + keystrokes).slice(typedBefore);
  await page.evaluate(() => (globalThis as unknown as ProbeGlobal).__typingProbe.reset());
  for (let index = 0; index < keystrokes; index += 1) {
    await page.keyboard.type(text.charAt(index));
    await page.evaluate((count) => (globalThis as unknown as ProbeGlobal).__typingProbe.waitFor(count), index + 1);
    if (pauseMs > 0) await page.waitForTimeout(pauseMs);
  }
  return page.evaluate(() => [...(globalThis as unknown as ProbeGlobal).__typingProbe.samples]);
}

/** The q-quantile (0..1) of `values`, by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}
