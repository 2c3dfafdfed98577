import type { App, BrowserWindow, Dialog, IpcMain, Menu, Protocol, Screen, Session, Shell } from 'electron';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pushChannel, type MenuCommand, type PushEventName, type PushPayload } from '../../shared/contract/events.ts';
import { processIsRunning } from './notebook-lock.ts';
import { createNotebookHost } from './notebook-host.ts';
import { APP_ENTRY_URL, APP_ORIGIN, serveAppProtocol } from './app-protocol.ts';
import { registerIpc } from './ipc.ts';
import { savePdf } from './print-pdf.ts';
import { electronSavePdfDeps } from './save-pdf-deps.ts';
import { notebookFileFromArgv } from './launch-file.ts';
import { buildMenuTemplate } from './menu.ts';
import type { NotebookSession } from './notebook-session.ts';
import { confineRequests, denyAllPermissions, externalUrlToOpen, lockDownWebContents } from './security.ts';
import { fileSettingsStore, SETTINGS_FILE_NAME, withRecentCleared } from './settings.ts';
import { createMainWindow, type MainWindow } from './window.ts';

/** The Electron main-process modules the app uses, passed in so the wiring names them in one place. */
export interface ElectronMain {
  readonly app: App;
  readonly BrowserWindow: typeof BrowserWindow;
  readonly dialog: Dialog;
  readonly ipcMain: IpcMain;
  readonly Menu: typeof Menu;
  readonly protocol: Protocol;
  readonly screen: Screen;
  readonly session: { readonly defaultSession: Session };
  readonly shell: Shell;
}

export interface AppLocations {
  /** The folder of the built main bundle (out/main); the preload and renderer are its siblings. */
  readonly mainDir: string;
  /** In development, the electron-vite dev server (ELECTRON_RENDERER_URL); otherwise null. */
  readonly devServerUrl: string | null;
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/**
 * Wires the app: lockdown, the app:// protocol, the one IPC entry, the notebook, the menu and the window.
 * Call once, after taking the single-instance lock and before the app is ready.
 */
export function startCasebook(electron: ElectronMain, locations: AppLocations): void {
  const { app } = electron;
  const isDevelopment = locations.devServerUrl !== null;
  const trustedUrlPrefix = isDevelopment ? withTrailingSlash(locations.devServerUrl ?? '') : `${APP_ORIGIN}/`;
  // DevTools pages are the browser's own; in development the dev server also hot-reloads over a WebSocket.
  const allowedRequestPrefixes = isDevelopment
    ? [trustedUrlPrefix, trustedUrlPrefix.replace(/^http/u, 'ws'), 'devtools://']
    : [trustedUrlPrefix, 'devtools://'];
  const settings = fileSettingsStore(join(app.getPath('userData'), SETTINGS_FILE_NAME));
  let notebooks: NotebookSession | null = null;
  let mainWindow: MainWindow | null = null;
  let quitting = false;
  let pendingFile: string | null = notebookFileFromArgv(process.argv, process.cwd());

  function send<E extends PushEventName>(event: E, payload: PushPayload<E>): void {
    const contents = mainWindow?.window.webContents;
    if (contents !== undefined && !contents.isDestroyed()) contents.send(pushChannel(event), payload);
  }

  function openExternal(url: string): Promise<void> {
    const target = externalUrlToOpen(url);
    if (target === null) return Promise.resolve();
    return electron.shell.openExternal(target); // eng-disable OPEN_EXTERNAL_JS_CHECK -- target passed the http/https/mailto allowlist in externalUrlToOpen
  }

  function refreshMenu(): void {
    const template = buildMenuTemplate({
      platform: process.platform,
      isDevelopment,
      recentNotebooks: settings.get().recentNotebooks,
      actions: {
        send: (command: MenuCommand) => send('menu-command', { command }),
        newNotebook: () => void notebooks?.newWithDialog(),
        openNotebook: () => void notebooks?.openWithDialog(),
        openRecent: (path) => void notebooks?.open(path),
        clearRecent: () => {
          settings.update(withRecentCleared);
          refreshMenu();
        },
        about: () => app.showAboutPanel(),
      },
    });
    electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(template));
  }

