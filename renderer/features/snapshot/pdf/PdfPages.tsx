import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { PixelsPerInch } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf } from './pdf-document.ts';
import { PdfPageView } from './pdf-page-view.tsx';
import type { PageSize } from './pdf-page-view.tsx';
import './pdf.css';

export interface PdfPagesProps {
  readonly base64: string;
  readonly fileName: string;
  /** The selected text inside the pages and where to float the selection bar, as TextOnlyView reports it. */
  readonly onSelection: (text: string, anchor: { x: number; y: number } | null) => void;
}

const MIN_SCALE = 0.25;
const MAX_SCALE = 4;
const STEP = 1.25;
/** Room left beside a page fitted to the width (the list's padding and a scrollbar). */
const FIT_GUTTER = 48;

/** The document opened from `base64`, or why it could not be. */
type Loaded = { base64: string; pdf: PDFDocumentProxy; firstPage: PageSize } | { base64: string; error: string };

/** The zoom at which a page of `pageWidth` points fills a list `listWidth` CSS pixels wide. */
function fitScale(listWidth: number, pageWidth: number): number {
  const scale = (listWidth - FIT_GUTTER) / (pageWidth * PixelsPerInch.PDF_TO_CSS_UNITS);
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The pages of a stored PDF, drawn by pdf.js as the reader scrolls to them, with zoom and the page number. */
export function PdfPages({ base64, fileName, onSelection }: PdfPagesProps) {
  const [opened, setOpened] = useState<Loaded | null>(null);
  const loaded = opened?.base64 === base64 ? opened : null;
  const [scale, setScale] = useState<number | null>(null);
  const [current, setCurrent] = useState(1);
  // The list element: as state for the pages (their visibility is measured against it), as a ref to scroll it.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const previousScale = useRef<number | null>(null);
  const setScrollerElement = useCallback((element: HTMLDivElement | null) => {
    scrollerRef.current = element;
    setScroller(element);
  }, []);

  useEffect(() => {
    const task = openPdf(base64);
    task.promise
      .then(async (pdf) => {
        const viewport = (await pdf.getPage(1)).getViewport({ scale: 1 });
        // A document opens fitted to the width.
        setScale(fitScale(scrollerRef.current?.clientWidth ?? 800, viewport.width));
        setOpened({ base64, pdf, firstPage: { width: viewport.width, height: viewport.height } });
      })
      .catch((error: unknown) => {
        setOpened({ base64, error: error instanceof Error ? error.message : String(error) });
      });
    return () => void task.destroy();
  }, [base64]);

  // Zooming keeps the same place in the document in view.
  useLayoutEffect(() => {
    const before = previousScale.current;
    previousScale.current = scale;
    const list = scrollerRef.current;
    if (list && before !== null && scale !== null && before !== scale) list.scrollTop *= scale / before;
  }, [scale]);

  const onScroll = useCallback(() => {
    if (!scroller) return;
    const line = scroller.scrollTop + scroller.clientHeight / 3;
    const pages = scroller.querySelectorAll<HTMLElement>('.pdf-page');
    let page = 1;
    for (const element of pages) {
      if (element.offsetTop > line) break;
      page = Number(element.dataset['page']);
    }
    setCurrent(page);
  }, [scroller]);

  useEffect(() => {
    function onSelectionChange(): void {
      const selection = document.getSelection();
      if (!scroller || !selection || selection.rangeCount === 0 || !scroller.contains(selection.anchorNode)) {
        onSelection('', null);
        return;
      }
      const rect = selection.getRangeAt(selection.rangeCount - 1).getBoundingClientRect();
      const passage = selection.toString().replace(/\s+/g, ' ').trim();
      onSelection(passage, passage === '' ? null : { x: rect.left + rect.width / 2, y: rect.bottom });
    }
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [scroller, onSelection]);

  const zoom = (factor: number) =>
    setScale((value) => (value === null ? value : Math.min(MAX_SCALE, Math.max(MIN_SCALE, value * factor))));
  const pageCount = loaded !== null && 'pdf' in loaded ? loaded.pdf.numPages : 0;
  const fitWidth = () => {
    if (loaded !== null && 'pdf' in loaded && scrollerRef.current)
      setScale(fitScale(scrollerRef.current.clientWidth, loaded.firstPage.width));
  };

  return (
    <div className="pdf-pages">
      <div className="pdf-toolbar" role="toolbar" aria-label="PDF pages">
        <span className="pdf-file-name" title={fileName}>
          {fileName}
        </span>
        <span className="pdf-page-indicator" aria-live="polite">
          {pageCount > 0 ? `Page ${current} of ${pageCount}` : ''}
        </span>
        <button
          type="button"
          className="button button-small"
          aria-label="Zoom out"
          title="Zoom out"
          disabled={scale === null || scale <= MIN_SCALE}
          onClick={() => zoom(1 / STEP)}
        >
          −
        </button>
        <span className="pdf-zoom" title="Zoom">
          {scale === null ? '' : `${Math.round(scale * 100)}%`}
        </span>
        <button
          type="button"
          className="button button-small"
          aria-label="Zoom in"
          title="Zoom in"
          disabled={scale === null || scale >= MAX_SCALE}
          onClick={() => zoom(STEP)}
        >
          +
        </button>
        <button type="button" className="button button-small" disabled={pageCount === 0} onClick={fitWidth}>
          Fit width
        </button>
      </div>
      <div
        ref={setScrollerElement}
        className="pdf-scroller"
        tabIndex={0}
        role="document"
        aria-label={`Pages of ${fileName}`}
        onScroll={onScroll}
      >
        {loaded === null ? (
          <p className="snapshot-loading" aria-busy="true">
            Opening the PDF…
          </p>
        ) : 'error' in loaded ? (
          <p role="alert" className="snapshot-error">
            The PDF could not be shown: {loaded.error}. Its extracted text is under “Text”.
          </p>
        ) : (
          scale !== null &&
          Array.from({ length: loaded.pdf.numPages }, (_unused, index) => (
            <PdfPageView
              key={index + 1}
              pdf={loaded.pdf}
              pageNumber={index + 1}
              scale={scale}
              guessedSize={loaded.firstPage}
              scroller={scroller}
            />
          ))
        )}
      </div>
    </div>
  );
}
