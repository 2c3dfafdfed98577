import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildRenderer } from './rig/build-renderer.ts';
import { chromiumPath, NO_CHROMIUM_REASON } from './rig/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built renderer (index.html and its assets), or '' when there is no Chromium to show it in. */
    e2eRendererDir: string;
    /** A folder for this run's notebooks and browser profiles; removed when the run ends. */
    e2eScratchDir: string;
  }
}

let scratchDir: string | null = null;

/** Builds the renderer once per run (see buildRenderer) into this run's own scratch folder. */
export async function setup(project: TestProject): Promise<void> {
  scratchDir = mkdtempSync(join(tmpdir(), 'casebook-e2e-'));
  project.provide('e2eScratchDir', scratchDir);
  if (chromiumPath() === null) {
    console.warn(`${NO_CHROMIUM_REASON}; the renderer was not built.`);
    project.provide('e2eRendererDir', '');
    return;
  }
  const buildDir = join(scratchDir, 'build');
  mkdirSync(buildDir);
  const rendererDir = await buildRenderer(buildDir);
  project.provide('e2eRendererDir', rendererDir);
}

export function teardown(): void {
  if (scratchDir !== null) rmSync(scratchDir, { recursive: true, force: true });
}
