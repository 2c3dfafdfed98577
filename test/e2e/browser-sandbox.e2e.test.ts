import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { LAUNCH_ARGS, launchChromium } from './rig/launch.ts';
import { describeE2E } from './harness.ts';

describeE2E('the browser the end-to-end tests drive', () => {
  it('runs with its sandbox on, as the app’s renderer does, even when the tests run as root', async () => {
    expect(LAUNCH_ARGS).not.toContain('--no-sandbox');
    const profileDir = mkdtempSync(join(inject('e2eScratchDir'), 'profile-'));
    const context = await launchChromium(profileDir);
    try {
      const page = await context.newPage();
      await page.goto('chrome://sandbox');
      const status = await page.locator('body').innerText();
      expect(status).toMatch(/Seccomp-BPF sandbox\s*Yes/u);
      expect(status).toContain('You are adequately sandboxed.');
    } finally {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});
