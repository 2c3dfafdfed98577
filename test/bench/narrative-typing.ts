/**
 * Keystroke-to-paint benchmark (issue 3, acceptance 3): `node test/bench/narrative-typing.ts [pages]`.
 * Builds the app's renderer and a bare Lexical page, then types into the same 50-page document in a bare
 * Lexical editor, the app's narrative editor and a plain contenteditable page, taking turns, and prints
 * p50/p95 for each and the ratios. Figures, not a pass/fail test: the goal is Casebook within 1.15× of
 * the bare editor at p50 and p95.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRenderer } from '../e2e/rig/build-renderer.ts';
import { chromiumPath, NO_CHROMIUM_REASON } from '../e2e/rig/chromium.ts';
import { runTypingBench, summarize } from './narrative-typing-run.ts';

const pages = Number(process.argv[2] ?? 50);
const keystrokes = Number(process.argv[3] ?? 240);
if (!Number.isInteger(pages) || pages < 1 || !Number.isInteger(keystrokes) || keystrokes < 1)
  throw new Error('usage: node test/bench/narrative-typing.ts [pages] [keystrokes]');
if (chromiumPath() === null) {
  console.warn(`narrative typing benchmark: ${NO_CHROMIUM_REASON}`);
  process.exit(0);
}

const scratchDir = mkdtempSync(join(tmpdir(), 'casebook-bench-'));
try {
  const buildDir = join(scratchDir, 'build');
  mkdirSync(buildDir);
  const rendererDir = await buildRenderer(buildDir);
  const result = await runTypingBench({ pages, keystrokes, rounds: 6, warmUp: 20, rendererDir, scratchDir });
  console.log(summarize(result));
} finally {
  rmSync(scratchDir, { recursive: true, force: true });
}
