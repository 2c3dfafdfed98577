import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  COMMAND_PRIORITY_NORMAL,
  KEY_DOWN_COMMAND,
} from 'lexical';
import type { BaseSelection } from 'lexical';
import { useEffect, useState } from 'react';
import { useTablesChanged } from '../../api.ts';
import { setNumbering } from '../citations/citation-numbering.ts';
import { forgetSources } from '../citations/source-cache.ts';
import { SourcePickerDialog } from '../../features/sources/SourcePickerDialog.tsx';
import type { SourcePick } from '../../features/sources/SourcePickerDialog.tsx';
import { INSERT_CITATION_COMMAND, OPEN_CITATION_PICKER_COMMAND } from '../editor-commands.ts';
import { hasCommandModifier, isComposing } from '../keyboard.ts';
import { useNarrativeEditorContext } from '../narrative-editor-context.ts';
import { $computeCitationNumbering, $createCitationNode, CitationNode } from '../nodes/CitationNode.tsx';

/**
 * Citations: keeps the [n] numbering current when citations appear, move or go (never on plain typing),
 * and inserts them through the source picker ("Insert citation", Ctrl/Cmd+Shift+C, the
 * casebook:insert-citation event, which the editor's request plugin turns into the open command).
 */
export function CitationPlugin() {
  const [editor] = useLexicalComposerContext();
  const { caseId } = useNarrativeEditorContext();
  const [picking, setPicking] = useState<{ selection: BaseSelection | null } | null>(null);
  const [, setSourcesVersion] = useState(0);

  useTablesChanged(['sources'], () => {
    forgetSources();
    setSourcesVersion((version) => version + 1);
  });

  useEffect(() => {
    const renumber = () =>
      setNumbering(
        editor,
        editor.read(() => $computeCitationNumbering()),
      );
    function open(): boolean {
      setPicking({ selection: editor.getEditorState().read(() => $getSelection()?.clone() ?? null) });
      return true;
    }
    renumber();
    return mergeRegister(
      editor.registerMutationListener(CitationNode, renumber, { skipInitialization: true }),
      editor.registerCommand(OPEN_CITATION_PICKER_COMMAND, open, COMMAND_PRIORITY_NORMAL),
      editor.registerCommand(
        INSERT_CITATION_COMMAND,
        ({ sourceId, locator }) => {
          if (!$isRangeSelection($getSelection())) $getRoot().selectEnd();
          $insertNodes([$createCitationNode(sourceId, locator)]);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (isComposing(event) || !hasCommandModifier(event) || !event.shiftKey || event.key.toLowerCase() !== 'c')
            return false;
          event.preventDefault();
          return open();
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    );
  }, [editor]);

  if (picking === null) return null;
  function close(): void {
    setPicking(null);
    editor.focus();
  }
  function cite({ sourceId, locator }: SourcePick): void {
    const saved = picking?.selection ?? null;
    editor.update(() => {
      if (saved !== null) $setSelection(saved.clone());
      editor.dispatchCommand(INSERT_CITATION_COMMAND, { sourceId, locator });
    });
    close();
  }
  return <SourcePickerDialog caseId={caseId} onPick={cite} onClose={close} confirmLabel="Cite" />;
}
