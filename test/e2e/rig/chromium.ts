import { existsSync } from 'node:fs';
import { describe } from 'vitest';

export const NO_CHROMIUM_REASON = 'e2e skipped: no Chromium found (set CHROMIUM_PATH)';

/** Where a Chromium or Chrome usually lives, after CHROMIUM_PATH and Debian's /usr/bin/chromium. */
const STANDARD_LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * The Chromium the end-to-end tests drive, or null when this machine has none. A CHROMIUM_PATH that
 * names no file is a mistake worth stopping for, not a reason to skip quietly.
 */
export function chromiumPath(): string | null {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured !== undefined && configured !== '') {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is set to ${configured}, but there is no file there.`);
    return configured;
  }
  return STANDARD_LOCATIONS.find((candidate) => existsSync(candidate)) ?? null;
}

/** `describe` for end-to-end tests: skips them, saying why, when there is no Chromium to run them in. */
export function describeE2E(name: string, body: () => void): void {
  const found = chromiumPath() !== null;
  if (!found) console.warn(`${name}: ${NO_CHROMIUM_REASON}`);
  describe.skipIf(!found)(name, body);
}
