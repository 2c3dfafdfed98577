import type { ImportPhase, PushPayload } from '../../../shared/contract/events.ts';
import { CasebookError } from '../../../shared/contract/result.ts';

/**
 * The imports running now, by the id the window chose: how far each has got (pushed to whoever listens:
 * the main process forwards it to the window as 'import-progress') and how to cancel it.
 */
type ProgressListener = (progress: PushPayload<'import-progress'>) => void;

const listeners = new Set<ProgressListener>();
const running = new Map<string, AbortController>();

/** Calls `listener` with every import's progress; returns the function that stops it. */
export function onImportProgress(listener: ProgressListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportImportProgress(importId: string, phase: ImportPhase, fraction: number): void {
  const progress = { importId, phase, fraction: Math.min(1, Math.max(0, fraction)) };
  for (const listener of [...listeners]) listener(progress);
}

export interface ImportJob {
  readonly signal: AbortSignal;
  /** Forgets the job: from now on a cancel is too late. */
  finish(): void;
}

/** Registers a running import; a second import with an id already running is refused. */
export function startImportJob(importId: string): ImportJob {
  if (running.has(importId))
    throw new CasebookError('conflict', `An import with the id “${importId}” is already running.`);
  const controller = new AbortController();
  running.set(importId, controller);
  return {
    signal: controller.signal,
    finish: () => {
      if (running.get(importId) === controller) running.delete(importId);
    },
  };
}

/** imports.cancel: true when the import was still working out what to write (so it will write nothing). */
export function cancelImport(importId: string): boolean {
  const controller = running.get(importId);
  if (controller === undefined) return false;
  running.delete(importId);
  controller.abort();
  return true;
}

export function cancelledError(): CasebookError {
  return new CasebookError('cancelled', 'The import was cancelled; nothing was added to the notebook.');
}
