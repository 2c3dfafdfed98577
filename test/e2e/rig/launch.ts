import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PUSH_EVENT_NAMES, type PushEventName, type PushPayload } from '../../../shared/contract/events.ts';
import { isProcedureName, procedures } from '../../../shared/contract/procedures.ts';
import { fail, ok, type Result } from '../../../shared/contract/result.ts';
import { isSafeExternalUrl } from '../../../electron/main/security.ts';
import type { NotebookHost } from '../../../electron/main/notebook-host.ts';
import { dispatch } from '../../../electron/services/dispatch.ts';
import { DEFAULT_NOTEBOOK_FILE_NAME } from '../../../electron/services/notebook-location.ts';
import type { OpenNotebook } from '../../../electron/store/notebook.ts';
import { chromiumPath, NO_CHROMIUM_REASON } from './chromium.ts';
import { sandboxedLaunch } from './sandboxed-chromium.ts';
import {
  CALL_BINDING,
  installRigBridge,
  OPEN_BACKUP_COPY_BINDING,
  OPEN_EXTERNAL_BINDING,
  REPORT_BINDING,
  type CallAnswer,
  type CspViolationReport,
  type RigGlobal,
} from './page-bridge.ts';
import {
  describeProblems,
  newPageRecord,
  requestsLeavingOrigin,
  watchPage,
  type PageRecord,
  type RecordedRequest,
} from './page-watch.ts';
import { createRigHost } from './rig-host.ts';
import type { DialogAnswerer, DialogSeen } from './scripted-dialog.ts';
import { serveDirectory, type StaticServer } from './static-server.ts';

export interface WindowOptions {
  /** The window's size in CSS pixels; 1280×800 unless told. */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Device pixels per CSS pixel (2 for sharp screenshots); 1 unless told. */
  readonly deviceScaleFactor?: number;
  /** What `prefers-color-scheme` answers; 'light' unless told. */
  readonly colorScheme?: 'light' | 'dark';
}

export interface OpenAppOptions extends WindowOptions {
  /** Open this notebook file (created when missing). Without it, a new empty notebook in a temp folder, named as the app's own first notebook. */
  readonly notebookPath?: string;
  /** Add the sample case before the window opens. */
  readonly sample?: boolean;
  /** The app's user-data folder (settings, backups); a new temp folder unless told. */
  readonly userData?: string;
  /**
   * Whether the quick check and the day's first backup run once the window is up, as in the app (yes unless
   * told). Benchmarks turn them off so that a backup does not run while they measure.
   */
  readonly checksAfterOpening?: boolean;
  /** Chooses the buttons of the main process's message boxes; without it, each box is cancelled. */
  readonly answerDialog?: DialogAnswerer;
}

export interface LaunchOptions extends OpenAppOptions {
  /** The built renderer (see build-renderer.ts). */
  readonly rendererDir: string;
  /** Where notebooks without a path and browser profiles go. */
  readonly scratchDir: string;
}

export interface CasebookApp {
  readonly page: Page;
  /** The notebook the window opened with. */
  readonly notebookPath: string;
  /** The notebook open now (another after a backup copy or recovery was opened), or null. */
  currentNotebook(): OpenNotebook | null;
  /** The app's user-data folder: settings, and the backups under Backups/. */
  readonly userData: string;
  /** The message boxes the main process showed, oldest first, with the buttons chosen. */
  readonly dialogs: readonly DialogSeen[];
  /** Opens another notebook file, as Open Recent or a double-clicked file does; false when it was refused. */
  openNotebook(path: string): Promise<boolean>;
  /** Settles when the quick check and daily backup after the latest open have finished. */
  notebookCareSettled(): Promise<void>;
  /** The local origin the renderer is served from, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
  /** What the rig saw: requests, page and console errors, CSP violations, links opened externally. */
  readonly record: Readonly<PageRecord>;
  /** Requests that went anywhere but the local origin (the app should never make one). */
  requestsLeavingOrigin(): RecordedRequest[];
  /** Returns the CSP violations seen so far and forgets them, for tests that provoke them on purpose. */
  takeCspViolations(): CspViolationReport[];
  /** Sends a push event to the window, as the main process does (e.g. a menu command). */
  push<E extends PushEventName>(event: E, payload: PushPayload<E>): Promise<void>;
  /**
   * Closes the window the way a person does: the window's pending edits are written first (its flush
   * function is awaited), then the browser and the notebook close. Throws if the session saw an uncaught
   * page error, a CSP violation, a failed bridge call or a request leaving the local origin.
   */
  close(): Promise<void>;
  readonly closed: boolean;
}

export const LAUNCH_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

const FLUSH_TIMEOUT_MS = 10_000;
/** How long a click or a wait for an element may take before the test fails (Playwright's default is 30 s). */
const ACTION_TIMEOUT_MS = 15_000;

/** Headless Chromium with a fresh profile in `profileDir`, sized and themed as `options` say. */
export async function launchChromium(profileDir: string, options: WindowOptions = {}): Promise<BrowserContext> {
  const executablePath = chromiumPath();
  if (executablePath === null) throw new Error(NO_CHROMIUM_REASON);
  const launch = sandboxedLaunch(executablePath, profileDir);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: launch.executablePath,
    env: launch.env,
    chromiumSandbox: true,
    headless: true,
    args: LAUNCH_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: 'block',
    acceptDownloads: false,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  return context;
}

/**
 * Opens the built renderer in headless Chromium with `window.casebook` bound to the real services on a
 * real notebook file — the same procedure table the main process registers, with no logic of its own.
 * Works outside Vitest too (the benchmarks use it); tests call harness.ts's openApp.
 */
