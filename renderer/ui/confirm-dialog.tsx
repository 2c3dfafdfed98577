import { createContext, useCallback, useContext, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import './dialog.css';

export interface ConfirmRequest {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly danger?: boolean;
}
type Pending = ConfirmRequest & { resolve: (confirmed: boolean) => void };

const ConfirmContext = createContext<(request: ConfirmRequest) => Promise<boolean>>(() => Promise.resolve(false));

/** Asks a yes/no question in a modal dialog; resolves true when the person confirms. */
export function useConfirm(): (request: ConfirmRequest) => Promise<boolean> {
  return useContext(ConfirmContext);
}

/**
 * Renders `children` (the app) and, beside it, the open dialog. While a dialog is open the app is inert and
 * hidden from assistive technology, so only the dialog's controls can be reached.
 */
export function ConfirmProvider({ children }: { children: (inert: boolean) => ReactNode }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback(
    (request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ ...request, resolve })),
    [],
  );
  function close(confirmed: boolean): void {
    pending?.resolve(confirmed);
    setPending(null);
  }
  return (
    <ConfirmContext.Provider value={confirm}>
      {children(pending !== null)}
      {pending && <ConfirmDialog request={pending} onClose={close} />}
    </ConfirmContext.Provider>
  );
}

function ConfirmDialog({ request, onClose }: { request: ConfirmRequest; onClose: (confirmed: boolean) => void }) {
  const titleId = useId();
  const messageId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<Element | null>(null);
  useEffect(() => {
    returnFocus.current = document.activeElement;
    cancelRef.current?.focus();
    return () => {
      if (returnFocus.current instanceof HTMLElement && returnFocus.current.isConnected) returnFocus.current.focus();
    };
  }, []);
  function onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(false);
    } else if (event.key === 'Tab') {
      // Keep focus inside the two buttons.
      event.preventDefault();
      (document.activeElement === cancelRef.current ? confirmRef.current : cancelRef.current)?.focus();
    }
  }
  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose(false)}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {request.title}
        </h2>
        <p id={messageId} className="dialog-message">
          {request.message}
        </p>
        <div className="dialog-actions">
          <button ref={cancelRef} type="button" className="button" onClick={() => onClose(false)}>
            Cancel
          </button>
          <button
            ref={confirmRef}
            type="button"
            className={request.danger ? 'button button-danger' : 'button button-primary'}
            onClick={() => onClose(true)}
          >
            {request.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
