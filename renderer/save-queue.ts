import { useSyncExternalStore } from 'react';

/**
 * Every write from the window goes through one serial queue, so edits land in the order they were made
 * and the header can say truthfully whether everything is saved. Debounced edits register a "commit now"
 * function here so a flush request (window closing) can push them into the queue and wait for them.
 */
export type SavePhase = 'idle' | 'saving' | 'saved' | 'error';
export interface SaveState {
  readonly phase: SavePhase;
  readonly message: string | null;
}

let tail: Promise<unknown> = Promise.resolve();
let inFlight = 0;
let waiting = 0; // debounced edits not yet in the queue
let lastError: string | null = null;
let anyCompleted = false;
let snapshot: SaveState = { phase: 'idle', message: null };
const subscribers = new Set<() => void>();
const committers = new Set<() => void>();

function publish(): void {
  const phase: SavePhase =
    inFlight + waiting > 0 ? 'saving' : lastError !== null ? 'error' : anyCompleted ? 'saved' : 'idle';
  const message = phase === 'error' ? lastError : null;
  if (phase !== snapshot.phase || message !== snapshot.message) {
    snapshot = { phase, message };
    for (const subscriber of subscribers) subscriber();
  }
}

/** Queues a write after every earlier one; the returned promise settles with the write's own outcome. */
export function enqueueWrite<T>(write: () => Promise<T>): Promise<T> {
  inFlight++;
  publish();
  const run = tail.then(write, write);
  tail = run.then(
    () => {
      inFlight--;
      lastError = null;
      anyCompleted = true;
      publish();
    },
    (error: unknown) => {
      inFlight--;
      lastError = error instanceof Error ? error.message : String(error);
      publish();
    },
  );
  return run;
}

/** A debounced edit is waiting (true) or has left the waiting room (false). */
export function markWaiting(isWaiting: boolean): void {
  waiting += isWaiting ? 1 : -1;
  publish();
}

/** Registers a "commit your pending edit now" function; returns the function that unregisters it. */
export function registerCommitter(commitNow: () => void): () => void {
  committers.add(commitNow);
  return () => committers.delete(commitNow);
}

/** Commits every pending edit and resolves once every write has returned (whatever its outcome). */
export async function flushAllWrites(): Promise<void> {
  for (const commitNow of [...committers]) commitNow();
  let seen: Promise<unknown> | null = null;
  while (seen !== tail) {
    seen = tail;
    await tail.catch(() => undefined);
  }
}

export function useSaveState(): SaveState {
  return useSyncExternalStore(
    (onChange) => {
      subscribers.add(onChange);
      return () => subscribers.delete(onChange);
    },
    () => snapshot,
  );
}

/** For tests: forget everything between renders of a fresh app. */
export function resetSaveQueue(): void {
  tail = Promise.resolve();
  inFlight = 0;
  waiting = 0;
  lastError = null;
  anyCompleted = false;
  committers.clear();
  snapshot = { phase: 'idle', message: null };
}
