import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { bridge, errorMessage, mutate, useQuery } from '../api.ts';
import { flushAllWrites } from '../save-queue.ts';
import { CaseList } from '../features/case-list/CaseList.tsx';
import { CasePage } from '../features/case/CasePage.tsx';
import { TrashPanel } from '../features/trash/TrashPanel.tsx';
import { NoCaseSelected, WelcomePage } from '../features/welcome/WelcomePage.tsx';
import { ConfirmProvider } from '../ui/confirm-dialog.tsx';
import { ToastProvider, useToast } from '../ui/toasts.tsx';
import { useGlobalShortcuts } from './shortcuts.ts';
import { useLastCase } from './last-case.ts';
import { useTheme } from './theme.ts';
import { ThemeSelect } from './ThemeSelect.tsx';
import './base.css';
import './shell.css';

export function App() {
  const [notebookGeneration, setNotebookGeneration] = useState(0);
  useEffect(() => bridge().onFlushRequest(() => flushAllWrites()), []);
  useEffect(() => bridge().on('notebook-opened', () => setNotebookGeneration((n) => n + 1)), []);
  return (
    <ToastProvider>
      <ConfirmProvider>{(inert) => <Shell key={notebookGeneration} inert={inert} />}</ConfirmProvider>
    </ToastProvider>
  );
}

function Shell({ inert }: { inert: boolean }) {
  const theme = useTheme();
  const toast = useToast();
  const [selectedId, setSelectedId] = useLastCase();
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const [focusListRequest, setFocusListRequest] = useState(0);
  const [newCaseId, setNewCaseId] = useState<string | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const filterRef = useRef<HTMLInputElement>(null);
  const info = useQuery('notebook.info', {}, ['cases']);

  const newCase = useCallback(async () => {
    setBusy(true);
    try {
      await flushAllWrites();
      const created = await mutate('cases.create', {});
      setSelectedId(created.id);
      setNewCaseId(created.id);
    } catch (error) {
      toast({ message: `The case could not be created: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }, [setSelectedId, toast]);

  const openSample = useCallback(async () => {
    setBusy(true);
    try {
      const { caseId } = await mutate('notebook.addSample', {});
      setSelectedId(caseId);
    } catch (error) {
      toast({ message: `The sample case could not be added: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  }, [setSelectedId, toast]);

  const focusCaseList = useCallback(() => setFocusListRequest((n) => n + 1), []);
  const focusFilter = useCallback(() => filterRef.current?.focus(), []);
  useGlobalShortcuts({ newCase: () => void newCase(), focusCaseList, focusFilter });

  const menuHandlers = useRef({ newCase, openSample, toggleTheme: theme.toggle, focusCaseList });
  useLayoutEffect(() => {
    menuHandlers.current = { newCase, openSample, toggleTheme: theme.toggle, focusCaseList };
  });
  useEffect(
    () =>
      bridge().on('menu-command', ({ command }) => {
        const handlers = menuHandlers.current;
        if (command === 'new-case') void handlers.newCase();
        else if (command === 'add-sample') void handlers.openSample();
        else if (command === 'toggle-theme') handlers.toggleTheme();
        else if (command === 'focus-case-list') handlers.focusCaseList();
        else if (command === 'show-trash') setTrashOpen(true);
      }),
    [],
  );

  const caseCount = info.data?.caseCount ?? null;
  let content;
  if (selectedId !== null) {
    content = (
      <CasePage
        key={selectedId}
        caseId={selectedId}
        focusTitle={newCaseId === selectedId}
        onTitleFocused={() => setNewCaseId(null)}
        onClosed={() => setSelectedId(null)}
        onOpen={setSelectedId}
      />
    );
  } else if (caseCount === 0) {
    content = (
      <WelcomePage
        sampleAvailable={info.data?.sampleAvailable ?? false}
        busy={busy}
        onNewCase={() => void newCase()}
        onOpenSample={() => void openSample()}
      />
    );
  } else if (caseCount !== null) {
    content = <NoCaseSelected />;
  } else if (info.status === 'error') {
    content = (
      <p role="alert" className="main-error">
        The notebook could not be read: {info.error.message}
      </p>
    );
  }

  return (
    <div className="shell" inert={inert} aria-hidden={inert || undefined}>
      <aside className="sidebar" aria-label="Sidebar">
        <div className="sidebar-header">
          <span className="brand">Casebook</span>
          <button
            type="button"
            className="button button-primary button-small"
            disabled={busy}
            onClick={() => void newCase()}
          >
            New case
          </button>
        </div>
        <div className="sidebar-filter">
          <input
            ref={filterRef}
            type="text"
            autoComplete="off"
            className="input input-search"
            aria-label="Filter cases"
            placeholder="Filter cases"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' && !event.nativeEvent.isComposing) {
                event.preventDefault();
                focusCaseList();
              }
            }}
          />
        </div>
        <CaseList query={filter} selectedId={selectedId} onOpen={setSelectedId} focusRequest={focusListRequest} />
        <div className="sidebar-footer">
          <button type="button" className="button button-quiet button-small" onClick={() => setTrashOpen(true)}>
            Trash
          </button>
          <ThemeSelect choice={theme.choice} onChange={theme.setChoice} />
        </div>
      </aside>
      <main className="main">{content}</main>
      {trashOpen && <TrashPanel onClose={() => setTrashOpen(false)} onRestoredCase={setSelectedId} />}
    </div>
  );
}
