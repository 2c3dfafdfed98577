import { inject, onTestFinished } from 'vitest';
import { launchApp, type CasebookApp, type OpenAppOptions } from './rig/launch.ts';
import { screenshot } from './rig/screenshot.ts';

export { chromiumPath, describeE2E } from './rig/chromium.ts';
export { screenshot } from './rig/screenshot.ts';
export type { CspViolationReport } from './rig/page-bridge.ts';
export type { RecordedRequest } from './rig/page-watch.ts';
export type { CasebookApp, OpenAppOptions } from './rig/launch.ts';

/**
 * Opens the built renderer in headless Chromium with `window.casebook` bound to the real services on a
 * real notebook file — the same procedure table the main process registers, with no logic of its own.
 * A test that forgets to close the window (or fails before it does) still releases it when it ends.
 */
export async function openApp(options: OpenAppOptions = {}): Promise<CasebookApp> {
  const rendererDir = inject('e2eRendererDir');
  if (rendererDir === '') throw new Error('The renderer was not built: test/e2e/global-setup.ts did not run.');
  const app = await launchApp({ ...options, rendererDir, scratchDir: inject('e2eScratchDir') });
  closeWhenTestEnds(app);
  return app;
}

function closeWhenTestEnds(app: CasebookApp): void {
  try {
    onTestFinished(async ({ task }) => {
      if (app.closed) return;
      // A failed test leaves a picture of the window as it was, to see what went wrong.
      if (task.result?.state === 'fail') await screenshotOfFailure(app, task.name);
      await app.close();
    });
  } catch {
    // Opened outside a test (e.g. in beforeAll): the caller closes it.
  }
}

async function screenshotOfFailure(app: CasebookApp, testName: string): Promise<void> {
  const name =
    testName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'test';
  try {
    const path = await screenshot(app.page, name, { folder: 'failures' });
    console.warn(`The window when the test failed: ${path}`);
  } catch (error) {
    console.warn(`No screenshot of the failure: ${error instanceof Error ? error.message : String(error)}`);
  }
}
