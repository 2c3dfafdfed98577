import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackupFiles } from '../../electron/services/backups/backup-files.ts';
import { backupFolderFor } from '../../electron/services/backups/backup-folder.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

/** The Electron binary `npm start` would run, or why this machine cannot run it. */
function findElectron(): { binary: string } | { reason: string } {
  const electronDir = join(PROJECT_ROOT, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
  if (binary === null || !existsSync(binary)) {
    return { reason: 'skipped: no Electron binary on this machine (it downloads on first `npm start`)' };
  }
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return {
      reason:
        'skipped: the Electron binary is here but there is no display to open a window on (set DISPLAY, e.g. with xvfb-run)',
    };
  }
  return { binary };
}

const electron = findElectron();
const skipReason = 'reason' in electron ? electron.reason : null;
if (skipReason !== null) console.warn(`Electron end-to-end test ${skipReason}`);

describe('the real Electron app', () => {
  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  beforeAll(async () => {
    if (!('binary' in electron)) return;
    const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('electron-vite build failed');
    userData = mkdtempSync(join(tmpdir(), 'casebook-electron-e2e-'));
    app = await _electron.launch({
      executablePath: electron.binary,
      args: [PROJECT_ROOT],
      cwd: PROJECT_ROOT,
      env: { ...process.env, CASEBOOK_USER_DATA_DIR: userData, ELECTRON_RENDERER_URL: '' },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    if (!('binary' in electron)) return;
    await app?.close();
    rmSync(userData, { recursive: true, force: true });
  });

  it.skipIf(skipReason !== null)(
    skipReason ?? 'creates a case through the window, in a sandboxed page served from app://',
    async () => {
      expect(page.url()).toBe('app://casebook/index.html');
      const isolation = await page.evaluate(() => {
        const scope = globalThis as Record<string, unknown>;
        let evalBlocked = false;
        try {
          // eslint-disable-next-line @typescript-eslint/no-implied-eval -- proving the CSP forbids it
          new Function('return 1')();
        } catch {
          evalBlocked = true;
        }
        return {
          require: typeof scope['require'],
          process: typeof scope['process'],
          bridge: Object.keys(scope['casebook'] as object).sort(),
          evalBlocked,
        };
      });
      expect(isolation).toEqual({
        require: 'undefined',
        process: 'undefined',
        bridge: ['call', 'on', 'onFlushRequest', 'openBackupCopy', 'openExternal', 'savePdf'],
        evalBlocked: true,
      });

      await page.getByRole('button', { name: 'New case' }).click();
      const title = page.getByLabel('Title');
      await title.fill('Xiaomi KOL controversy');
      await title.press('Tab');
      await expect.poll(async () => page.getByText('Xiaomi KOL controversy').count()).toBeGreaterThan(0);

      const windows = await app.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows().map((window) => ({ url: window.webContents.getURL(), title: window.getTitle() })),
      );
      expect(windows).toHaveLength(1);
      expect(windows[0]?.url).toBe('app://casebook/index.html');
      expect(windows[0]?.title).toBe('Casebook');

      mkdirSync(join(PROJECT_ROOT, 'test-results', 'screens'), { recursive: true });
      await page.screenshot({ path: join(PROJECT_ROOT, 'test-results', 'screens', 'electron-app.png') });
      const notebook = join(userData, 'Casebook.casebook');
      expect(existsSync(notebook)).toBe(true);
      // The quick check and the day's first backup run a second after the window opened.
      await expect
        .poll(() => listBackupFiles(backupFolderFor(notebook, userData)).map((backup) => backup.reason), {
          timeout: 15_000,
        })
        .toEqual(['daily']);
    },
  );
});
