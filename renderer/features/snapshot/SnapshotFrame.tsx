import { useEffect, useMemo, useRef, useState } from 'react';
import { openExternalLink } from '../../editor/links/open-external.ts';
import { READER_CSS, snapshotSrcdoc } from './snapshot-document.ts';
import type { SnapshotTheme } from './snapshot-document.ts';

export interface FrameSelection {
  readonly text: string;
  /** Where the selection ends, in the window's coordinates, for the floating bar. */
  readonly anchor: { readonly x: number; readonly y: number } | null;
}

export interface SnapshotFrameProps {
  readonly html: string;
  readonly language: string | null;
  readonly theme: SnapshotTheme;
  readonly title: string;
  /** The frame's document once it has loaded (null while loading or after it goes). */
  readonly onDocument: (document: Document | null) => void;
  readonly onSelection: (selection: FrameSelection) => void;
  /** Ctrl/Cmd+F or Escape pressed while focus is inside the frame. */
  readonly onKey: (key: 'find' | 'escape') => void;
}

/** Only an absolute http, https or mailto link ever opens, and it opens outside the app. */
function openLink(anchor: Element): void {
  const raw = anchor.getAttribute('href')?.trim() ?? '';
  try {
    openExternalLink(new URL(raw).href);
  } catch {
    // A relative or malformed link leads nowhere from a snapshot.
  }
}

type Callbacks = Pick<SnapshotFrameProps, 'onDocument' | 'onSelection' | 'onKey'>;

/** Styles the loaded frame and listens in it: links never navigate it, keys and the selection reach the window. */
function prepareFrame(
  frame: HTMLIFrameElement,
  theme: SnapshotTheme,
  callbacks: { readonly current: Callbacks },
): void {
  const frameDocument = frame.contentDocument;
  const frameWindow = frame.contentWindow as (Window & typeof globalThis) | null | undefined;
  if (!frameDocument || !frameWindow) return;
  frameDocument.documentElement.classList.toggle('snapshot-dark', theme === 'dark');
  frameDocument.documentElement.classList.toggle('snapshot-light', theme === 'light');
  try {
    const sheet = new frameWindow.CSSStyleSheet();
    sheet.replaceSync(READER_CSS);
    frameDocument.adoptedStyleSheets = [sheet];
  } catch {
    // Without constructed stylesheets (old engines, test DOMs) the text still reads, unstyled.
  }
  const stopLink = (event: Event): void => {
    const target = event.target as Node | null;
    const element = target && (target.nodeType === 1 ? (target as Element) : target.parentElement);
    const anchor = element?.closest('a, area');
    if (!anchor) return;
    event.preventDefault();
    event.stopPropagation();
    if (event.type === 'click') openLink(anchor);
  };
  frameDocument.addEventListener('click', stopLink, true);
  frameDocument.addEventListener('auxclick', stopLink, true);
  frameDocument.addEventListener('submit', (event) => event.preventDefault(), true);
  frameDocument.addEventListener(
    'keydown',
    (event) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        callbacks.current.onKey('find');
      } else if (event.key === 'Escape') {
        event.preventDefault();
        callbacks.current.onKey('escape');
      }
    },
    true,
  );
  frameDocument.addEventListener('selectionchange', () => {
    const selection = frameDocument.getSelection();
    const text = selection?.toString().trim() ?? '';
    if (!selection || text === '' || selection.rangeCount === 0) {
      callbacks.current.onSelection({ text: '', anchor: null });
      return;
    }
    const rect = selection.getRangeAt(selection.rangeCount - 1).getBoundingClientRect();
    const frameRect = frame.getBoundingClientRect();
    callbacks.current.onSelection({
      text,
      anchor: { x: frameRect.left + rect.left + rect.width / 2, y: frameRect.top + rect.bottom },
    });
  });
  callbacks.current.onDocument(frameDocument);
}

/**
 * The snapshot in a frame sandboxed without allow-scripts (allow-same-origin only, so the window can read
 * the selection, mark find results and style it); its own CSP stops it loading anything.
 */
export function SnapshotFrame({ html, language, theme, title, onDocument, onSelection, onKey }: SnapshotFrameProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const callbacks = useRef({ onDocument, onSelection, onKey });
  useEffect(() => {
    callbacks.current = { onDocument, onSelection, onKey };
  });
  // The theme changes the frame's class, not its document: a new srcdoc would lose the reader's place.
  const [initialTheme] = useState(theme);
  const srcdoc = useMemo(() => snapshotSrcdoc({ html, language, theme: initialTheme }), [html, language, initialTheme]);

  useEffect(() => {
    const root = frameRef.current?.contentDocument?.documentElement;
    if (!root) return;
    root.classList.toggle('snapshot-dark', theme === 'dark');
    root.classList.toggle('snapshot-light', theme === 'light');
  }, [theme]);

  useEffect(() => () => callbacks.current.onDocument(null), []);

  function onLoad(): void {
    const frame = frameRef.current;
    if (frame) prepareFrame(frame, theme, callbacks);
  }

  return (
    <iframe
      ref={frameRef}
      className="snapshot-frame"
      title={title}
      sandbox="allow-same-origin"
      referrerPolicy="no-referrer"
      srcDoc={srcdoc}
      onLoad={onLoad}
    />
  );
}
