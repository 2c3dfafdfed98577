import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFlushCoordinator } from '../../electron/main/flush.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createFlushCoordinator', () => {
  it('waits for the window to answer the same request', async () => {
    const sent: number[] = [];
    const flush = createFlushCoordinator((id) => sent.push(id) > 0, 3000);
    let outcome: string | undefined;
    void flush.request().then((value) => (outcome = value));
    expect(sent).toEqual([1]);
    flush.acknowledge(99); // an answer to some other request changes nothing
    await vi.advanceTimersByTimeAsync(1000);
    expect(outcome).toBeUndefined();
    flush.acknowledge(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toBe('flushed');
  });

  it('gives up after the timeout so a hung window cannot block closing', async () => {
    const flush = createFlushCoordinator(() => true, 3000);
    let outcome: string | undefined;
    void flush.request().then((value) => (outcome = value));
    await vi.advanceTimersByTimeAsync(2999);
    expect(outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(outcome).toBe('timed-out');
  });

  it('does not wait when the window is already gone, or goes away while waiting', async () => {
    expect(await createFlushCoordinator(() => false).request()).toBe('gone');
    const flush = createFlushCoordinator(() => true);
    const pending = flush.request();
    flush.abandon();
    expect(await pending).toBe('gone');
  });
});
