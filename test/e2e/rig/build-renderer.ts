import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../../shared/contract/content-security-policy.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/**
 * Builds the renderer exactly as `electron-vite build` does (same config file, same CSP plugin, same
 * target), but into `outDir`, so an `electron-vite build` running elsewhere cannot empty out/renderer
 * under a test. Returns the folder holding index.html and its assets.
 */
export async function buildRenderer(outDir: string): Promise<string> {
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
