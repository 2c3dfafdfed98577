import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/contract/content-security-policy.ts';

/** Writes the one CSP into index.html. Only the dev server (never a build) relaxes it for hot reload. */
function contentSecurityPolicy(): Plugin {
  let serving = false;
  return {
    name: 'casebook-csp',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transformIndexHtml(html) {
      const policy = serving
        ? CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
            .replace("connect-src 'none'", "connect-src 'self' ws://localhost:*")
            .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        : CONTENT_SECURITY_POLICY;
      return html.replace('%CONTENT_SECURITY_POLICY%', policy);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // The worker thread that parses imported articles (electron/services/article-import/analyse-off-thread.ts).
          'analyse-worker': resolve(import.meta.dirname, 'electron/services/article-import/analyse-worker.ts'),
        },
        external: ['better-sqlite3', 'electron'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        external: ['electron'],
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react(), contentSecurityPolicy()],
    base: './',
    // pdf.js's standard fonts and CMaps, bundled inline for the PDF view (renderer/features/snapshot/pdf/pdf-data.ts).
    assetsInclude: ['**/pdfjs-dist/standard_fonts/*.pfb', '**/pdfjs-dist/cmaps/*.bcmap'],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
