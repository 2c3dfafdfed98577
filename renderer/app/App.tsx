import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { bridge, errorMessage, mutate, useQuery } from '../api.ts';
import { useEditHistory } from '../edit-history.ts';
import { flushAllWrites } from '../save-queue.ts';
import { NO_FILTERS } from '../features/case-list/case-filters.ts';
import type { CaseFilters } from '../features/case-list/case-filters.ts';
import { CaseList } from '../features/case-list/CaseList.tsx';
import { CaseListControls } from '../features/case-list/CaseListControls.tsx';
import { CasePage } from '../features/case/CasePage.tsx';
import { LibraryView } from '../features/library/LibraryView.tsx';
import { CompareView } from '../features/compare/CompareView.tsx';
import { CompareChoiceBar } from '../features/compare/CompareChoiceBar.tsx';
import type { ChosenCase } from '../features/compare/ComparePicker.tsx';
import { MAX_COMPARED_CASES } from '../../shared/contract/compare.ts';
import type { CaseSummary } from '../../shared/contract/procedures.ts';
import { DashboardView } from '../features/dashboard/DashboardView.tsx';
import { SearchPanel } from '../features/search/SearchPanel.tsx';
import { CaseFindBar } from '../features/case-find/CaseFindBar.tsx';
import { dispatchAppEvent, useAppEvent } from '../app-events.ts';
import type { AppEventDetails } from '../app-events.ts';
import { CommandPalette } from '../features/palette/CommandPalette.tsx';
import type { PaletteCommand } from '../features/palette/CommandPalette.tsx';
import { QuickOpen } from '../features/palette/QuickOpen.tsx';
import { ShortcutsHelp } from '../features/palette/ShortcutsHelp.tsx';
import { ArticleImport } from '../features/import/ArticleImport.tsx';
import { TemplateDialogs } from '../features/templates/TemplateDialogs.tsx';
import { TrashPanel } from '../features/trash/TrashPanel.tsx';
import { BackupsDialog } from '../features/backups/BackupsDialog.tsx';
import { NoCaseSelected, WelcomePage } from '../features/welcome/WelcomePage.tsx';
import { ConfirmProvider } from '../ui/confirm-dialog.tsx';
import { ReadonlyBanner } from '../ui/readonly-banner.tsx';
import { ToastProvider, useToast } from '../ui/toasts.tsx';
import { addItem, insertCitation, jumpToSection, paletteCommands, shortcutHelpGroups } from './commands.ts';
import type { CommandAction } from './commands.ts';
import { useGlobalShortcuts } from './shortcuts.ts';
import type { ShortcutAction } from './shortcut-table.ts';
import { useLastCase } from './last-case.ts';
import { useUndoRedo } from './use-undo-keys.ts';
import { useTheme } from './theme.ts';
import { ThemeSelect } from './ThemeSelect.tsx';
import './base.css';
import './shell.css';
import { notebookNameOf, windowTitleFor } from './window-title.ts';
import { NotebookReadonlyContext } from '../notebook-readonly.ts';
import { useReadonlyGuard } from './use-readonly-guard.ts';

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
  const [selectedId, setSelectedCase] = useLastCase();
  // The main area shows the open case, or the notebook's source library (and which source to select).
  const [library, setLibrary] = useState<{ sourceId: string | null; request: number } | null>(null);
  // Or, above both, the comparison of cases or the notebook dashboard; closing it shows what was there.
  const [insight, setInsight] = useState<{
    view: 'compare' | 'dashboard';
    request: number;
    cases?: readonly ChosenCase[];
  } | null>(null);
  const openInsight = useCallback(
    (view: 'compare' | 'dashboard', cases?: readonly ChosenCase[]) =>
      setInsight((current) => ({ view, request: (current?.request ?? 0) + 1, cases })),
    [],
  );
  const closeInsight = useCallback(() => setInsight(null), []);
  // Cases chosen for comparison in the case list (Ctrl/Cmd+click).
  const [compareChoice, setCompareChoice] = useState<readonly ChosenCase[]>([]);
  const toggleCompareChoice = useCallback(
    (summary: CaseSummary) => {
      if (compareChoice.some((entry) => entry.id === summary.id))
        setCompareChoice(compareChoice.filter((entry) => entry.id !== summary.id));
      else if (compareChoice.length >= MAX_COMPARED_CASES)
        toast({ message: `At most ${MAX_COMPARED_CASES} cases can be compared: unchoose one first.` });
      else setCompareChoice([...compareChoice, { id: summary.id, title: summary.title }]);
    },
    [compareChoice, toast],
  );
  const pendingOpen = useRef<AppEventDetails['casebook:open-item'] | null>(null);
  const setSelectedId = useCallback(
    (id: string | null) => {
      setLibrary(null);
      setInsight(null);
      setSelectedCase(id);
    },
    [setSelectedCase],
  );
  const openLibrary = useCallback(
    (sourceId: string | null = null) => {
      setInsight(null);
      setLibrary((current) => ({ sourceId, request: (current?.request ?? 0) + 1 }));
    },
    [],
  );
  useAppEvent('casebook:open-library', ({ sourceId }) => openLibrary(sourceId ?? null));
  const openCaseAt = useCallback(
    (item: AppEventDetails['casebook:open-item']) => {
      pendingOpen.current = item;
      setSelectedId(item.caseId);
    },
    [setSelectedId],
  );
  // A search hit: the case on screen answers at once; another case opens first.
  const openItem = useCallback(
    (item: AppEventDetails['casebook:open-item']) => {
      if (library === null && insight === null && selectedId === item.caseId)
        dispatchAppEvent('casebook:open-item', item);
      else openCaseAt(item);
    },
    [library, insight, selectedId, openCaseAt],
  );
  // The notebook search panel and the case's find bar; each request puts the caret in their box.
  const [searchPanel, setSearchPanel] = useState<{ focus: number } | null>(null);
  const [caseFind, setCaseFind] = useState<{ focus: number } | null>(null);
  // The case page listens for its items once mounted; its effects run before this one.
  useEffect(() => {
    if (pendingOpen.current === null || library !== null || insight !== null) return;
    dispatchAppEvent('casebook:open-item', pendingOpen.current);
    pendingOpen.current = null;
  }, [library, insight, selectedId]);
  const [filters, setFilters] = useState<CaseFilters>(NO_FILTERS);
  const [dialog, setDialog] = useState<'palette' | 'quick-open' | 'help' | null>(null);
  // A command chosen in a dialog runs once the dialog has closed and given focus back.
  const afterDialog = useRef<(() => void) | null>(null);
  const history = useEditHistory();
  const [busy, setBusy] = useState(false);
  const [focusListRequest, setFocusListRequest] = useState(0);
  const [newCaseId, setNewCaseId] = useState<string | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const filterRef = useRef<HTMLInputElement>(null);
  const mainRef = useRef<HTMLElement>(null);
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

  // The notebook search takes the sidebar's place: going to the case list closes it.
  const focusCaseList = useCallback(() => {
    setSearchPanel(null);
    setFocusListRequest((n) => n + 1);
  }, []);
  const focusFilter = useCallback(() => {
    flushSync(() => setSearchPanel(null));
    filterRef.current?.focus();
  }, []);
  const undoRedo = useUndoRedo(setSelectedId, selectedId);
  const caseOpen = selectedId !== null;

  /** Runs a window action; false when it does not apply now (no case open). */
  const runAction = useCallback(
    (action: ShortcutAction): boolean => {
      switch (action.type) {
        case 'palette':
        case 'quick-open':
        case 'help': {
          const next = action.type;
          setDialog((current) => (current === next ? null : next));
          return true;
        }
        case 'new-case':
          void newCase();
          return true;
        case 'focus-case-list':
          focusCaseList();
          return true;
        case 'focus-filter':
          focusFilter();
          return true;
        case 'search-notebook':
          setSearchPanel((current) => ({ focus: (current?.focus ?? 0) + 1 }));
          return true;
        case 'find-in-case':
          if (!caseOpen || library !== null || insight !== null) return false;
          setCaseFind((current) => ({ focus: (current?.focus ?? 0) + 1 }));
          return true;
        case 'undo':
        case 'redo':
          void undoRedo(action.type);
          return true;
        case 'jump':
          if (!caseOpen) return false;
          jumpToSection(action.section);
          return true;
        case 'add':
          if (!caseOpen) return false;
          addItem(action.kind);
          return true;
        case 'insert-citation':
          if (!caseOpen) return false;
          insertCitation();
          return true;
      }
    },
    [newCase, focusCaseList, focusFilter, undoRedo, caseOpen, library, insight],
  );
  // While a dialog is open only the keys that switch dialogs work; under a confirmation, none.
  useGlobalShortcuts((action) => {
    if (inert) return false;
    if (dialog !== null && action.type !== 'palette' && action.type !== 'quick-open') return false;
    return runAction(action);
  });
  useEffect(() => {
    if (dialog !== null) return;
    const run = afterDialog.current;
    afterDialog.current = null;
    run?.();
  }, [dialog]);

  const menuHandlers = useRef({ newCase, openSample, toggleTheme: theme.toggle, focusCaseList });
  useLayoutEffect(() => {
    menuHandlers.current = { newCase, openSample, toggleTheme: theme.toggle, focusCaseList };
  });
  const notebookPath = info.data?.path;
  const notebookReadonly = info.data?.readonly === true;
  useEffect(() => {
    document.title = windowTitleFor(notebookPath, notebookReadonly);
  }, [notebookPath, notebookReadonly]);
  const tellReadonly = useCallback(
    () =>
      toast({
        message: 'This notebook is read-only, so it cannot be changed. To edit it, copy the file to a folder you can write to and open the copy.',
      }),
    [toast],
  );
  useReadonlyGuard(mainRef, notebookReadonly, tellReadonly);
  useEffect(() => bridge().on('notebook-notice', ({ tone, message }) => toast({ message, tone })), [toast]);
  useEffect(
    () =>
      bridge().on('menu-command', ({ command }) => {
        const handlers = menuHandlers.current;
        if (command === 'new-case') void handlers.newCase();
        else if (command === 'add-sample') void handlers.openSample();
        else if (command === 'toggle-theme') handlers.toggleTheme();
        else if (command === 'focus-case-list') handlers.focusCaseList();
        else if (command === 'show-trash') setTrashOpen(true);
        else if (command === 'import-article') dispatchAppEvent('casebook:import-article', { from: 'file' });
        else if (command === 'new-from-template') dispatchAppEvent('casebook:new-from-template', {});
      }),
    [],
  );

  const sampleAvailable = info.data?.sampleAvailable ?? false;
  const commands = useMemo(
    () =>
      paletteCommands({
        caseOpen,
        sampleAvailable,
        undoLabel: history.undoLabel,
        redoLabel: history.redoLabel,
      }),
    [caseOpen, sampleAvailable, history.undoLabel, history.redoLabel],
  );
  function runCommand(command: PaletteCommand<CommandAction>): void {
    const { action } = command;
    afterDialog.current = () => {
      if (action.type === 'open-sample') void openSample();
      else if (action.type === 'toggle-theme') theme.toggle();
      else if (action.type === 'show-trash') setTrashOpen(true);
      else if (action.type === 'show-backups') setBackupsOpen(true);
      else if (action.type === 'show-history') dispatchAppEvent('casebook:show-history', {});
      else if (action.type === 'open-library') openLibrary();
      else if (action.type === 'open-compare') openInsight('compare', compareChoice);
      else if (action.type === 'open-dashboard') openInsight('dashboard');
      else if (action.type === 'import-article') dispatchAppEvent('casebook:import-article', { from: action.from });
      else if (action.type === 'new-from-template') dispatchAppEvent('casebook:new-from-template', {});
      else if (action.type === 'edit-codebook') dispatchAppEvent('casebook:edit-codebook', {});
      else if (action.type === 'save-as-template') {
        if (selectedId !== null) dispatchAppEvent('casebook:save-as-template', { caseId: selectedId });
      } else runAction(action);
    };
    setDialog(null);
  }

  const caseCount = info.data?.caseCount ?? null;
  let content;
  if (insight !== null) {
    content =
      insight.view === 'compare' ? (
        <CompareView
          key={insight.request}
          initial={insight.cases ?? []}
          pickFirst={false}
          onOpenCase={setSelectedId}
          onClose={closeInsight}
        />
      ) : (
        <DashboardView key={insight.request} onClose={closeInsight} />
      );
  } else if (library !== null) {
    content = <LibraryView key={library.request} initialSourceId={library.sourceId} onOpenCase={openCaseAt} />;
  } else if (selectedId !== null) {
    content = (
      <>
        {caseFind && (
          <CaseFindBar
            key={`find-${selectedId}`}
            caseId={selectedId}
            focusRequest={caseFind.focus}
            onClose={() => setCaseFind(null)}
          />
        )}
        <CasePage
          key={selectedId}
          caseId={selectedId}
          focusTitle={newCaseId === selectedId}
          onTitleFocused={() => setNewCaseId(null)}
          onClosed={() => setSelectedId(null)}
          onOpen={setSelectedId}
        />
      </>
    );
  } else if (caseCount === 0) {
    content = (
      <WelcomePage
        sampleAvailable={info.data?.sampleAvailable ?? false}
        busy={busy}
        onNewCase={() => void newCase()}
        onOpenSample={() => void openSample()}
        onImportArticle={() => dispatchAppEvent('casebook:import-article', { from: 'file' })}
        onNewFromTemplate={() => dispatchAppEvent('casebook:new-from-template', {})}
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

  const modal = inert || dialog !== null;
  return (
    <NotebookReadonlyContext.Provider value={notebookReadonly}>
      <div className={searchPanel ? 'shell has-search-panel' : 'shell'} inert={modal} aria-hidden={modal || undefined}>
        <aside className="sidebar" aria-label="Sidebar">
          <div className="sidebar-header">
            <span className="brand" title={notebookPath}>
              {notebookNameOf(notebookPath) ?? 'Casebook'}
            </span>
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
              value={filters.query}
              onChange={(event) => setFilters({ ...filters, query: event.target.value })}
              onKeyDown={(event) => {
                if (event.key === 'ArrowDown' && !event.nativeEvent.isComposing) {
                  event.preventDefault();
                  focusCaseList();
                }
              }}
            />
          </div>
          <CaseListControls filters={filters} onChange={setFilters} />
          <CaseList
            filters={filters}
            selectedId={selectedId}
            onOpen={setSelectedId}
            focusRequest={focusListRequest}
            marked={new Set(compareChoice.map((entry) => entry.id))}
            onToggleMark={toggleCompareChoice}
          />
          {compareChoice.length > 0 && (
            <CompareChoiceBar
              chosen={compareChoice}
              onCompare={() => openInsight('compare', compareChoice)}
              onClear={() => setCompareChoice([])}
            />
          )}
          <div className="sidebar-nav">
            <button
              type="button"
              className={library !== null ? 'sidebar-nav-button is-active' : 'sidebar-nav-button'}
              aria-pressed={library !== null}
              onClick={() => openLibrary()}
            >
              Source library
            </button>
            <button
              type="button"
              className={insight?.view === 'compare' ? 'sidebar-nav-button is-active' : 'sidebar-nav-button'}
              aria-pressed={insight?.view === 'compare'}
              onClick={() => openInsight('compare', compareChoice)}
            >
              Compare cases
            </button>
            <button
              type="button"
              className={insight?.view === 'dashboard' ? 'sidebar-nav-button is-active' : 'sidebar-nav-button'}
              aria-pressed={insight?.view === 'dashboard'}
              onClick={() => openInsight('dashboard')}
            >
              Dashboard
            </button>
          </div>
          <div className="sidebar-footer">
            <button type="button" className="button button-quiet button-small" onClick={() => setTrashOpen(true)}>
              Trash
            </button>
            <button type="button" className="button button-quiet button-small" onClick={() => setBackupsOpen(true)}>
              Backups
            </button>
            <ThemeSelect choice={theme.choice} onChange={theme.setChoice} />
          </div>
        </aside>
        {searchPanel && (
          <SearchPanel
            focusRequest={searchPanel.focus}
            onClose={() => setSearchPanel(null)}
            onOpenItem={openItem}
            onOpenSource={(sourceId) => openLibrary(sourceId)}
          />
        )}
        <main className="main" ref={mainRef}>
          {info.data?.readonly === true && <ReadonlyBanner path={info.data.path} />}
          {content}
        </main>
        {trashOpen && <TrashPanel onClose={() => setTrashOpen(false)} onRestoredCase={setSelectedId} />}
        {backupsOpen && <BackupsDialog onClose={() => setBackupsOpen(false)} />}
        <ArticleImport onImported={setSelectedId} />
        <TemplateDialogs onCreated={setSelectedId} />
      </div>
      {dialog === 'palette' && (
        <CommandPalette commands={commands} onRun={runCommand} onClose={() => setDialog(null)} />
      )}
      {dialog === 'quick-open' && (
        <QuickOpen
          onClose={() => setDialog(null)}
          onOpen={(caseId) => {
            afterDialog.current = () => setSelectedId(caseId);
            setDialog(null);
          }}
        />
      )}
      {dialog === 'help' && <ShortcutsHelp groups={shortcutHelpGroups()} onClose={() => setDialog(null)} />}
    </NotebookReadonlyContext.Provider>
  );
}
