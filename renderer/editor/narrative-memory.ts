import type { SerializedEditorState } from 'lexical';

/**
 * The state the editor last committed, per case, for a few seconds: if the Narrative tab is shown again
 * before the notebook's copy of the case came back with that save, the editor opens on what was typed,
 * not on the older document.
 */
const RECENT_MS = 10_000;
const recent = new Map<string, { state: SerializedEditorState; at: number }>();

export function rememberNarrative(caseId: string, state: SerializedEditorState): void {
  recent.set(caseId, { state, at: Date.now() });
}

export function recentNarrative(caseId: string): SerializedEditorState | null {
  const entry = recent.get(caseId);
  if (entry === undefined) return null;
  if (Date.now() - entry.at > RECENT_MS) {
    recent.delete(caseId);
    return null;
  }
  return entry.state;
}
