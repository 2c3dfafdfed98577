import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, FORMAT_TEXT_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';
import { renderNarrative, savedNarrative } from './editor-harness.tsx';

const TOOLBAR_BUTTONS = [
  'Bold',
  'Italic',
  'Underline',
  'Strikethrough',
  'Heading 1',
  'Heading 2',
  'Heading 3',
  'Bulleted list',
  'Numbered list',
  'Quote',
  'Pull quote',
  'Link',
  'Insert table',
  'Insert image',
  'Horizontal rule',
  'Insert citation',
  'Undo',
  'Redo',
];

describe('narrative editor', () => {
  it('is a multi-line textbox named "Narrative" with a toolbar of named buttons', async () => {
    const { textbox } = await renderNarrative();
    expect(textbox.getAttribute('aria-multiline')).toBe('true');
    expect(textbox.getAttribute('contenteditable')).toBe('true');
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    for (const name of TOOLBAR_BUTTONS) expect(within(toolbar).getByRole('button', { name })).toBeTruthy();
    expect(within(toolbar).getByRole('button', { name: 'Bold' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText('Tell the story')).toBeTruthy();
  });

  it('loads the sample narrative with its headings and numbered citation markers', async () => {
    const { document } = await renderNarrative({ sample: true });
    const title = document.sources[0]!.title;
    expect(screen.getByRole('heading', { name: 'What happened' })).toBeTruthy();
    const markers = await screen.findAllByLabelText(`Citation 1: ${title}`);
    expect(markers).toHaveLength(2);
    expect(markers[0]!.textContent).toBe('[1]');
    expect(markers[0]!.tabIndex).toBe(0);
    fireEvent.focus(markers[0]!);
    expect(screen.getByRole('tooltip').textContent).toContain(title);
  });

  it('saves the state and its plain text after the debounce, once', async () => {
    const { editor, bridge, caseId, textbox } = await renderNarrative();
    await act(async () => {
      textbox.focus();
    });
    await act(async () => {
      editor.update(() => {
        $getRoot()
          .clear()
          .append($createParagraphNode().append($createTextNode('First paragraph.')), $createParagraphNode());
        $getRoot().selectEnd();
      });
    });
    await act(async () => {
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold');
      editor.update(() => $getSelection()?.insertText('Second one'));
    });
    expect(bridge.calls.some((call) => call.procedure === 'narrative.save')).toBe(false);
    await waitFor(() => expect(savedNarrative(bridge, caseId).text).toBe('First paragraph.\n\nSecond one'), {
      timeout: 3_000,
    });
    const saved = savedNarrative(bridge, caseId);
    expect(saved.formatVersion).toBe(1);
    expect(JSON.stringify(saved.lexical)).toMatch(/"format":1,[^}]*"text":"Second one"/);
    expect(bridge.calls.filter((call) => call.procedure === 'narrative.save')).toHaveLength(1);
    await waitFor(() => expect(screen.getByText('4 words')).toBeTruthy(), { timeout: 3_000 });
  });

  it('writes the pending narrative at once when the window asks to flush', async () => {
    const { editor, bridge, caseId } = await renderNarrative();
    await act(async () => {
      editor.update(() => {
        $getRoot()
          .clear()
          .append($createParagraphNode().append($createTextNode('Typed just before closing')));
      });
    });
    await act(async () => {
      await bridge.requestFlush();
    });
    expect(savedNarrative(bridge, caseId).text).toBe('Typed just before closing');
  });

  it('saves nothing when only opened', async () => {
    const { bridge } = await renderNarrative({ sample: true });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 900));
    });
    expect(bridge.calls.filter((call) => call.procedure === 'narrative.save')).toHaveLength(0);
  });
});
