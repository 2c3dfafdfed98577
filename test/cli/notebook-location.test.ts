import { describe, expect, it } from 'vitest';
import { defaultNotebookPath, userDataFolder } from '../../electron/services/notebook-location.ts';

// Electron's app.getPath('userData') is appData + productName; these are the appData folders it uses.
describe('defaultNotebookPath', () => {
  it('follows XDG on Linux', () => {
    expect(defaultNotebookPath('linux', {}, '/home/ana')).toBe('/home/ana/.config/Casebook/Casebook.casebook');
    expect(defaultNotebookPath('linux', { XDG_CONFIG_HOME: '/data/config' }, '/home/ana')).toBe('/data/config/Casebook/Casebook.casebook');
    expect(defaultNotebookPath('linux', { XDG_CONFIG_HOME: '' }, '/home/ana')).toBe('/home/ana/.config/Casebook/Casebook.casebook');
    expect(defaultNotebookPath('freebsd', {}, '/home/ana')).toBe('/home/ana/.config/Casebook/Casebook.casebook');
  });

  it('uses Application Support on macOS, whatever XDG says', () => {
    expect(defaultNotebookPath('darwin', { XDG_CONFIG_HOME: '/elsewhere' }, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Casebook/Casebook.casebook',
    );
  });

  it('uses %APPDATA% on Windows, with Windows separators', () => {
    expect(defaultNotebookPath('win32', { APPDATA: 'C:\\Users\\Ana\\AppData\\Roaming' }, 'C:\\Users\\Ana')).toBe(
      'C:\\Users\\Ana\\AppData\\Roaming\\Casebook\\Casebook.casebook',
    );
    expect(defaultNotebookPath('win32', {}, 'C:\\Users\\Ana')).toBe('C:\\Users\\Ana\\AppData\\Roaming\\Casebook\\Casebook.casebook');
  });

  it('puts the notebook directly in the user-data folder', () => {
    expect(userDataFolder('linux', {}, '/home/ana')).toBe('/home/ana/.config/Casebook');
  });
});
