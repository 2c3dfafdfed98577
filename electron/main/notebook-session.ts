import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CasebookError, type CasebookErrorInfo } from '../../shared/contract/result.ts';
import type { OpenNotebook, OpenNotebookOptions } from '../store/notebook.ts';
import type { NotebookDialogs } from './notebook-dialogs.ts';
import { withOpenedNotebook, withoutRecentNotebook, type SettingsStore } from './settings.ts';

export interface NotebookSessionDeps {
  openNotebook(path: string, options?: OpenNotebookOptions): OpenNotebook;
  readonly defaultNotebookPath: string;
  readonly settings: SettingsStore;
  readonly dialogs: NotebookDialogs;
  /** Lets the window write its pending edits to the notebook that is still open. */
  beforeSwitch(): Promise<void>;
  /** A notebook is now open: tell the window, refresh the menu. */
  onOpened(notebook: OpenNotebook): void;
}

export interface NotebookSession {
  current(): OpenNotebook | null;
  /** Opens the last notebook, else the default one (created when missing). False when the person chose to quit. */
  openAtStart(): Promise<boolean>;
  /** Switches to the notebook at a path (from Open Recent, a double-clicked file, a second launch). */
  open(path: string, options?: { create?: boolean }): Promise<boolean>;
  openWithDialog(): Promise<boolean>;
  newWithDialog(): Promise<boolean>;
  close(): void;
}

function errorInfo(error: unknown): CasebookErrorInfo {
  if (error instanceof CasebookError) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Which notebook the app has open, and switching between notebooks. A notebook that will not open is
 * reported by name and left exactly as it was; the notebook that was open stays open.
 */
export function createNotebookSession(deps: NotebookSessionDeps): NotebookSession {
  let current: OpenNotebook | null = null;

  function tryOpen(path: string, create: boolean): OpenNotebook | CasebookErrorInfo {
    try {
      if (create) mkdirSync(dirname(path), { recursive: true });
      return deps.openNotebook(path, { create });
    } catch (error) {
      const failure = errorInfo(error);
      if (failure.code !== 'notebook-readonly' || create) return failure;
    }
    // A notebook on read-only media (a CD, a locked share) still opens, for reading; the window says so.
    try {
      return deps.openNotebook(path, { readonly: true });
    } catch (error) {
      return errorInfo(error);
    }
  }

  function adopt(notebook: OpenNotebook): void {
    const previous = current;
    current = notebook;
    previous?.close();
    deps.settings.update((settings) => withOpenedNotebook(settings, notebook.path));
    deps.onOpened(notebook);
  }

  async function openPath(
    rawPath: string,
    create: boolean,
    offerOpenOther: boolean,
  ): Promise<OpenNotebook | 'failed' | 'pick-another'> {
    const path = resolve(rawPath);
    const opened = tryOpen(path, create);
    if ('db' in opened) return opened;
    if (opened.code === 'notebook-missing') deps.settings.update((settings) => withoutRecentNotebook(settings, path));
    const pickAnother = await deps.dialogs.reportOpenFailure(path, opened, { offerOpenOther });
    return pickAnother ? 'pick-another' : 'failed';
  }

  async function switchTo(path: string, create: boolean): Promise<boolean> {
    if (current !== null && resolve(path) === current.path) return true;
    if (current !== null) await deps.beforeSwitch();
    const outcome = await openPath(path, create, false);
    if (outcome === 'failed' || outcome === 'pick-another') return false;
    adopt(outcome);
    return true;
  }

  return {
    current: () => current,

    async openAtStart() {
      const last = deps.settings.get().lastNotebook;
      const defaultPath = resolve(deps.defaultNotebookPath);
      let outcome: OpenNotebook | 'failed' | 'pick-another' =
        last !== null && resolve(last) !== defaultPath ? await openPath(last, false, false) : 'failed';
      if (outcome === 'failed') outcome = await openPath(defaultPath, true, true);
      while (outcome === 'pick-another') {
        const chosen = await deps.dialogs.chooseNotebookToOpen();
        if (chosen === null) return false;
        outcome = await openPath(chosen, false, true);
      }
      if (outcome === 'failed') return false;
      adopt(outcome);
      return true;
    },

    open: (path, options) => switchTo(path, options?.create ?? false),

    async openWithDialog() {
      const chosen = await deps.dialogs.chooseNotebookToOpen();
      return chosen === null ? false : switchTo(chosen, false);
    },

    async newWithDialog() {
      const chosen = await deps.dialogs.chooseNewNotebookPath();
      return chosen === null ? false : switchTo(chosen, true);
    },

    close() {
      current?.close();
      current = null;
    },
  };
}
