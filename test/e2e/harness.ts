import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject, onTestFinished } from 'vitest';
import { PUSH_EVENT_NAMES, type PushEventName, type PushPayload } from '../../shared/contract/events.ts';
import { isProcedureName, procedures } from '../../shared/contract/procedures.ts';
import { fail, ok, type Result } from '../../shared/contract/result.ts';
import { isSafeExternalUrl } from '../../electron/main/security.ts';
import { dispatch } from '../../electron/services/dispatch.ts';
import { openNotebook, type OpenNotebook } from '../../electron/store/notebook.ts';
import { chromiumPath, NO_CHROMIUM_REASON } from './rig/chromium.ts';
import {
  CALL_BINDING,
  installRigBridge,
  OPEN_EXTERNAL_BINDING,
  REPORT_BINDING,
  type CallAnswer,
  type CspViolationReport,
  type RigGlobal,
} from './rig/page-bridge.ts';
import {
  describeProblems,
  newPageRecord,
  requestsLeavingOrigin,
  watchPage,
  type PageRecord,
  type RecordedRequest,
} from './rig/page-watch.ts';
import { serveDirectory, type StaticServer } from './rig/static-server.ts';

export { chromiumPath, describeE2E } from './rig/chromium.ts';
export { screenshot } from './rig/screenshot.ts';
export type { CspViolationReport } from './rig/page-bridge.ts';
export type { RecordedRequest } from './rig/page-watch.ts';

export interface OpenAppOptions {
  /** Open this notebook file (created when missing). Without it, a new empty notebook in a temp folder. */
  readonly notebookPath?: string;
  /** Add the sample case before the window opens. */
  readonly sample?: boolean;
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
}

const LAUNCH_ARGS = [
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

/**
 * Opens the built renderer in headless Chromium with `window.casebook` bound to the real services on a
 * real notebook file — the same procedure table the main process registers, with no logic of its own.
 */
export async function openApp(options: OpenAppOptions = {}): Promise<CasebookApp> {
  const executablePath = chromiumPath();
  if (executablePath === null) throw new Error(NO_CHROMIUM_REASON);
  const rendererDir = inject('e2eRendererDir');
  if (rendererDir === '') throw new Error('The renderer was not built: test/e2e/global-setup.ts did not run.');
  const scratchDir = inject('e2eScratchDir');

  const cleanups: (() => unknown)[] = [];
  const cleanUp = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
  };

  try {
    const notebookPath = options.notebookPath ?? join(mkdtempSync(join(scratchDir, 'notebook-')), 'notebook.casebook');
    const notebook = openNotebook(notebookPath, { create: true });
    cleanups.push(() => notebook.close());
    if (options.sample === true) addSample(notebook);

    const server = await serveDirectory(rendererDir);
    cleanups.push(() => server.close());

    const profileDir = mkdtempSync(join(scratchDir, 'profile-'));
    cleanups.push(() => rmSync(profileDir, { recursive: true, force: true }));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: LAUNCH_ARGS,
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
      timezoneId: 'UTC',
      colorScheme: 'light',
      serviceWorkers: 'block',
      acceptDownloads: false,
    });
    cleanups.push(() => context.close());
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);

    const record = newPageRecord();
    await bindBridge(context, notebook, record);
    const page = context.pages()[0] ?? (await context.newPage());
    watchPage(context, page, record);
    await page.goto(`${server.origin}/index.html`);

    const app = sessionOf({ page, notebookPath, server, record, cleanUp });
    closeWhenTestEnds(app);
    return app;
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

function addSample(notebook: OpenNotebook): void {
  const added = dispatch(notebook.db, 'notebook.addSample', {});
  if (!added.ok) throw new Error(`The sample case could not be added: ${added.error.code}: ${added.error.message}`);
}

async function bindBridge(context: BrowserContext, notebook: OpenNotebook, record: PageRecord): Promise<void> {
  await context.exposeBinding(CALL_BINDING, (_source, procedure: unknown, request: unknown): CallAnswer => {
    try {
      // Structured clone, as Electron's IPC does: an answer the window could not receive fails here too.
      const result = structuredClone(dispatch(notebook.db, procedure, request));
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

function sessionOf({
  page,
  notebookPath,
  server,
  record,
  cleanUp,
}: SessionParts): CasebookApp & { readonly closed: boolean } {
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

/** A test that forgets to close (or fails before it does) still releases Chromium and the notebook. */
function closeWhenTestEnds(app: CasebookApp & { readonly closed: boolean }): void {
  try {
    onTestFinished(async () => {
      if (!app.closed) await app.close();
    });
  } catch {
    // Opened outside a test (e.g. in beforeAll): the caller closes it.
  }
}
