import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { badInput } from './errors.ts';

/** Where Chrome, Chromium and Edge install themselves, per platform, in the order they are tried. */
export function standardBrowserPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [
      env['PROGRAMFILES'] ?? 'C:\\Program Files',
      env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
      env['LOCALAPPDATA'],
    ];
    const found: string[] = [];
    for (const root of roots) {
      if (root === undefined || root === '') continue;
      found.push(
        path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
        path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
      );
    }
    return found;
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
  ];
}

/**
 * The browser to print with: the --browser path when given (refused, exit 1, unless it is an executable
 * file), else the first standard install found. Exit 1 naming --browser when there is none.
 */
export function findPdfBrowser(
  given: string | null,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (given !== null) {
    const browser = path.resolve(given);
    if (!isExecutableFile(browser, platform))
      throw badInput(`--browser ${given}: no executable file there; give the path of Chrome, Chromium or Edge`);
    return browser;
  }
  const found = standardBrowserPaths(platform, env).find((candidate) => isExecutableFile(candidate, platform));
  if (found === undefined)
    throw badInput(
      'no Chrome, Chromium or Edge found to print the PDF; install one or give its path with --browser PATH',
    );
  return found;
}

function isExecutableFile(candidate: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(candidate).isFile()) return false;
    if (platform !== 'win32') accessSync(candidate, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
