import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { errorMessage, mutate, useQuery } from '../../api.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { useToast } from '../../ui/toasts.tsx';
import { CaseChooser } from './CaseChooser.tsx';
import { CitePicker } from './CitePicker.tsx';
import { FindBox } from './FindBox.tsx';
import { highlightMatches } from './highlight-matches.ts';
import { quotePassage } from './passage-writes.ts';
import { SnapshotFile } from './SnapshotFile.tsx';
import { SnapshotFrame } from './SnapshotFrame.tsx';
import type { FrameSelection } from './SnapshotFrame.tsx';
import { SnapshotHeader } from './SnapshotHeader.tsx';
import { TextOnlyView } from './TextOnlyView.tsx';
import { useAppTheme } from './use-app-theme.ts';
import './snapshot.css';

// pdf.js is large: it loads with the first PDF shown, not with the app.
const PdfPages = lazy(() => import('./pdf/PdfPages.tsx').then((module) => ({ default: module.PdfPages })));

export interface SnapshotViewerProps {
  readonly sourceId: string;
  /** Where "Quote this" and "Cite in row/event" write; without it the viewer asks for a case. */
  readonly caseId?: string;
  /** Opens with this already in the find box, its first match shown (a notebook search hit). */
  readonly initialFind?: string;
  readonly onClose: () => void;
}

const NO_SELECTION: FrameSelection = { text: '', anchor: null };

/**
 * A source's stored snapshot, read-only and script-free: the sanitized reader view in a sandboxed frame
 * (or its plain text), with find, the hash check, and "Quote this" / "Cite in row/event" for a selection.
 */
