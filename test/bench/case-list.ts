/**
 * Case list benchmark (issue 3, acceptance 3): `node test/bench/case-list.ts [cases]`.
 * Writes a notebook of 10,000 cases (or [cases]), opens the real renderer on it in headless Chromium
 * and prints the case list's first render time and the number of DOM nodes it creates, on first render
 * and after scrolling far down. Figures, not a pass/fail test: the goal is under 1,400 nodes.
 * (`npm test` keeps the node count honest in test/renderer/shell/case-list-dom-size.test.tsx.)
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../electron/services/dispatch.ts';
import { inWriteTransaction } from '../../electron/store/database.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { buildRenderer } from '../e2e/rig/build-renderer.ts';
import { chromiumPath, NO_CHROMIUM_REASON } from '../e2e/rig/chromium.ts';
import { launchApp } from '../e2e/rig/launch.ts';

const count = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(count) || count < 1) throw new Error('usage: node test/bench/case-list.ts [cases]');
if (chromiumPath() === null) {
  console.warn(`case list benchmark: ${NO_CHROMIUM_REASON}`);
  process.exit(0);
}

const TAGS = ['recall', 'food safety', 'china', 'product defect', 'data breach', 'executive misconduct', 'kol'];

function seed(notebookPath: string): void {
  const notebook = openNotebook(notebookPath, { create: true });
  try {
    inWriteTransaction(notebook.db, () => {
      for (let index = 0; index < count; index++) {
        const created = dispatch(notebook.db, 'cases.create', {
          title: `Case ${index + 1}: ${TAGS[index % TAGS.length]} crisis at company ${index % 977}`,
        });
        if (!created.ok) throw new Error(`cases.create: ${created.error.message}`);
        const updated = dispatch(notebook.db, 'cases.update', {
          id: (created.value as { id: string }).id,
          patch: {
            status: (['draft', 'review', 'final'] as const)[index % 3],
            startedOn: `${1990 + (index % 36)}-${String(1 + (index % 12)).padStart(2, '0')}`,
            tags: [0, 1, 2, 3].map((offset) => ({ name: TAGS[(index + offset) % TAGS.length]!, color: null })),
          },
        });
        if (!updated.ok) throw new Error(`cases.update: ${updated.error.message}`);
      }
    });
  } finally {
    notebook.close();
  }
}

/** Every node the list creates (elements, text), the list's scroller included; runs in the page. */
function countListNodes(): number {
  const walker = document.createTreeWalker(document.querySelector('.case-list')!, NodeFilter.SHOW_ALL);
  let counted = 1;
  while (walker.nextNode()) counted++;
  return counted;
}

const scratchDir = mkdtempSync(join(tmpdir(), 'casebook-bench-'));
try {
  const notebookPath = join(scratchDir, 'bench.casebook');
  let started = performance.now();
  seed(notebookPath);
  console.log(`seeded ${count.toLocaleString('en')} cases in ${Math.round(performance.now() - started)} ms`);
  const buildDir = join(scratchDir, 'build');
  mkdirSync(buildDir);
  const rendererDir = await buildRenderer(buildDir);

  const runs: { firstRowMs: number; nodes: number }[] = [];
  for (let run = 0; run < 3; run++) {
    const app = await launchApp({ rendererDir, scratchDir, notebookPath, checksAfterOpening: false });
    try {
      const { page } = app;
      // Frame-accurate: polled on every animation frame, timed from the navigation's start.
      const firstRowMs = await page
        .waitForFunction(
          () => (document.querySelector('[aria-label="Cases"] [role="listitem"]') ? performance.now() : 0),
          null,
          {
            polling: 'raf',
          },
        )
        .then((handle) => handle.jsonValue());
      const nodes = await page.evaluate(countListNodes);
      runs.push({ firstRowMs, nodes });
      if (run === 2) {
        started = performance.now();
        // Scroll far down, page after page, as a person flicking through the list would.
        for (let step = 0; step < 40; step++) {
          await page.evaluate(() => {
            const scroller = document.querySelector('.case-list')!;
            scroller.scrollTop = scroller.scrollHeight;
          });
          await page.waitForTimeout(25);
        }
        const scrolled = await page.evaluate(() => ({
          nodes: (() => {
            const walker = document.createTreeWalker(document.querySelector('.case-list')!, NodeFilter.SHOW_ALL);
            let counted = 1;
            while (walker.nextNode()) counted++;
            return counted;
          })(),
          loaded: Number(
            document
              .querySelector('[aria-label="Cases"] [role="listitem"]:last-child')
              ?.getAttribute('aria-posinset') ?? 0,
          ),
          documentNodes: document.querySelectorAll('*').length,
        }));
        console.log(
          `after scrolling 40 times to the end (${Math.round(performance.now() - started)} ms): ${scrolled.nodes} list nodes, ` +
            `${scrolled.loaded.toLocaleString('en')} cases reached, ${scrolled.documentNodes} elements in the whole window`,
        );
      }
    } finally {
      await app.close();
    }
  }
  const sorted = [...runs].sort((a, b) => a.firstRowMs - b.firstRowMs);
  const median = sorted[1]!;
  console.log(
    `case list, ${count.toLocaleString('en')} cases: first render ${runs.map((run) => Math.round(run.firstRowMs)).join(' / ')} ms ` +
      `(median ${Math.round(median.firstRowMs)} ms, from navigation start), ${median.nodes} DOM nodes in the list (goal: under 1,400)`,
  );
} finally {
  rmSync(scratchDir, { recursive: true, force: true });
}
