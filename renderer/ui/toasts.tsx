import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import './toasts.css';

export interface ToastAction {
  readonly label: string;
  readonly run: () => Promise<void> | void;
}
export interface ToastRequest {
  readonly message: string;
  readonly action?: ToastAction;
  readonly tone?: 'info' | 'error';
}
interface Toast extends ToastRequest {
  readonly id: number;
}

const TOAST_LIFETIME_MS = 8000;
const ToastContext = createContext<(toast: ToastRequest) => void>(() => undefined);

export function useToast(): (toast: ToastRequest) => void {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const show = useCallback((request: ToastRequest) => {
    const id = nextId.current++;
    setToasts((all) => [...all.slice(-2), { ...request, id }]);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <section className="toasts" aria-label="Notifications" aria-live="polite">
        {toasts.map((toast) => (
          <ToastView key={toast.id} toast={toast} onDismiss={dismiss} onError={show} />
        ))}
      </section>
    </ToastContext.Provider>
  );
}

function ToastView({
  toast,
  onDismiss,
  onError,
}: {
  toast: Toast;
  onDismiss: (id: number) => void;
  onError: (toast: ToastRequest) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [hovered, setHovered] = useState(false);
  useEffect(() => {
    if (hovered || busy) return;
    const timer = setTimeout(() => onDismiss(toast.id), TOAST_LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [hovered, busy, toast.id, onDismiss]);

  async function runAction(action: ToastAction): Promise<void> {
    setBusy(true);
    try {
      await action.run();
      onDismiss(toast.id);
    } catch (error) {
      onDismiss(toast.id);
      onError({ message: error instanceof Error ? error.message : String(error), tone: 'error' });
    }
  }

  return (
    <div
      className={`toast toast-${toast.tone ?? 'info'}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setHovered(true)}
      onBlur={() => setHovered(false)}
    >
      <span className="toast-message">{toast.message}</span>
      {toast.action && (
        <button
          type="button"
          className="button button-quiet"
          disabled={busy}
          onClick={() => void runAction(toast.action!)}
        >
          {toast.action.label}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss notification"
        onClick={() => onDismiss(toast.id)}
      >
        ×
      </button>
    </div>
  );
}
