import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { registerAppScheme } from './app-protocol.ts';
import { startCasebook } from './casebook-app.ts';

// Privileged schemes can only be registered before the app is ready.
registerAppScheme(protocol);

// Development runs (and the Electron end-to-end test) may keep their data in a folder of their own; a
// packaged app always uses the standard user-data folder.
const userDataOverride = app.isPackaged ? undefined : process.env['CASEBOOK_USER_DATA_DIR'];
if (userDataOverride !== undefined && userDataOverride !== '') app.setPath('userData', userDataOverride);

// Set by `electron-vite dev`: the window then loads the dev server instead of app://.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];

if (app.requestSingleInstanceLock()) {
  app.setAppUserModelId('org.casebook.app');
  startCasebook(
    { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell },
    {
      mainDir: import.meta.dirname,
      devServerUrl: devServerUrl === undefined || devServerUrl === '' ? null : devServerUrl,
    },
  );
} else {
  // Another Casebook is running: it receives our arguments through 'second-instance' and opens the file.
  app.quit();
}
