import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { build } from 'vite';
import type { Narrative } from '../../shared/domain/case-document.ts';
import { launchApp, launchChromium, type CasebookApp } from '../e2e/rig/launch.ts';
import { seedCaseWithNarrative } from '../e2e/rig/seed.ts';
import { serveDirectory, type StaticServer } from '../e2e/rig/static-server.ts';
import { generateDocument, TYPING_ANCHOR } from './fifty-page-document.ts';
import {
  addTypingProbe,
  caretAtEndOf,
  quantile,
  typeAndMeasure,
  typedText,
  type KeystrokeSample,
} from './typing-probe.ts';

const BARE_DIR = resolve(import.meta.dirname, 'bare-lexical');
const CASE_TITLE = 'Typing benchmark';
/** A 50-page document takes a while to lay out on a busy 2-core machine. */
const PAGE_LOAD_TIMEOUT_MS = 60_000;

export interface TypingBenchOptions {
  readonly pages: number;
  /** Measured keystrokes per target, split over `rounds` rounds that take turns between the targets. */
  readonly keystrokes: number;
  readonly rounds: number;
  /** Unmeasured keystrokes per target before the first round (the JIT warms up). */
  readonly warmUp: number;
  /** The built app renderer (see test/e2e/rig/build-renderer.ts). */
  readonly rendererDir: string;
  /** A folder for builds, notebooks and browser profiles; the caller removes it. */
  readonly scratchDir: string;
}

export type TargetName = 'bare Lexical' | 'Casebook narrative' | 'plain contenteditable';

export interface TargetFigures {
  readonly target: TargetName;
  readonly samples: readonly KeystrokeSample[];
  readonly domNodes: number;
}

export interface TypingBenchResult {
  readonly words: number;
  readonly pages: number;
  readonly targets: readonly TargetFigures[];
  /** Targets that could not be measured, and why (e.g. the app's narrative shows no editor yet). */
  readonly unavailable: readonly { readonly target: TargetName; readonly reason: string }[];
}

interface Target {
  readonly name: TargetName;
  readonly page: Page;
  readonly editor: Locator;
  close(): Promise<void>;
}

/**
 * Keystroke-to-paint latency in the same document in three editors, in one run, taking turns so that
 * whatever else the machine does falls on all three alike: a bare Lexical editor, the app's narrative
 * editor in the real renderer, and a plain contenteditable page (the browser's own floor).
 */
export async function runTypingBench(options: TypingBenchOptions): Promise<TypingBenchResult> {
  const document = generateDocument(options.pages);
  const pagesDir = await buildBarePages(join(options.scratchDir, 'bare-lexical'));
  const server = await serveDirectory(pagesDir);
  const targets: Target[] = [];
  const unavailable: { target: TargetName; reason: string }[] = [];
  try {
    targets.push(await openStaticTarget('bare Lexical', 'index.html', server, document.lexical, options.scratchDir));
    try {
      targets.push(await openAppTarget(options, { formatVersion: 1, lexical: document.lexical, text: document.text }));
    } catch (error) {
      unavailable.push({
        target: 'Casebook narrative',
        reason: error instanceof Error ? error.message : String(error),
      });
    }
    targets.push(
      await openStaticTarget('plain contenteditable', 'plain.html', server, document.lexical, options.scratchDir),
    );

    const samples = new Map<TargetName, KeystrokeSample[]>(targets.map((target) => [target.name, []]));
    for (const target of targets) {
      await caretAtEndOf(anchorIn(target.editor));
      if (options.warmUp > 0) await typeAndMeasure(target.page, { keystrokes: options.warmUp });
    }
    const perRound = Math.ceil(options.keystrokes / options.rounds);
    for (let round = 0; round < options.rounds; round += 1) {
      for (const target of targets) {
        await target.editor.focus();
        const typedBefore = options.warmUp + round * perRound;
        samples.get(target.name)!.push(...(await typeAndMeasure(target.page, { keystrokes: perRound, typedBefore })));
      }
    }
    const figures: TargetFigures[] = [];
    for (const target of targets) {
      await expectTypedIntoAnchor(target, typedText(options.warmUp + options.rounds * perRound));
      figures.push({
        target: target.name,
        samples: samples.get(target.name)!,
        domNodes: await countNodes(target.editor),
      });
    }
    return { words: document.words, pages: document.pages, targets: figures, unavailable };
  } finally {
    for (const target of targets.reverse()) await target.close();
    await server.close();
  }
}

