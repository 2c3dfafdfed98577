import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module, enough to run the built main-process bundle under Node: it records
 * what the app asks of Electron and lets a test play the parts Electron plays (becoming ready, a window's
 * page sending IPC, the window closing).
 */

export interface StandInFrame {
  url: string;
  parent: StandInFrame | null;
  processId: number;
  routingId: number;
}

type Listener = (...args: unknown[]) => unknown;

export const record = {
  /** Everything in call order, e.g. 'protocol.registerSchemesAsPrivileged', 'app.ready', 'new BrowserWindow'. */
  log: [] as string[],
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  permissionRequestHandler: null as Listener | null,
  permissionCheckHandler: null as Listener | null,
  beforeRequestHandler: null as Listener | null,
  ipcHandlers: new Map<string, Listener>(),
  ipcListeners: new Map<string, Listener[]>(),
  windows: [] as StandInWindow[],
  menus: [] as unknown[],
  externalOpened: [] as string[],
  dialogs: [] as unknown[],
  quit: 0,
  paths: new Map<string, string>(),
};

let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

class StandInApp extends EventEmitter {
  isPackaged = true;
  whenReady(): Promise<void> {
    return ready;
  }
  requestSingleInstanceLock(): boolean {
    record.log.push('app.requestSingleInstanceLock');
    return true;
  }
  setAppUserModelId(): void {}
  getPath(name: string): string {
    const path = record.paths.get(name);
    if (path === undefined) throw new Error(`stand-in app.getPath('${name}') has no folder`);
    return path;
  }
  setPath(name: string, path: string): void {
    record.paths.set(name, path);
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  showAboutPanel(): void {}
  quit(): void {
    record.quit += 1;
  }
  exit(): void {
    record.quit += 1;
  }
}

export const app = new StandInApp();

/** Plays Electron's part: the app becomes ready. */
export function becomeReady(): void {
  record.log.push('app.ready');
  app.emit('ready');
  resolveReady();
}

let nextContentsId = 1;

export class StandInWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame: StandInFrame = { url: '', parent: null, processId: 40 + this.id, routingId: 1 };
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  /** The page side: what the preload's ipcRenderer receives. */
  deliverToPage: ((channel: string, args: unknown[]) => void) | null = null;
  destroyed = false;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
    this.deliverToPage?.(channel, args);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return false;
  }
  /** Emits an event the way Electron does, returning whether a listener called preventDefault(). */
  fire(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export class StandInWindow extends EventEmitter {
  readonly webContents = new StandInWebContents();
  loadedUrl: string | null = null;
  shown = false;
  closed = false;
  closeCalls = 0;

  readonly options: Record<string, unknown>;

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    record.log.push('new BrowserWindow');
    record.windows.push(this);
    app.emit('web-contents-created', { preventDefault: () => undefined }, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {}
  isMaximized(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  getNormalBounds() {
    return { x: 10, y: 10, width: 1200, height: 800 };
  }
  isDestroyed(): boolean {
    return this.closed;
  }
  /** Like BrowserWindow.close(): emits 'close', and closes unless a listener prevented it. */
  close(): void {
    this.closeCalls += 1;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.closed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (record.windows.every((window) => window.closed)) app.emit('window-all-closed');
  }
}

export const BrowserWindow = StandInWindow;

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    record.log.push('protocol.registerSchemesAsPrivileged');
    record.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    record.log.push(`protocol.handle:${scheme}`);
    record.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: Listener): void {
      record.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Listener): void {
      record.permissionCheckHandler = handler;
    },
    webRequest: {
      onBeforeRequest(handler: Listener): void {
        record.beforeRequestHandler = handler;
      },
    },
  },
};

export const ipcMain = {
  handle(channel: string, handler: Listener): void {
    if (record.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record.ipcHandlers.set(channel, handler);
  },
  on(channel: string, listener: Listener) {
    record.ipcListeners.set(channel, [...(record.ipcListeners.get(channel) ?? []), listener]);
    return ipcMain;
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu(menu: unknown): void {
    record.menus.push(menu);
  },
};

export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};

export const shell = {
  openExternal(url: string): Promise<void> {
    record.externalOpened.push(url);
    return Promise.resolve();
  },
};

export const dialog = {
  showMessageBox(options: unknown) {
    record.dialogs.push(options);
    return Promise.resolve({ response: 1, checkboxChecked: false });
  },
  showOpenDialog(options: unknown) {
    record.dialogs.push(options);
    return Promise.resolve({ canceled: true, filePaths: [] });
  },
  showSaveDialog(options: unknown) {
    record.dialogs.push(options);
    return Promise.resolve({ canceled: true });
  },
  showErrorBox(title: string, content: string): void {
    record.dialogs.push({ title, content });
  },
};
