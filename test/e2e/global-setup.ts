import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { CONTENT_SECURITY_POLICY } from '../../shared/contract/content-security-policy.ts';
import { chromiumPath, NO_CHROMIUM_REASON } from './rig/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built renderer (index.html and its assets), or '' when there is no Chromium to show it in. */
    e2eRendererDir: string;
    /** A folder for this run's notebooks and browser profiles; removed when the run ends. */
    e2eScratchDir: string;
  }
}

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
let scratchDir: string | null = null;

/**
 * Builds the renderer once per run, exactly as `electron-vite build` does (same config file, same CSP
 * plugin, same target), but into this run's own folder, so an `electron-vite build` running elsewhere
 * cannot empty out/renderer under a test.
 */
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

async function buildRenderer(outDir: string): Promise<string> {
  const nodeEnv = process.env['NODE_ENV'];
  try {
    const resolved = await resolveConfig(
      { root: PROJECT_ROOT, build: { outDir }, logLevel: 'warn' },
      'build',
      'production',
    );
    const renderer = resolved.config?.renderer;
    if (!renderer) throw new Error('electron.vite.config.ts has no renderer build.');
    await build({ ...renderer, logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  const rendererDir = join(outDir, 'renderer');
  const indexHtml = join(rendererDir, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`The renderer build wrote no ${indexHtml}.`);
  if (!readFileSync(indexHtml, 'utf8').includes(`content="${CONTENT_SECURITY_POLICY}"`)) {
    throw new Error('The built index.html does not carry the Content-Security-Policy in its meta tag.');
  }
  return rendererDir;
}
