import type { MenuItemConstructorOptions } from 'electron';
import { basename, dirname } from 'node:path';
import type { MenuCommand } from '../../shared/contract/events.ts';

export interface MenuActions {
  /** Sends a command to the window (New Case, Add Sample Case, Show Trash, Toggle Theme). */
  send(command: MenuCommand): void;
  newNotebook(): void;
  openNotebook(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  about(): void;
}

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Reload and the developer tools appear only in development builds. */
  readonly isDevelopment: boolean;
  readonly recentNotebooks: readonly string[];
  readonly actions: MenuActions;
}

function recentSubmenu(recent: readonly string[], actions: MenuActions): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No Recent Notebooks', enabled: false }];
  return [
    ...recent.map((path): MenuItemConstructorOptions => ({
      label: `${basename(path)} — ${dirname(path)}`,
      click: () => actions.openRecent(path),
    })),
    { type: 'separator' },
    { label: 'Clear Menu', click: () => actions.clearRecent() },
  ];
}

/** The application menu. Pure: the caller turns it into a Menu with `Menu.buildFromTemplate`. */
export function buildMenuTemplate({
  platform,
  isDevelopment,
  recentNotebooks,
  actions,
}: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New Case', accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-case') },
      { label: 'New Case from Template…', click: () => actions.send('new-from-template') },
      { type: 'separator' },
      { label: 'New Notebook…', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newNotebook() },
      { label: 'Open Notebook…', accelerator: 'CmdOrCtrl+O', click: () => actions.openNotebook() },
      { label: 'Open Recent', submenu: recentSubmenu(recentNotebooks, actions) },
      { type: 'separator' },
      { label: 'Add Sample Case', click: () => actions.send('add-sample') },
      { label: 'Import Article…', click: () => actions.send('import-article') },
      { label: 'Show Trash', accelerator: 'CmdOrCtrl+Shift+T', click: () => actions.send('show-trash') },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(isDevelopment
        ? ([
            { role: 'reload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { label: 'Toggle Dark Theme', accelerator: 'CmdOrCtrl+Shift+D', click: () => actions.send('toggle-theme') },
      { label: 'Go to Case List', accelerator: 'CmdOrCtrl+Shift+L', click: () => actions.send('focus-case-list') },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'About Casebook', click: () => actions.about() }],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    help,
  ];
}