  function openWindow(): void {
    mainWindow = createMainWindow({
      BrowserWindow: electron.BrowserWindow,
      preloadPath: join(locations.mainDir, '..', 'preload', 'index.cjs'),
      entryUrl: locations.devServerUrl ?? APP_ENTRY_URL,
      settings,
      displayWorkAreas: () => electron.screen.getAllDisplays().map((display) => display.workArea),
      onClosed: () => {
        mainWindow = null;
        if (quitting) app.quit();
      },
    });
  }

  function focusWindow(): void {
    const window = mainWindow?.window;
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  }

  /** A .casebook file from the system (double-click, a second launch): open it once the app is ready. */
  function openFromSystem(path: string): void {
    if (notebooks === null) {
      pendingFile = path;
      return;
    }
    focusWindow();
    void notebooks.open(path);
  }

  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromSystem(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusWindow();
    const file = notebookFileFromArgv(argv, workingDirectory);
    if (file !== null) openFromSystem(file);
  });
  app.on('web-contents-created', (_event, contents) => {
    lockDownWebContents(contents, (url) => void openExternal(url).catch(() => undefined));
  });
  // Every session, not only the default one (the PDF printer's window has its own): no permissions, and
  // no request beyond the app's own files.
  app.on('session-created', (session) => {
    denyAllPermissions(session);
    confineRequests(session, allowedRequestPrefixes);
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('will-quit', () => {
    notebooks?.close();
  });
  app.on('activate', () => {
    if (mainWindow === null && notebooks !== null) openWindow();
  });

  async function whenReady(): Promise<void> {
    denyAllPermissions(electron.session.defaultSession);
    confineRequests(electron.session.defaultSession, allowedRequestPrefixes);
    serveAppProtocol(electron.protocol, join(locations.mainDir, '..', 'renderer'));
    const host = createNotebookHost({
      userData: app.getPath('userData'),
      documentsFolder: app.getPath('documents'),
      appVersion: app.getVersion(),
      dialog: electron.dialog,
      showErrorBox: (title, message) => electron.dialog.showErrorBox(title, message),
      settings,
      lock: { pid: process.pid, host: hostname(), isRunning: processIsRunning, now: () => new Date() },
      send,
      beforeSwitch: async () => {
        await mainWindow?.flush.request();
      },
      afterOpened: refreshMenu,
      defer: (work) => setTimeout(work, 1_000),
    });
    const session = host.session;
    registerIpc({
      ipcMain: electron.ipcMain,
      trustedContents: () => mainWindow?.window.webContents ?? null,
      trustedUrlPrefix,
      currentNotebook: () => session.current()?.db ?? null,
      dispatch: (db, procedure, request) => host.dispatch(db, procedure, request),
      announceTablesChanged: (tables) => send('tables-changed', { tables: [...tables] }),
      openExternal,
      openBackupCopy: (path) => host.openBackupCopy(path),
      savePdf: (db, caseId, options) =>
        savePdf(
          electronSavePdfDeps(electron, db, () => mainWindow?.window ?? null),
          caseId,
          options,
        ),
      onFlushDone: (requestId) => mainWindow?.flush.acknowledge(requestId),
    });

    const file = pendingFile;
    pendingFile = null;
    const opened = (file !== null && (await session.open(file))) || (await session.openAtStart());
    if (!opened) {
      app.quit();
      return;
    }
    notebooks = session;
    refreshMenu();
    openWindow();
    if (pendingFile !== null) openFromSystem(pendingFile);
  }

  app
    .whenReady()
    .then(whenReady)
    .catch((error: unknown) => {
      electron.dialog.showErrorBox('Casebook could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
