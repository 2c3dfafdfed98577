import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PUSH_EVENT_NAMES, type PushEventName, type PushPayload } from '../../../shared/contract/events.ts';
import { isProcedureName, procedures } from '../../../shared/contract/procedures.ts';
import { fail, ok, type Result } from '../../../shared/contract/result.ts';
import { isSafeExternalUrl } from '../../../electron/main/security.ts';
import { dispatch, dispatchAsync } from '../../../electron/services/dispatch.ts';
import { createPreparers, type Preparers } from '../../../electron/services/preparers.ts';
import { onImportProgress } from '../../../electron/services/article-import/import-jobs.ts';
import { openNotebook, type OpenNotebook } from '../../../electron/store/notebook.ts';
import { chromiumPath, NO_CHROMIUM_REASON } from './chromium.ts';
import {
  CALL_BINDING,
  installRigBridge,
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
  /** Open this notebook file (created when missing). Without it, a new empty notebook in a temp folder. */
  readonly notebookPath?: string;
  /** Add the sample case before the window opens. */
  readonly sample?: boolean;
}

export interface LaunchOptions extends OpenAppOptions {
  /** The built renderer (see build-renderer.ts). */
  readonly rendererDir: string;
  /** Where notebooks without a path and browser profiles go. */
  readonly scratchDir: string;
}

export interface CasebookApp {
  readonly page: Page;
  readonly notebookPath: string;
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
  '--no-sandbox',
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
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
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
      options.notebookPath ?? join(mkdtempSync(join(options.scratchDir, 'notebook-')), 'notebook.casebook');
    const notebook = openNotebook(notebookPath, { create: true });
    cleanups.push(() => notebook.close());
    if (options.sample === true) addSample(notebook);

    const server = await serveDirectory(options.rendererDir);
    cleanups.push(() => server.close());

    const profileDir = mkdtempSync(join(options.scratchDir, 'profile-'));
    cleanups.push(() => rmSync(profileDir, { recursive: true, force: true }));
    const context = await launchChromium(profileDir, options);
    cleanups.push(() => context.close());

    const record = newPageRecord();
    // Backups go to a folder of the test's own, as the app's go to its user-data folder.
    const preparers = createPreparers({}, { userData: mkdtempSync(join(options.scratchDir, 'user-data-')) });
    await bindBridge(context, notebook, record, preparers);
    const page = context.pages()[0] ?? (await context.newPage());
    watchPage(context, page, record);
    cleanups.push(forwardImportProgress(page));
    await page.goto(`${server.origin}/index.html`);

    return sessionOf({ page, notebookPath, server, record, cleanUp });
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** As the main process does: each import's progress goes to the window as an 'import-progress' event. */
function forwardImportProgress(page: Page): () => void {
  return onImportProgress((progress) => {
    void page
      .evaluate(([name, value]) => (globalThis as unknown as RigGlobal).__casebookRig.emit(name, value), [
        'import-progress',
        progress,
      ] as const)
      .catch(() => undefined); // the window may be closing
  });
}

function addSample(notebook: OpenNotebook): void {
  const added = dispatch(notebook.db, 'notebook.addSample', {});
  if (!added.ok) throw new Error(`The sample case could not be added: ${added.error.code}: ${added.error.message}`);
}

async function bindBridge(
  context: BrowserContext,
  notebook: OpenNotebook,
  record: PageRecord,
  preparers: Preparers,
): Promise<void> {
  await context.exposeBinding(CALL_BINDING, async (_source, procedure: unknown, request: unknown): Promise<CallAnswer> => {
    try {
      // Structured clone, as Electron's IPC does: an answer the window could not receive fails here too.
      const result = structuredClone(await dispatchAsync(notebook.db, procedure, request, preparers));
      const writes = result.ok && isProcedureName(procedure) ? procedures[procedure].writes : [];
      return { result, tablesChanged: writes.length > 0 ? [...writes] : null };
    } catch (error) {
      record.bridgeFailures.push(`${String(procedure)}: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
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
  readonly server: StaticServer;
  readonly record: PageRecord;
  readonly cleanUp: () => Promise<void>;
}

function sessionOf({ page, notebookPath, server, record, cleanUp }: SessionParts): CasebookApp {
  let closed = false;
  return {
    page,
    notebookPath,
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