/** Builds the bare editor page and the plain page with Vite (production mode), as the app is built. */
async function buildBarePages(outDir: string): Promise<string> {
  const nodeEnv = process.env['NODE_ENV'];
  try {
    await build({
      configFile: false,
      root: BARE_DIR,
      base: './',
      logLevel: 'warn',
      mode: 'production',
      plugins: [react()],
      build: {
        outDir,
        emptyOutDir: true,
        chunkSizeWarningLimit: 2_000,
        rollupOptions: { input: { bare: join(BARE_DIR, 'index.html'), plain: join(BARE_DIR, 'plain.html') } },
      },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  return outDir;
}

async function openStaticTarget(
  name: TargetName,
  file: string,
  server: StaticServer,
  lexical: Record<string, unknown>,
  scratchDir: string,
): Promise<Target> {
  const profileDir = mkdtempSync(join(scratchDir, 'profile-'));
  let context: BrowserContext | null = null;
  const close = async () => {
    await context?.close();
    rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    context = await launchChromium(profileDir);
    await context.addInitScript((state) => {
      (globalThis as { __benchDocument?: unknown }).__benchDocument = state;
    }, lexical);
    await addTypingProbe(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/${file}`);
    const editor = page.getByRole('textbox', { name: 'Narrative' });
    await anchorIn(editor).waitFor({ timeout: PAGE_LOAD_TIMEOUT_MS });
    return { name, page, editor, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function openAppTarget(options: TypingBenchOptions, narrative: Narrative): Promise<Target> {
  const notebookDir = mkdtempSync(join(options.scratchDir, 'notebook-'));
  const notebookPath = join(notebookDir, 'notebook.casebook');
  seedCaseWithNarrative(notebookPath, CASE_TITLE, narrative);
  let app: CasebookApp | null = null;
  const close = async () => {
    await app?.close();
    rmSync(notebookDir, { recursive: true, force: true });
  };
  try {
    app = await launchApp({ notebookPath, rendererDir: options.rendererDir, scratchDir: options.scratchDir, checksAfterOpening: false });
    const { page } = app;
    await addTypingProbe(page.context());
    await page.reload();
    await page.getByRole('list', { name: 'Cases' }).getByRole('button', { name: CASE_TITLE }).click();
    await page.getByRole('tab', { name: 'Narrative' }).click();
    const editor = page.getByRole('textbox', { name: 'Narrative' });
    await anchorIn(editor).waitFor({ timeout: PAGE_LOAD_TIMEOUT_MS });
    return { name: 'Casebook narrative', page, editor, close };
  } catch (error) {
    const closing = await close().then(
      () => '',
      (closeError: unknown) =>
        `\n(and closing the window: ${closeError instanceof Error ? closeError.message : String(closeError)})`,
    );
    throw new Error(`${error instanceof Error ? error.message : String(error)}${closing}`);
  }
}

function anchorIn(editor: Locator): Locator {
  return editor.getByText(TYPING_ANCHOR);
}

/** A keystroke that went nowhere measures nothing: the typed words must be in the anchor paragraph. */
async function expectTypedIntoAnchor(target: Target, typed: string): Promise<void> {
  const text = (await anchorIn(target.editor).innerText()).replace(/\u00a0/g, ' ');
  if (text.trimEnd() !== `${TYPING_ANCHOR}${typed}`.trimEnd())
    throw new Error(
      `${target.name}: the typed text did not land after the anchor paragraph: ${JSON.stringify(text.slice(0, 120))}`,
    );
}

async function countNodes(editor: Locator): Promise<number> {
  return editor.evaluate(
    (element: { querySelectorAll(selector: string): { length: number } }) => element.querySelectorAll('*').length,
  );
}

export function summarize(result: TypingBenchResult): string {
  const row = (figures: TargetFigures) => {
    const frame = figures.samples.map((sample) => sample.frame);
    const painted = figures.samples.map((sample) => sample.painted);
    return [
      figures.target.padEnd(22),
      String(figures.samples.length).padStart(5),
      ms(quantile(painted, 0.5)),
      ms(quantile(painted, 0.95)),
      ms(quantile(frame, 0.5)),
      ms(quantile(frame, 0.95)),
      String(figures.domNodes).padStart(9),
    ].join('  ');
  };
  const byName = new Map(result.targets.map((figures) => [figures.target, figures]));
  const ratio = (a: TargetName, b: TargetName, q: number) => {
    const painted = (name: TargetName) => quantile(byName.get(name)?.samples.map((sample) => sample.painted) ?? [], q);
    return (painted(a) / painted(b)).toFixed(2);
  };
  return [
    `Keystroke-to-paint, ${result.pages} pages (${result.words.toLocaleString('en-US')} words), headless Chromium:`,
    `${'target'.padEnd(22)}  ${'keys'.padStart(5)}  ${'paint p50'.padStart(9)}  ${'paint p95'.padStart(9)}  ${'frame p50'.padStart(9)}  ${'frame p95'.padStart(9)}  ${'DOM nodes'.padStart(9)}`,
    ...result.targets.map(row),
    `Casebook / bare Lexical: p50 ${ratio('Casebook narrative', 'bare Lexical', 0.5)}×, p95 ${ratio('Casebook narrative', 'bare Lexical', 0.95)}× (goal: at most 1.15×)`,
    `plain contenteditable / bare Lexical: p50 ${ratio('plain contenteditable', 'bare Lexical', 0.5)}×, p95 ${ratio('plain contenteditable', 'bare Lexical', 0.95)}×`,
    ...result.unavailable.map(
      ({ target, reason }) => `NOT MEASURED: ${target}: ${reason.split('\n').slice(0, 4).join(' / ')}`,
    ),
  ].join('\n');
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`.padStart(9);
}
