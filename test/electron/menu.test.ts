import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu.ts';
import type { MenuCommand } from '../../shared/contract/events.ts';

function recordingActions() {
  const log: string[] = [];
  const actions: MenuActions = {
    send: (command: MenuCommand) => log.push(`send:${command}`),
    newNotebook: () => log.push('newNotebook'),
    openNotebook: () => log.push('openNotebook'),
    openRecent: (path) => log.push(`openRecent:${path}`),
    clearRecent: () => log.push('clearRecent'),
    about: () => log.push('about'),
  };
  return { log, actions };
}

function submenuOf(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const item = items.find((entry) => entry.label === label || entry.role === label);
  if (item === undefined || !Array.isArray(item.submenu)) throw new Error(`no submenu ${label}`);
  return item.submenu;
}

function click(items: MenuItemConstructorOptions[], label: string): void {
  const item = items.find((entry) => entry.label === label);
  if (item?.click === undefined) throw new Error(`no item ${label}`);
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('offers the notebook and case commands in the File menu', () => {
    const { log, actions } = recordingActions();
    const template = buildMenuTemplate({
      platform: 'linux',
      isDevelopment: false,
      recentNotebooks: ['/home/ana/Q1.casebook'],
      actions,
    });
    const file = submenuOf(template, 'File');
    for (const label of [
      'New Case',
      'New Case from Template…',
      'New Notebook…',
      'Open Notebook…',
      'Add Sample Case',
      'Show Trash',
    ])
      click(file, label);
    const recent = submenuOf(file, 'Open Recent');
    click(recent, 'Q1.casebook — /home/ana');
    click(recent, 'Clear Menu');
    expect(log).toEqual([
      'send:new-case',
      'send:new-from-template',
      'newNotebook',
      'openNotebook',
      'send:add-sample',
      'send:show-trash',
      'openRecent:/home/ana/Q1.casebook',
      'clearRecent',
    ]);
    expect(template.map((entry) => entry.label ?? entry.role)).toEqual([
      'File',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
  });

  it('shows reload and developer tools only in development', () => {
    const { actions } = recordingActions();
    const roles = (isDevelopment: boolean) =>
      submenuOf(buildMenuTemplate({ platform: 'linux', isDevelopment, recentNotebooks: [], actions }), 'View').map(
        (item) => item.role,
      );
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
  });

  it('says when there is nothing recent, and adds the app menu on macOS', () => {
    const { actions } = recordingActions();
    const template = buildMenuTemplate({ platform: 'darwin', isDevelopment: false, recentNotebooks: [], actions });
    expect(template[0]?.role).toBe('appMenu');
    expect(submenuOf(submenuOf(template, 'File'), 'Open Recent')).toEqual([
      { label: 'No Recent Notebooks', enabled: false },
    ]);
  });
});
