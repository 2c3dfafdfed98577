import { resolveConfig } from 'electron-vite';
import { join, resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');

export interface BuiltBundles {
  readonly outDir: string;
  readonly mainFile: string;
  readonly preloadFile: string;
  /** Where the built main process looks for the renderer (a sibling of main/ and preload/). */
  readonly rendererDir: string;
}

/**
 * Builds the app exactly as `electron-vite build` does (same config file, same built-in plugins), but into
 * `outDir` so a test never races another build of out/.
 */
export async function buildApp(outDir: string): Promise<BuiltBundles> {
  const previousNodeEnv = process.env['NODE_ENV'];
  try {
    const resolved = await resolveConfig({ root: PROJECT_ROOT, logLevel: 'warn' }, 'build', 'production');
    const { main, preload, renderer } = resolved.config ?? {};
    if (main === undefined || preload === undefined || renderer === undefined) {
      throw new Error('electron.vite.config.ts lacks a main, preload or renderer config');
    }
    for (const [config, folder] of [
      [main, 'main'],
      [preload, 'preload'],
      [renderer, 'renderer'],
    ] as const) {
      const viteConfig = config as InlineConfig;
      viteConfig.build = { ...viteConfig.build, outDir: join(outDir, folder), emptyOutDir: true, watch: null };
      viteConfig.logLevel = 'warn';
      await build(viteConfig);
    }
  } finally {
    if (previousNodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = previousNodeEnv;
  }
  return {
    outDir,
    mainFile: join(outDir, 'main', 'index.js'),
    preloadFile: join(outDir, 'preload', 'index.cjs'),
    rendererDir: join(outDir, 'renderer'),
  };
}
