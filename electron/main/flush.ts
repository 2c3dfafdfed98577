export const FLUSH_TIMEOUT_MS = 3000;

export type FlushOutcome = 'flushed' | 'timed-out' | 'gone';

export interface FlushCoordinator {
  /** Asks the window to write everything pending and resolves when it says so, or after the timeout. */
  request(): Promise<FlushOutcome>;
  /** The window's answer to request number `requestId`. */
  acknowledge(requestId: number): void;
  /** The window went away: nothing more will be acknowledged. */
  abandon(): void;
}

/**
 * Pairs "flush" requests to the window with its "flushed" answers. The timeout is a safety net: a window
 * that hangs must not keep the app from closing, and by then its edits were already saved as typed.
 */
export function createFlushCoordinator(
  send: (requestId: number) => boolean,
  timeoutMs = FLUSH_TIMEOUT_MS,
): FlushCoordinator {
  let nextRequestId = 1;
  const pending = new Map<number, (outcome: FlushOutcome) => void>();

  return {
    request() {
      const requestId = nextRequestId++;
      return new Promise<FlushOutcome>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(requestId);
          resolve('timed-out');
        }, timeoutMs);
        pending.set(requestId, (outcome) => {
          clearTimeout(timer);
          pending.delete(requestId);
          resolve(outcome);
        });
        if (!send(requestId)) pending.get(requestId)?.('gone');
      });
    },
    acknowledge(requestId) {
      pending.get(requestId)?.('flushed');
    },
    abandon() {
      for (const finish of [...pending.values()]) finish('gone');
    },
  };
}