export function SnapshotViewer({ sourceId, caseId, initialFind = '', onClose }: SnapshotViewerProps) {
  const source = useQuery('sources.get', { id: sourceId }, ['sources']);
  const snapshot = useQuery('snapshots.get', { sourceId }, ['sources']);
  // A PDF or image source's file; most sources have none, and that answer is simply not shown.
  const file = useQuery('sources.getFile', { sourceId }, ['sources']);
  const theme = useAppTheme();
  const toast = useToast();
  const [textOnly, setTextOnly] = useState(false);
  // A PDF opens on its pages; "Text" shows the extracted text, where find works.
  const [pdfText, setPdfText] = useState(initialFind !== '');
  const pdfFile = file.data?.mediaType === 'application/pdf' ? file.data : null;
  const showPages = pdfFile !== null && !pdfText;
  const [chosenCase, setChosenCase] = useState<{ id: string; title: string }>({ id: '', title: '' });
  const targetCaseId = caseId ?? chosenCase.id;
  const targetCase = useQuery('cases.get', caseId ? { id: caseId } : null, ['cases']);
  const caseTitle = caseId ? (targetCase.data?.case.title ?? 'the case') : chosenCase.title;

  const [selection, setSelection] = useState<FrameSelection>(NO_SELECTION);
  const [citing, setCiting] = useState<string | null>(null);
  const [quoting, setQuoting] = useState(false);

  const findRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<Element | null>(null);
  const frameDocumentRef = useRef<Document | null>(null);
  const [find, setFind] = useState({ query: initialFind, current: 0, count: 0 });

  const runFind = useCallback((query: string, current: number) => {
    const root = rootRef.current;
    const count = root ? highlightMatches(root, query, current) : 0;
    setFind({ query, current: count === 0 ? 0 : ((current % count) + count) % count, count });
  }, []);
  const findRefQuery = useRef(find.query);
  useEffect(() => {
    findRefQuery.current = find.query;
  });

  const onFrameDocument = useCallback(
    (document: Document | null) => {
      frameDocumentRef.current = document;
      rootRef.current = document?.body ?? null;
      if (document) runFind(findRefQuery.current, 0);
    },
    [runFind],
  );
  const onTextRoot = useCallback(
    (root: HTMLElement | null) => {
      rootRef.current = root;
      if (root) runFind(findRefQuery.current, 0);
    },
    [runFind],
  );

  function focusFind(): void {
    findRef.current?.focus();
    findRef.current?.select();
  }

  function onKeyDown(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      event.stopPropagation();
      focusFind();
    }
  }

  const onTextSelection = useCallback((text: string, anchor: FrameSelection['anchor']) => {
    setSelection({ text, anchor });
  }, []);

  function clearSelection(): void {
    frameDocumentRef.current?.getSelection()?.removeAllRanges();
    if (textOnly || showPages) window.getSelection()?.removeAllRanges();
    setSelection(NO_SELECTION);
  }

  const title = source.data?.title ?? 'source';
  const passage = selection.text;

  async function quoteThis(): Promise<void> {
    if (passage === '' || targetCaseId === '' || quoting) return;
    setQuoting(true);
    const quoted = passage;
    try {
      const { quoteId } = await quotePassage({
        caseId: targetCaseId,
        sourceId,
        sourceTitle: title,
        passage: quoted,
        language: source.data?.language ?? null,
      });
      clearSelection();
      toast({
        message: `Quoted in “${caseTitle}”.`,
        action: {
          label: 'Undo',
          run: async () => {
            await mutate('quotes.delete', { id: quoteId });
          },
        },
      });
    } catch (error) {
      toast({ message: `The passage could not be quoted: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setQuoting(false);
    }
  }

  function startCiting(): void {
    if (passage === '' || targetCaseId === '') return;
    setCiting(passage);
  }

  const noCase = targetCaseId === '';
  const actionHint = passage === '' ? 'Select text in the snapshot first' : noCase ? 'Choose a case first' : undefined;
  const missing = snapshot.status === 'error' && snapshot.error.code === 'not-found';

  return (
    <ModalDialog label={`Snapshot of “${title}”`} className="snapshot-viewer" onClose={onClose}>
      <div className="snapshot-viewer-body" onKeyDown={onKeyDown}>
        <header className="snapshot-header">
          <SnapshotHeader
            title={title}
            capturedAt={snapshot.data?.capturedAt ?? null}
            sha256={snapshot.data?.sha256 ?? null}
            verified={snapshot.data ? snapshot.data.verified.ok : null}
          />
          <button type="button" className="button button-small" onClick={onClose}>
            Close
          </button>
        </header>
        <div className="snapshot-toolbar">
          <FindBox
            inputRef={findRef}
            query={find.query}
            count={find.count}
            current={find.current}
            onQuery={(query) => {
              if (showPages && query !== '') setPdfText(true);
              runFind(query, 0);
            }}
            onStep={(step) => runFind(find.query, find.current + step)}
          />
          {pdfFile !== null && (
            <div className="snapshot-pdf-modes" role="group" aria-label="Show the PDF as">
              {(['Pages', 'Text'] as const).map((mode) => (
                <button
                  key={mode}
                  type="button"
                  className="button button-small"
                  aria-pressed={(mode === 'Text') === pdfText}
                  onClick={() => {
                    setSelection(NO_SELECTION);
                    setPdfText(mode === 'Text');
                  }}
                >
                  {mode}
                </button>
              ))}
            </div>
          )}
          {!showPages && (
            <button
              type="button"
              className="button button-small"
              aria-pressed={textOnly}
              disabled={snapshot.data === undefined}
              onClick={() => {
                setSelection(NO_SELECTION);
                setTextOnly((value) => !value);
              }}
            >
              Text only
            </button>
          )}
          <span className="snapshot-toolbar-spacer" />
          {caseId === undefined && (
            <CaseChooser value={chosenCase.id} onChange={(id, caseName) => setChosenCase({ id, title: caseName })} />
          )}
          <button
            type="button"
            className="button button-small button-primary"
            disabled={passage === '' || noCase || quoting}
            title={actionHint}
            onClick={() => void quoteThis()}
          >
            Quote this
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={passage === '' || noCase}
            title={actionHint}
            onClick={startCiting}
          >
            Cite in row/event
          </button>
        </div>
        {citing !== null && targetCaseId !== '' && (
          <CitePicker
            caseId={targetCaseId}
            sourceId={sourceId}
            passage={citing}
            onCancel={() => setCiting(null)}
            onCited={(itemLabel) => {
              setCiting(null);
              clearSelection();
              toast({ message: `Cited “${title}” in “${itemLabel}”.` });
            }}
          />
        )}
        <div className="snapshot-content">
          {showPages ? (
            <Suspense
              fallback={
                <p className="snapshot-loading" aria-busy="true">
                  Opening the PDF…
                </p>
              }
            >
              <PdfPages base64={pdfFile.base64} fileName={pdfFile.fileName} onSelection={onTextSelection} />
            </Suspense>
          ) : file.data !== undefined ? (
            <SnapshotFile file={file.data} />
          ) : null}
          {showPages ? null : snapshot.data !== undefined ? (
            textOnly ? (
              <TextOnlyView
                text={snapshot.data.text}
                language={source.data?.language ?? null}
                onRoot={onTextRoot}
                onSelection={onTextSelection}
              />
            ) : (
              <SnapshotFrame
                html={snapshot.data.html}
                language={source.data?.language ?? null}
                theme={theme}
                title={`Snapshot of “${title}”`}
                onDocument={onFrameDocument}
                onSelection={setSelection}
                onKey={(key) => (key === 'find' ? focusFind() : onClose())}
              />
            )
          ) : missing && file.data !== undefined ? null : missing ? (
            <p className="snapshot-empty">
              This source has no snapshot: only its details are stored. Capture the page or add it from a saved file to
              read it offline.
            </p>
          ) : snapshot.status === 'error' ? (
            <p role="alert" className="snapshot-error">
              The snapshot could not be read: {snapshot.error.message}
            </p>
          ) : (
            <p className="snapshot-loading" aria-busy="true">
              Loading the snapshot…
            </p>
          )}
        </div>
        {passage !== '' && selection.anchor !== null && citing === null && (
          <div
            className="snapshot-selection-bar"
            role="toolbar"
            aria-label="Selected passage"
            style={{ left: selection.anchor.x, top: selection.anchor.y + 8 }}
          >
            <button
              type="button"
              className="button button-small button-primary"
              disabled={noCase || quoting}
              title={noCase ? 'Choose a case first' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void quoteThis()}
            >
              Quote this
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={noCase}
              onMouseDown={(event) => event.preventDefault()}
              onClick={startCiting}
            >
              Cite in row/event
            </button>
          </div>
        )}
      </div>
    </ModalDialog>
  );
}
