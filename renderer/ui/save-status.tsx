import { useSaveState } from '../save-queue.ts';

/** The one status region of the window: "Saving…" while anything is unwritten, "Saved" once it returned. */
export function SaveStatus() {
  const state = useSaveState();
  const text =
    state.phase === 'saving'
      ? 'Saving…'
      : state.phase === 'saved'
        ? 'Saved'
        : state.phase === 'error'
          ? `Not saved: ${state.message ?? ''}`
          : '';
  return (
    <div
      role="status"
      className={`save-status save-status-${state.phase}`}
      title={state.phase === 'error' ? (state.message ?? '') : undefined}
    >
      {state.phase !== 'idle' && <span className="save-status-dot" aria-hidden="true" />}
      {text}
    </div>
  );
}
