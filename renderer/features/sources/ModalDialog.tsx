/**
 * <ModalDialog label onClose initialFocus? className? children>
 * - label: the dialog's accessible name (also shown as its heading).
 * - onClose(): Escape or a click on the backdrop.
 * - initialFocus: a ref to focus on open (default: the first focusable control).
 * A modal rendered at the end of <body>: everything else is inert and hidden from assistive technology
 * while it is open, Tab cycles inside it, and focus returns where it was when it closes.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';
import '../../ui/dialog.css';
import './sources.css';

export interface ModalDialogProps {
  readonly label: string;
  readonly onClose: () => void;
  readonly initialFocus?: RefObject<HTMLElement | null>;
  readonly className?: string;
  readonly children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** Makes every other child of <body> inert and hidden; returns the function that undoes it. */
function isolate(host: HTMLElement): () => void {
  const changed: { element: HTMLElement; inert: boolean; hidden: string | null }[] = [];
  for (const element of Array.from(document.body.children)) {
    if (element === host || !(element instanceof HTMLElement) || element.tagName === 'SCRIPT') continue;
    changed.push({ element, inert: element.inert, hidden: element.getAttribute('aria-hidden') });
    element.inert = true;
    element.setAttribute('aria-hidden', 'true');
  }
  return () => {
    for (const { element, inert, hidden } of changed) {
      element.inert = inert;
      if (hidden === null) element.removeAttribute('aria-hidden');
      else element.setAttribute('aria-hidden', hidden);
    }
  };
}

export function ModalDialog({ label, onClose, initialFocus, className, children }: ModalDialogProps) {
  const titleId = useId();
  const [host] = useState(() => document.createElement('div'));
  const dialogRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const returnFocus = document.activeElement;
    document.body.appendChild(host);
    const restore = isolate(host);
    return () => {
      restore();
      host.remove();
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    };
  }, [host]);

  useEffect(() => {
    const target = initialFocus?.current ?? dialogRef.current?.querySelector<HTMLElement>(FOCUSABLE);
    target?.focus();
    // Only on open: later focus moves belong to the dialog's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    // React sends a portal's events to its React ancestors (a grid, a list): keys typed here are not theirs.
    event.stopPropagation();
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab' && dialogRef.current) {
      const focusable = Array.from(dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE));
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  return createPortal(
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={dialogRef}
        className={className ? `dialog source-dialog ${className}` : 'dialog source-dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {label}
        </h2>
        {children}
      </div>
    </div>,
    host,
  );
}
