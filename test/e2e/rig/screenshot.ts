import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENS_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');

const NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Writes what the window shows now to test-results/screens/<name>.png (or <folder>/<name>.png) and
 * returns the file's path.
 */
export async function screenshot(page: Page, name: string, options: { folder?: string } = {}): Promise<string> {
  for (const part of [name, ...(options.folder === undefined ? [] : [options.folder])])
    if (!NAME.test(part))
      throw new Error(`Screenshot names and folders are lower-case words joined by "-", not ${JSON.stringify(part)}.`);
  const directory = options.folder === undefined ? SCREENS_DIR : join(SCREENS_DIR, options.folder);
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