export async function launchApp(options: LaunchOptions): Promise<CasebookApp> {
  const cleanups: (() => unknown)[] = [];
  const cleanUp = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  };

  try {
    const notebookPath =
      options.notebookPath ?? join(mkdtempSync(join(options.scratchDir, 'notebook-')), DEFAULT_NOTEBOOK_FILE_NAME);
    const userData = options.userData ?? mkdtempSync(join(options.scratchDir, 'user-data-'));
    const rig = createRigHost({
      userData,
      checksAfterOpening: options.checksAfterOpening !== false,
      answerDialog: options.answerDialog,
      flushWindow,
    });
    cleanups.push(() => rig.close());
    const { host, dialogs } = rig;
    if (!(await host.session.open(notebookPath, { create: !existsSync(notebookPath) })))
      throw new Error(`The notebook did not open:\n${dialogs.map((seen) => `${seen.message} ${seen.detail}`).join('\n')}`);
    const opened = host.session.current();
    if (options.sample === true && opened !== null) addSample(opened);

    const server = await serveDirectory(options.rendererDir);
    cleanups.push(() => server.close());

    const profileDir = mkdtempSync(join(options.scratchDir, 'profile-'));
    cleanups.push(() => rmSync(profileDir, { recursive: true, force: true }));
    const context = await launchChromium(profileDir, options);
    cleanups.push(() => context.close());

    const record = newPageRecord();
    await bindBridge(context, host, record);
    const window = context.pages()[0] ?? (await context.newPage());
    watchPage(context, window, record);
    await window.goto(`${server.origin}/index.html`);
    rig.windowShown(window);

    return sessionOf({ page: window, notebookPath, userData, dialogs, host, server, record, cleanUp });
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

function addSample(notebook: OpenNotebook): void {
  const added = dispatch(notebook.db, 'notebook.addSample', {});
  if (!added.ok) throw new Error(`The sample case could not be added: ${added.error.code}: ${added.error.message}`);
}

async function bindBridge(context: BrowserContext, host: NotebookHost, record: PageRecord): Promise<void> {
  await context.exposeBinding(CALL_BINDING, async (_source, procedure: unknown, request: unknown): Promise<CallAnswer> => {
    try {
      const db = host.session.current()?.db;
      if (db === undefined)
        return { result: fail('notebook-missing', 'No notebook is open. Open or create one from the File menu.'), tablesChanged: null };
      // Structured clone, as Electron's IPC does: an answer the window could not receive fails here too.
      const result = structuredClone(await host.dispatch(db, procedure, request));
      const writes = result.ok && isProcedureName(procedure) ? procedures[procedure].writes : [];
      return { result, tablesChanged: writes.length > 0 ? [...writes] : null };
    } catch (error) {
      record.bridgeFailures.push(`${String(procedure)}: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  });
  await context.exposeBinding(OPEN_BACKUP_COPY_BINDING, async (_source, path: unknown): Promise<Result<{ opened: boolean }>> => {
    // As electron/main/ipc.ts answers.
    if (typeof path !== 'string' || path.length === 0 || path.length > 4096)
      return fail('invalid-request', 'path: expected the path of a restored backup copy');
    try {
      return ok({ opened: await host.openBackupCopy(path) });
    } catch (error) {
      return fail('internal', `The backup copy could not be opened: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  await context.exposeBinding(OPEN_EXTERNAL_BINDING, (_source, url: unknown): Result<{ opened: boolean }> => {
    // As electron/main/ipc.ts answers, except that nothing is ever opened: the URL is only recorded.
    if (typeof url !== 'string') return fail('invalid-request', 'url: expected a string');
    const opened = isSafeExternalUrl(url);
    record.openedExternally.push({ url, opened });
    return ok({ opened });
  });
  await context.exposeBinding(REPORT_BINDING, (_source, violation: CspViolationReport) => {
    record.cspViolations.push(violation);
  });
  await context.addInitScript(installRigBridge, PUSH_EVENT_NAMES);
}

interface SessionParts {
  readonly page: Page;
  readonly notebookPath: string;
  readonly userData: string;
  readonly dialogs: readonly DialogSeen[];
  readonly host: NotebookHost;
  readonly server: StaticServer;
  readonly record: PageRecord;
  readonly cleanUp: () => Promise<void>;
}

function sessionOf({ page, notebookPath, userData, dialogs, host, server, record, cleanUp }: SessionParts): CasebookApp {
  let closed = false;
  return {
    page,
    notebookPath,
    userData,
    dialogs,
    currentNotebook: () => host.session.current(),
    openNotebook: (path) => host.session.open(path),
    notebookCareSettled: () => host.careSettled(),
    origin: server.origin,
    record,
    get closed() {
      return closed;
    },
    requestsLeavingOrigin: () => requestsLeavingOrigin(record, server.origin),
    takeCspViolations: () => record.cspViolations.splice(0),
    async push(event, payload) {
      await page.evaluate(([name, value]) => (globalThis as unknown as RigGlobal).__casebookRig.emit(name, value), [
        event,
        payload,
      ] as const);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await flushWindow(page);
      } finally {
        await cleanUp();
      }
      if (record.consoleErrors.length > 0)
        console.warn(`The window logged errors:\n${record.consoleErrors.join('\n')}`);
      const problems = describeProblems(record, server.origin);
      if (problems !== null) throw new Error(`The window had problems during this session:\n${problems}`);
    },
  };
}

async function flushWindow(page: Page): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `The window did not finish writing its pending edits within ${FLUSH_TIMEOUT_MS / 1000} s of being asked to close.`,
          ),
        ),
      FLUSH_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([page.evaluate(() => (globalThis as unknown as RigGlobal).__casebookRig.flush()), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
