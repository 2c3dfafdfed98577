import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { FLUSH_REQUEST_CHANNEL } from './channels.ts';
import { createFlushCoordinator, type FlushCoordinator } from './flush.ts';
import { secureWebPreferences } from './security.ts';
import { withWindowState, type SettingsStore, type WindowBounds } from './settings.ts';

const DEFAULT_SIZE = { width: 1280, height: 820 };
const BACKGROUND_COLOR = '#f7f7f5';

export interface MainWindowDeps {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly preloadPath: string;
  /** `app://casebook/index.html`, or the dev server in development. */
  readonly entryUrl: string;
  readonly settings: SettingsStore;
  /** The work areas of the displays, to drop a remembered position that is now off screen. */
  displayWorkAreas(): readonly Rectangle[];
  /** The window is gone (after its pending edits were flushed). */
  onClosed(): void;
}

export interface MainWindow {
  readonly window: BrowserWindow;
  /** Asks the page to write everything pending (before switching notebooks or closing). */
  readonly flush: FlushCoordinator;
}

export function intersects(a: Rectangle, b: Rectangle): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Where the window opens: the remembered bounds when they are still on a display, else a default size. */
export function initialBounds(remembered: WindowBounds | null, workAreas: readonly Rectangle[]): Partial<Rectangle> {
  if (remembered !== null && workAreas.some((area) => intersects(area, remembered))) return { ...remembered };
  return { ...DEFAULT_SIZE };
}

export function mainWindowOptions(
  deps: Pick<MainWindowDeps, 'preloadPath' | 'settings' | 'displayWorkAreas'>,
): BrowserWindowConstructorOptions {
  return {
    ...initialBounds(deps.settings.get().window?.bounds ?? null, deps.displayWorkAreas()),
    minWidth: 720,
    minHeight: 480,
    title: 'Casebook',
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    webPreferences: secureWebPreferences(deps.preloadPath),
  };
}

/**
 * The one Casebook window. It shows once the page has painted, remembers its size and position, and when
 * asked to close it first has the page flush its pending edits (or gives up waiting after a few seconds).
 */
export function createMainWindow(deps: MainWindowDeps): MainWindow {
  const window = new deps.BrowserWindow(mainWindowOptions(deps));
  const contents = window.webContents;
  const flush = createFlushCoordinator((requestId) => {
    if (window.isDestroyed() || contents.isDestroyed() || contents.isCrashed()) return false;
    contents.send(FLUSH_REQUEST_CHANNEL, requestId);
    return true;
  });

  window.once('ready-to-show', () => {
    if (deps.settings.get().window?.maximized === true) window.maximize();
    window.show();
  });

  let flushed = false;
  let flushing = false;
  window.on('close', (event) => {
    deps.settings.update((settings) => withWindowState(settings, window.getNormalBounds(), window.isMaximized()));
    if (flushed) return;
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    void flush.request().then(() => {
      flushed = true;
      if (!window.isDestroyed()) window.close();
    });
  });
  window.on('closed', () => {
    flush.abandon();
    deps.onClosed();
  });

  void window.loadURL(deps.entryUrl).catch((error: unknown) => {
    console.error(`Casebook could not load its window from ${deps.entryUrl}:`, error);
  });
  return { window, flush };
}
