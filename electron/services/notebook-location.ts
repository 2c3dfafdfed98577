import path from 'node:path';

/** The product name Electron derives the user-data folder from (package.json "productName"). */
const PRODUCT_NAME = 'Casebook';
/** The app keeps its default notebook in its user-data folder under this name. */
export const DEFAULT_NOTEBOOK_FILE_NAME = 'Casebook.casebook';

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The folder Electron's `app.getPath('userData')` gives for Casebook on a platform, computed without
 * Electron so the command line finds the same notebook as the app: `appData/productName`, where appData is
 * `%APPDATA%` on Windows, `~/Library/Application Support` on macOS, and `$XDG_CONFIG_HOME` or `~/.config`
 * elsewhere.
 */
export function userDataFolder(platform: NodeJS.Platform, env: Environment, homedir: string): string {
  if (platform === 'win32') {
    const appData = nonEmpty(env['APPDATA']) ?? path.win32.join(homedir, 'AppData', 'Roaming');
    return path.win32.join(appData, PRODUCT_NAME);
  }
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support', PRODUCT_NAME);
  const configHome = nonEmpty(env['XDG_CONFIG_HOME']) ?? path.posix.join(homedir, '.config');
  return path.posix.join(configHome, PRODUCT_NAME);
}

/** The app's default notebook: `<userData>/Casebook.casebook`. */
export function defaultNotebookPath(platform: NodeJS.Platform, env: Environment, homedir: string): string {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  return paths.join(userDataFolder(platform, env, homedir), DEFAULT_NOTEBOOK_FILE_NAME);
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}
