import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, $getSelection, $insertNodes, COMMAND_PRIORITY_LOW } from 'lexical';
import type { LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { errorMessage, mutate } from '../../api.ts';
import { INSERT_IMAGE_FILES_COMMAND } from '../editor-commands.ts';
import { readAsBase64 } from '../../read-file.ts';
import { imageFileProblem } from '../images/image-files.ts';
import type { AttachmentMediaType } from '../images/image-files.ts';
import { useNarrativeEditorContext } from '../narrative-editor-context.ts';
import { $createImageNode } from '../nodes/ImageNode.tsx';

async function storeAndInsert(editor: LexicalEditor, caseId: string, file: File, notify: (message: string) => void) {
  const problem = imageFileProblem(file);
  if (problem !== null) {
    notify(problem);
    return;
  }
  try {
    const base64 = await readAsBase64(file);
    const { id } = await mutate('attachments.add', {
      caseId,
      fileName: file.name || 'image',
      mediaType: file.type as AttachmentMediaType,
      base64,
    });
    editor.update(() => {
      if ($getSelection() === null) $getRoot().selectEnd();
      $insertNodes([$createImageNode(id, file.name)]);
    });
  } catch (error) {
    notify(`“${file.name}” could not be added: ${errorMessage(error)}`);
  }
}

/** Pasted, dropped or chosen image files are stored in the notebook, then shown from there. */
export function ImagesPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { caseId, notify } = useNarrativeEditorContext();
  useEffect(() => {
    function insert(files: File[]): boolean {
      if (files.length === 0) return false;
      void files.reduce<Promise<void>>(
        (previous, file) => previous.then(() => storeAndInsert(editor, caseId, file, notify)),
        Promise.resolve(),
      );
      return true;
    }
    return mergeRegister(
      editor.registerCommand(INSERT_IMAGE_FILES_COMMAND, insert, COMMAND_PRIORITY_LOW),
      editor.registerCommand(DRAG_DROP_PASTE, insert, COMMAND_PRIORITY_LOW),
    );
  }, [editor, caseId, notify]);
  return null;
}
