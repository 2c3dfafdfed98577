import { chmodSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPdfBrowser, standardBrowserPaths } from '../../electron/cli/pdf-browser.ts';
import { printArguments, printingAccount, UNPRIVILEGED_ID } from '../../electron/cli/print-pdf.ts';
import { temporaryFolder } from './run-casebook.ts';

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

describe('finding a browser to print PDFs with', () => {
  it('looks for Chrome, Chromium and Edge where each platform installs them', () => {
    expect(standardBrowserPaths('linux', {})).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/usr/bin/microsoft-edge',
    ]);
    expect(standardBrowserPaths('darwin', {})).toContain(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(standardBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' })).toContain(
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    );
  });

  it('takes an executable --browser path and refuses a file that cannot run or a folder', () => {
    const script = folder.file('my-chrome');
    writeFileSync(script, '#!/bin/sh\n');
    chmodSync(script, 0o755);
    expect(findPdfBrowser(script, 'linux')).toBe(script);
    chmodSync(script, 0o644);
    expect(() => findPdfBrowser(script, 'linux')).toThrow(`--browser ${script}: no executable file there`);
    expect(() => findPdfBrowser(folder.path, 'linux')).toThrow('no executable file there');
  });

  it('says to use --browser when no standard install exists', () => {
    expect(() =>
      findPdfBrowser(null, 'win32', { PROGRAMFILES: folder.path, 'PROGRAMFILES(X86)': folder.path }),
    ).toThrow('no Chrome, Chromium or Edge found to print the PDF; install one or give its path with --browser PATH');
  });

  it('prints offline, without header and footer, always with the browser sandbox on', () => {
    const args = printArguments('/tmp/x/case.html', '/tmp/x/case.pdf', '/tmp/x/profile');
    expect(args).toEqual(
      expect.arrayContaining([
        '--headless',
        '--no-pdf-header-footer',
        '--proxy-server=127.0.0.1:9',
        '--user-data-dir=/tmp/x/profile',
        '--print-to-pdf=/tmp/x/case.pdf',
      ]),
    );
    expect(args.at(-1)).toBe('file:///tmp/x/case.html');
    expect(args).not.toContain('--no-sandbox');
  });

  it('prints as an unprivileged account when run as root, instead of turning the sandbox off', () => {
    expect(printingAccount(0)).toEqual({ uid: UNPRIVILEGED_ID, gid: UNPRIVILEGED_ID });
    expect(printingAccount(1000)).toBeNull();
  });
});
