import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createNotebookHost, type NotebookHost } from '../../../electron/main/notebook-host.ts';
import { processIsRunning } from '../../../electron/main/notebook-lock.ts';
import { fileSettingsStore, SETTINGS_FILE_NAME } from '../../../electron/main/settings.ts';
import type { RigGlobal } from './page-bridge.ts';
import { scriptedDialog, type DialogAnswerer, type DialogSeen } from './scripted-dialog.ts';

export interface RigHostOptions {
  readonly userData: string;
  readonly checksAfterOpening: boolean;
  readonly answerDialog: DialogAnswerer | undefined;
  /** Lets the window write its pending edits before another notebook replaces the open one. */
  readonly flushWindow: (page: Page) => Promise<void>;
}

export interface RigHost {
  readonly host: NotebookHost;
  /** The message boxes shown so far, oldest first. */
  readonly dialogs: DialogSeen[];
  /** The window is up: push events reach it, and the checks after opening may run. */
  windowShown(page: Page): void;
  /** Closes the notebook and waits for the checks after opening to settle. */
  close(): Promise<void>;
}

/**
 * The main process's notebook code (notebook-host.ts) as the rig runs it: Electron's dialogs are scripted,
 * push events go to the page, and the checks after opening wait for the page to load, as the app's wait
 * for its window.
 */
export function createRigHost(options: RigHostOptions): RigHost {
  const dialogs: DialogSeen[] = [];
  let page: Page | null = null;
  let shown = (): void => undefined;
  let closed = (): void => undefined;
  const whenShown = new Promise<void>((resolve) => (shown = resolve));
  const whenClosed = new Promise<void>((resolve) => (closed = resolve));
  // Deferred work that never ran would never settle: without checks, it runs once the notebook is closed.
  const checksMayRun = options.checksAfterOpening ? whenShown : whenClosed;
  const dialog = scriptedDialog(dialogs, options.answerDialog);
  const host = createNotebookHost({
    userData: options.userData,
    documentsFolder: options.userData,
    dialog,
    showErrorBox: (title, message) => dialog.showErrorBox(title, message),
    settings: fileSettingsStore(join(options.userData, SETTINGS_FILE_NAME)),
    lock: { pid: process.pid, host: hostname(), isRunning: processIsRunning, now: () => new Date() },
    send: (event, payload) => {
      if (page !== null) void emitIn(page, event, payload);
    },
    beforeSwitch: async () => {
      if (page !== null) await options.flushWindow(page);
    },
    defer: (work) => void checksMayRun.then(() => setTimeout(work, 0)),
  });
  return {
    host,
    dialogs,
    windowShown(window) {
      page = window;
      shown();
    },
    async close() {
      host.close();
      closed();
      shown();
      await host.careSettled();
    },
  };
}

/** Sends a push event to the window, as the main process's webContents.send does. */
function emitIn(page: Page, event: string, payload: unknown): Promise<void> {
  return page
    .evaluate(([name, value]) => (globalThis as unknown as RigGlobal).__casebookRig.emit(name, value), [
      event,
      payload,
    ] as const)
    .catch(() => undefined); // the window may be closing
}
