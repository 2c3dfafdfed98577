import { useEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { PixelsPerInch, TextLayer } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A page's size in PDF points (1/72 in) at zoom 1. */
export interface PageSize {
  readonly width: number;
  readonly height: number;
}

export interface PdfPageViewProps {
  readonly pdf: PDFDocumentProxy;
  readonly pageNumber: number;
  readonly scale: number;
  /** The size to reserve until this page is read (the first page's: most documents keep one size). */
  readonly guessedSize: PageSize;
  readonly scroller: HTMLElement | null;
}

/** How far beyond the visible area pages are drawn ahead of scrolling, and kept after. */
const NEAR_MARGIN = '150% 0px';
/** The most pixels one page's canvas may hold (64 MB): a zoomed page on a sharp screen is drawn less finely. */
const MAX_CANVAS_PIXELS = 16_000_000;

/**
 * One page: a placeholder of the page's size that draws the page on a canvas, with pdf.js's text layer
 * over it for selection, only while it is near the visible area; farther away its pixels are released,
 * so a long report costs only the pages around the reader.
 */
export function PdfPageView({ pdf, pageNumber, scale, guessedSize, scroller }: PdfPageViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  const [size, setSize] = useState<PageSize | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element || !scroller) return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((entry) => entry.isIntersecting)), {
      root: scroller,
      rootMargin: NEAR_MARGIN,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [scroller]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const textContainer = textRef.current;
    if (!near || !canvas || !textContainer) return;
    let cancelled = false;
    let renderTask: RenderTask | null = null;
    let textLayer: TextLayer | null = null;
    void (async () => {
      const page = await pdf.getPage(pageNumber);
      if (cancelled) return;
      const unscaled = page.getViewport({ scale: 1 });
      setSize({ width: unscaled.width, height: unscaled.height });
      const viewport = page.getViewport({ scale: scale * PixelsPerInch.PDF_TO_CSS_UNITS });
      const ratio = Math.min(
        window.devicePixelRatio || 1,
        Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)),
      );
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      renderTask = page.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      await renderTask.promise;
      if (cancelled) return;
      textContainer.replaceChildren();
      textLayer = new TextLayer({ textContentSource: page.streamTextContent(), container: textContainer, viewport });
      await textLayer.render();
      if (!cancelled) setFailed(null);
    })().catch((error: unknown) => {
      if (cancelled || (error instanceof Error && error.name === 'RenderingCancelledException')) return;
      setFailed(error instanceof Error ? error.message : String(error));
    });
    return () => {
      cancelled = true;
      renderTask?.cancel();
      textLayer?.cancel();
      textContainer.replaceChildren();
      // Releases the page's pixels; the placeholder keeps its size.
      canvas.width = 0;
      canvas.height = 0;
    };
  }, [near, pdf, pageNumber, scale]);

  const { width, height } = size ?? guessedSize;
  const cssScale = scale * PixelsPerInch.PDF_TO_CSS_UNITS;
  const style = {
    width: `${Math.floor(width * cssScale)}px`,
    height: `${Math.floor(height * cssScale)}px`,
    '--scale-factor': cssScale,
  } as CSSProperties;
  return (
    <div
      ref={ref}
      className="pdf-page"
      role="group"
      aria-label={`Page ${pageNumber}`}
      data-page={pageNumber}
      style={style}
    >
      {/* 0×0 until drawn: an undrawn page holds no pixels. */}
      <canvas ref={canvasRef} className="pdf-page-canvas" width={0} height={0} aria-hidden="true" />
      <div ref={textRef} className="textLayer" />
      {failed !== null && (
        <p role="alert" className="pdf-page-error">
          Page {pageNumber} could not be drawn: {failed}
        </p>
      )}
    </div>
  );
}
