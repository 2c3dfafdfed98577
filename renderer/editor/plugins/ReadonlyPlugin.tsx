import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/** Makes the editor read-only while `readonly` (a notebook on read-only media): nothing to type, nothing to save. */
export function ReadonlyPlugin({ readonly }: { readonly readonly: boolean }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.setEditable(!readonly);
  }, [editor, readonly]);
  return null;
}
