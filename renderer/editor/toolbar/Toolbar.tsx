import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import {
  INSERT_IMAGE_FILES_COMMAND,
  OPEN_CITATION_PICKER_COMMAND,
  OPEN_LINK_DIALOG_COMMAND,
  TOGGLE_PULL_QUOTE_COMMAND,
} from '../editor-commands.ts';
import { $toggleHeading, $toggleQuote } from './block-actions.ts';
import { ToolbarButton } from './ToolbarButton.tsx';
import { $readToolbarState, EMPTY_TOOLBAR_STATE, sameToolbarState } from './toolbar-state.ts';
import type { ToolbarState } from './toolbar-state.ts';
import {
  BulletListIcon,
  CitationIcon,
  HorizontalRuleIcon,
  ImageIcon,
  LinkIcon,
  NumberedListIcon,
  PullQuoteIcon,
  QuoteIcon,
  RedoIcon,
  TableIcon,
  UndoIcon,
} from './toolbar-icons.tsx';

const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = IS_APPLE ? 'Meta' : 'Control';
const ACCEPTED_IMAGES = 'image/png,image/jpeg,image/gif,image/webp';

function useToolbarState(): { state: ToolbarState; canUndo: boolean; canRedo: boolean } {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState(EMPTY_TOOLBAR_STATE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readToolbarState, { editor });
          setState((previous) => (sameToolbarState(previous, next) ? previous : next));
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (payload) => (setCanUndo(payload), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (payload) => (setCanRedo(payload), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );
  return { state, canUndo, canRedo };
}

/** Arrow keys move between the toolbar's buttons; Tab enters and leaves it as one stop. */
function useRovingFocus() {
  const ref = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);
  useEffect(() => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    buttons.forEach((button, index) => (button.tabIndex = index === current ? 0 : -1));
  });
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % buttons.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + buttons.length) % buttons.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    setCurrent(next);
    buttons[next]?.focus();
  }
  function onFocus(): void {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index >= 0 && index !== current) setCurrent(index);
  }
  return { ref, onKeyDown, onFocus };
}

/** The narrative's fixed formatting toolbar. */
export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const { state, canUndo, canRedo } = useToolbarState();
  const roving = useRovingFocus();
  const fileInput = useRef<HTMLInputElement>(null);
  const block = state.blockType;
  const heading = (tag: 'h1' | 'h2' | 'h3') => () => editor.update(() => $toggleHeading(tag, block === tag));
  const list = (type: 'bullet' | 'number') => () =>
    block === type
      ? editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined)
      : editor.dispatchCommand(
          type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
          undefined,
        );

  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting" aria-controls="narrative-editor" {...roving}>
      <div className="editor-toolbar-group">
        <ToolbarButton
          label="Undo"
          shortcut={`${MOD}+Z`}
          disabled={!canUndo}
          onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        >
          <UndoIcon />
        </ToolbarButton>
        <ToolbarButton
          label="Redo"
          shortcut={`${MOD}+Shift+Z`}
          disabled={!canRedo}
          onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        >
          <RedoIcon />
        </ToolbarButton>
      </div>
      <div className="editor-toolbar-group">
        <ToolbarButton label="Heading 1" pressed={block === 'h1'} onPress={heading('h1')}>
          H1
        </ToolbarButton>
        <ToolbarButton label="Heading 2" pressed={block === 'h2'} onPress={heading('h2')}>
          H2
        </ToolbarButton>
        <ToolbarButton label="Heading 3" pressed={block === 'h3'} onPress={heading('h3')}>
          H3
        </ToolbarButton>
      </div>
      <div className="editor-toolbar-group">
        <ToolbarButton
          label="Bold"
          shortcut={`${MOD}+B`}
          pressed={state.bold}
          onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}
        >
          <b>B</b>
        </ToolbarButton>
        <ToolbarButton
          label="Italic"
          shortcut={`${MOD}+I`}
          pressed={state.italic}
          onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}
        >
          <i>I</i>
        </ToolbarButton>
        <ToolbarButton
          label="Underline"
          shortcut={`${MOD}+U`}
          pressed={state.underline}
          onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline')}
        >
          <u>U</u>
        </ToolbarButton>
        <ToolbarButton
          label="Strikethrough"
          pressed={state.strikethrough}
          onPress={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough')}
        >
          <s>S</s>
        </ToolbarButton>
        <ToolbarButton
          label="Link"
          shortcut={`${MOD}+K`}
          pressed={state.link}
          onPress={() => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined)}
        >
          <LinkIcon />
        </ToolbarButton>
      </div>
      <div className="editor-toolbar-group">
        <ToolbarButton label="Bulleted list" pressed={block === 'bullet'} onPress={list('bullet')}>
          <BulletListIcon />
        </ToolbarButton>
        <ToolbarButton label="Numbered list" pressed={block === 'number'} onPress={list('number')}>
          <NumberedListIcon />
        </ToolbarButton>
        <ToolbarButton
          label="Quote"
          pressed={block === 'quote'}
          onPress={() => editor.update(() => $toggleQuote(block === 'quote'))}
        >
          <QuoteIcon />
        </ToolbarButton>
        <ToolbarButton
          label="Pull quote"
          pressed={block === 'pull-quote'}
          onPress={() => editor.dispatchCommand(TOGGLE_PULL_QUOTE_COMMAND, undefined)}
        >
          <PullQuoteIcon />
        </ToolbarButton>
      </div>
      <div className="editor-toolbar-group">
        <ToolbarButton
          label="Insert table"
          onPress={() =>
            editor.dispatchCommand(INSERT_TABLE_COMMAND, {
              rows: '3',
              columns: '3',
              includeHeaders: { rows: true, columns: false },
            })
          }
        >
          <TableIcon />
        </ToolbarButton>
        <ToolbarButton label="Insert image" onPress={() => fileInput.current?.click()}>
          <ImageIcon />
        </ToolbarButton>
        <ToolbarButton
          label="Horizontal rule"
          onPress={() => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined)}
        >
          <HorizontalRuleIcon />
        </ToolbarButton>
        <ToolbarButton
          label="Insert citation"
          shortcut={`${MOD}+Shift+C`}
          onPress={() => editor.dispatchCommand(OPEN_CITATION_PICKER_COMMAND, undefined)}
        >
          <CitationIcon />
        </ToolbarButton>
      </div>
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPTED_IMAGES}
        multiple
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) editor.dispatchCommand(INSERT_IMAGE_FILES_COMMAND, files);
        }}
      />
    </div>
  );
}
