import { LexicalComposer } from '@lexical/react/LexicalComposer';
import type { InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { NARRATIVE_NODES } from './editor-nodes.ts';
import { NARRATIVE_THEME } from './editor-theme.ts';
import { isAllowedLinkUrl } from './links/link-url.ts';
import { NARRATIVE_TRANSFORMERS } from './markdown-shortcuts.ts';
import { NarrativeEditorContext } from './narrative-editor-context.ts';
import { AutosavePlugin } from './plugins/AutosavePlugin.tsx';
import { CitationPlugin } from './plugins/CitationPlugin.tsx';
import { EditorUndoScopePlugin } from './plugins/EditorUndoScopePlugin.tsx';
import { ImagesPlugin } from './plugins/ImagesPlugin.tsx';
import { LinkDialogPlugin } from './plugins/LinkDialogPlugin.tsx';
import { LinkSafetyPlugin } from './plugins/LinkSafetyPlugin.tsx';
import { PullQuotePlugin } from './plugins/PullQuotePlugin.tsx';
import { SanitizedPastePlugin } from './plugins/SanitizedPastePlugin.tsx';
import { WordCountPlugin } from './plugins/WordCountPlugin.tsx';
import { Toolbar } from './toolbar/Toolbar.tsx';
import { formatWordCount } from './word-count.ts';
import './narrative-editor.css';
import { useNotebookReadonly } from '../notebook-readonly.ts';
import { ReadonlyPlugin } from './plugins/ReadonlyPlugin.tsx';

export interface NarrativeEditorProps {
  readonly caseId: string;
  /** The saved Lexical state, or null for a narrative never written. Read once, when the editor mounts. */
  readonly initialState: Record<string, unknown> | null;
  /** Shown inside the empty editor. */
  readonly placeholder: ReactNode;
}

function reportError(error: Error): void {
  console.error('Narrative editor:', error);
}

/** The narrative's rich-text editor: toolbar, editable text, word count; saves itself. */
export function NarrativeEditor({ caseId, initialState, placeholder }: NarrativeEditorProps) {
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: 'narrative',
    theme: NARRATIVE_THEME,
    nodes: [...NARRATIVE_NODES],
    onError: reportError,
    editorState: initialState === null ? undefined : JSON.stringify(initialState),
  }));
  const readonly = useNotebookReadonly();
  const [notice, setNotice] = useState<string | null>(null);
  const [words, setWords] = useState<number | null>(null);
  const notify = useCallback((message: string) => setNotice(message), []);
  const context = useMemo(() => ({ caseId, notify }), [caseId, notify]);

  return (
    <NarrativeEditorContext.Provider value={context}>
      <LexicalComposer initialConfig={initialConfig}>
        <div className="narrative-editor">
          {!readonly && <Toolbar />}
          {notice && (
            <div className="narrative-notice" role="alert">
              <span>{notice}</span>
              <button type="button" className="button button-small button-quiet" onClick={() => setNotice(null)}>
                Dismiss
              </button>
            </div>
          )}
          <div className="narrative-surface">
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  id="narrative-editor"
                  className="narrative-content"
                  aria-label="Narrative"
                  aria-multiline={true}
                  role="textbox"
                  spellCheck={true}
                  aria-placeholder="Write the narrative"
                  placeholder={<div className="narrative-placeholder">{placeholder}</div>}
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
          <p className="narrative-word-count">{words === null ? '' : formatWordCount(words)}</p>
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isAllowedLinkUrl} attributes={{ rel: 'noopener noreferrer' }} />
        <LinkSafetyPlugin />
        <LinkDialogPlugin />
        <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasTabHandler />
        <HorizontalRulePlugin />
        <MarkdownShortcutPlugin transformers={NARRATIVE_TRANSFORMERS} />
        <SanitizedPastePlugin />
        <ImagesPlugin />
        <CitationPlugin />
        <PullQuotePlugin />
        <EditorUndoScopePlugin />
        <WordCountPlugin onCount={setWords} />
        <AutosavePlugin caseId={caseId} />
        <ReadonlyPlugin readonly={readonly} />
      </LexicalComposer>
    </NarrativeEditorContext.Provider>
  );
}
