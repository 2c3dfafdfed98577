import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENS_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screens');

/** Writes what the window shows now to test-results/screens/<name>.png and returns the file's path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
    throw new Error(`Screenshot names are lower-case words joined by "-", not ${JSON.stringify(name)}.`);
  mkdirSync(SCREENS_DIR, { recursive: true });
  const path = join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
