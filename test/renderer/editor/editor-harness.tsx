import { act, render, screen } from '@testing-library/react';
import type { LexicalEditor } from 'lexical';
import { NarrativeEditor } from '../../../renderer/editor/NarrativeEditor.tsx';
import { flushAllWrites } from '../../../renderer/save-queue.ts';
import { installServiceBridge } from '../service-bridge.ts';

// jsdom has neither: Lexical's clipboard helpers test events against them.
// Lexical tells them apart by constructor name, so each stand-in carries its own.
class ClipboardEventStandIn extends Event {}
class DragEventStandIn extends Event {}
Object.defineProperty(ClipboardEventStandIn, 'name', { value: 'ClipboardEvent' });
Object.defineProperty(DragEventStandIn, 'name', { value: 'DragEvent' });
for (const [name, standIn] of [
  ['ClipboardEvent', ClipboardEventStandIn],
  ['DragEvent', DragEventStandIn],
] as const) {
  if (!(name in globalThis)) Object.defineProperty(globalThis, name, { configurable: true, value: standIn });
}

/** Lexical keeps its editor on the editable element; tests drive it there like the plugins do. */
export function editorOf(element: HTMLElement): LexicalEditor {
  const editor = (element as HTMLElement & { __lexicalEditor?: LexicalEditor }).__lexicalEditor;
  if (!editor) throw new Error('The element is not a Lexical editor root');
  return editor;
}

/** The narrative editor on a real temporary notebook, for a case made empty or from the sample. */
export async function renderNarrative({ sample = false } = {}) {
  const bridge = installServiceBridge();
  const caseId = sample
    ? bridge.notebook.call('notebook.addSample', {}).caseId
    : bridge.notebook.call('cases.create', { title: 'Test case' }).id;
  const document = bridge.notebook.call('cases.get', { id: caseId });
  window.casebook.onFlushRequest(flushAllWrites); // as the app does at start
  const view = render(
    <NarrativeEditor caseId={caseId} initialState={document.narrative.lexical} placeholder="Tell the story" />,
  );
  const textbox = await screen.findByRole('textbox', { name: 'Narrative' });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return { ...view, bridge, caseId, document, textbox, editor: editorOf(textbox) };
}

export function savedNarrative(bridge: ReturnType<typeof installServiceBridge>, caseId: string) {
  return bridge.notebook.call('cases.get', { id: caseId }).narrative;
}
