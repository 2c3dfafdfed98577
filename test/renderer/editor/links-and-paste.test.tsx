import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { $createHorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import {
  $createNodeSelection,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $setSelection,
  CONTROLLED_TEXT_INSERTION_COMMAND,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { renderNarrative } from './editor-harness.tsx';

async function selectAllText(
  editor: Awaited<ReturnType<typeof renderNarrative>>['editor'],
  textbox: HTMLElement,
  text: string,
) {
  await act(async () => textbox.focus());
  await act(async () => {
    editor.update(() => {
      const node = $createTextNode(text);
      $getRoot().clear().append($createParagraphNode().append(node));
      node.select(0, text.length);
    });
  });
}

function pasteHtml(textbox: HTMLElement, html: string): void {
  const data: Record<string, string> = { 'text/html': html, 'text/plain': 'plain' };
  const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { types: Object.keys(data), files: [], items: [], getData: (type: string) => data[type] ?? '' },
  });
  textbox.dispatchEvent(event);
}

describe('links', () => {
  it('refuses a javascript: link with a message and links an https address', async () => {
    const { editor, textbox } = await renderNarrative();
    await selectAllText(editor, textbox, 'the article');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Link' }));
    const url = screen.getByRole('textbox', { name: 'URL' });
    await user.type(url, 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Add link' }));
    expect(screen.getByRole('alert').textContent).toMatch(/not allowed: only https:\/\/, http:\/\/ and mailto:/);
    expect(textbox.querySelector('a')).toBeNull();

    await user.clear(url);
    await user.type(url, 'example.com/report');
    await user.click(screen.getByRole('button', { name: 'Add link' }));
    await waitFor(() => expect(textbox.querySelector('a')?.getAttribute('href')).toBe('https://example.com/report'));
    expect(textbox.querySelector('a')?.textContent).toBe('the article');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('never navigates on click; Ctrl+click opens through openExternal', async () => {
    const { editor, textbox, bridge } = await renderNarrative();
    await selectAllText(editor, textbox, 'site');
    await act(async () => {
      editor.update(() => undefined);
    });
    const user = userEvent.setup();
    await user.keyboard('{Control>}k{/Control}');
    await user.type(await screen.findByRole('textbox', { name: 'URL' }), 'https://example.org/{Enter}');
    const anchor = await waitFor(() => textbox.querySelector('a') ?? Promise.reject(new Error('no link')));
    const plain = fireEvent.click(anchor);
    expect(plain).toBe(false); // default prevented: the window does not navigate
    expect(bridge.calls.some((call) => call.procedure === 'openExternal')).toBe(false);
    fireEvent.click(anchor, { ctrlKey: true });
    expect(bridge.calls.filter((call) => call.procedure === 'openExternal').map((call) => call.request)).toStrictEqual([
      'https://example.org/',
    ]);
  });
});

describe('pasted HTML', () => {
  it('is sanitized before Lexical imports it: no script, handlers, javascript: links, svg, remote images', async () => {
    const { editor, textbox } = await renderNarrative();
    await selectAllText(editor, textbox, 'x');
    const hostile = [
      '<p onclick="window.__pwned=1">Kept <b>bold</b> text</p>',
      '<script>window.__pwned = 1</script>',
      '<img src="https://tracker.example/pixel.png" onerror="window.__pwned=1">',
      '<a href="javascript:window.__pwned=1">bad link</a>',
      '<a href="https://example.com/ok" onmouseover="window.__pwned=1">good link</a>',
      '<svg><script>window.__pwned=1</script><a xlink:href="javascript:alert(1)">svg</a></svg>',
      '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
      '<iframe src="https://evil.example"></iframe><form action="https://evil.example"><input value="f"></form>',
      '<p style="background:url(https://tracker.example/bg.png); font-weight: 700">styled</p>',
    ].join('');
    await act(async () => pasteHtml(textbox, hostile));
    const html = textbox.innerHTML;
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(textbox.textContent).toContain('Kept bold text');
    expect(textbox.textContent).toContain('bad link');
    expect(textbox.querySelector('a[href="https://example.com/ok"]')?.textContent).toBe('good link');
    for (const forbidden of [
      'javascript:',
      'onclick',
      'onerror',
      'onmouseover',
      '<script',
      '<svg',
      '<iframe',
      'tracker.example',
      'evil.example',
      '<img',
    ]) {
      expect(html).not.toContain(forbidden);
      expect(json).not.toContain(forbidden);
    }
  });

  it('is sanitized when a block is selected instead of text, and when it arrives as an input event', async () => {
    const { editor, textbox } = await renderNarrative();
    await act(async () => textbox.focus());
    await act(async () => {
      editor.update(() => {
        const rule = $createHorizontalRuleNode();
        $getRoot().clear().append($createParagraphNode().append($createTextNode('before')), rule);
        const selection = $createNodeSelection();
        selection.add(rule.getKey());
        $setSelection(selection);
      });
    });
    const hostile = '<p>Pasted <img src="https://tracker.example/p.png" onerror="window.__pwned=1">text</p>';
    await act(async () => pasteHtml(textbox, hostile));
    await act(async () => {
      editor.update(() => $getRoot().selectEnd());
    });
    const input = new InputEvent('beforeinput', { inputType: 'insertFromPaste', bubbles: true, cancelable: true });
    const data: Record<string, string> = {
      'text/html': '<p>Typed <a href="javascript:window.__pwned=1">in</a><script>window.__pwned=1</script></p>',
    };
    Object.defineProperty(input, 'dataTransfer', {
      value: { types: Object.keys(data), files: [], items: [], getData: (type: string) => data[type] ?? '' },
    });
    await act(async () => {
      editor.update(() => {
        editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, input);
      });
    });
    const html = textbox.innerHTML;
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(textbox.textContent).toContain('Pasted text');
    expect(textbox.textContent).toContain('Typed in');
    for (const forbidden of ['tracker.example', 'onerror', 'javascript:', '<script', '<img']) {
      expect(html).not.toContain(forbidden);
      expect(json).not.toContain(forbidden);
    }
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps a citation copied from a narrative (its data attributes survive)', async () => {
    const { editor, textbox } = await renderNarrative({ sample: true });
    await selectAllText(editor, textbox, 'x');
    await act(async () =>
      pasteHtml(
        textbox,
        '<p>Claim<span data-lexical-citation="true" data-source-id="src-123" data-locator="p. 2">[1]</span></p>',
      ),
    );
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).toContain('{"type":"citation","version":1,"sourceId":"src-123","locator":"p. 2"}');
  });
});

describe('citations', () => {
  it('"Insert citation" opens the source picker and cites the picked source as [n]', async () => {
    const { editor, textbox, document } = await renderNarrative({ sample: true });
    await act(async () => textbox.focus());
    await act(async () => {
      editor.update(() => $getRoot().selectEnd());
    });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Insert citation' }));
    const dialog = await screen.findByRole('dialog');
    const title = document.sources[0]!.title;
    await user.click(await within(dialog).findByRole('option', { name: new RegExp(title.slice(0, 20)) }));
    await user.click(within(dialog).getByRole('button', { name: 'Cite' }));
    await waitFor(() => expect(screen.getAllByLabelText(`Citation 1: ${title}`)).toHaveLength(3));
  });
});
