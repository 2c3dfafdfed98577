/**
 * `npm run torture -- --iterations 2000 [--seed N] [--dir FOLDER] [--verbose]`: the long crash-torture run.
 * Prints its figures and exits 1 on any corruption, lost acknowledged transaction or partial transaction.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatFigures, passed } from './figures.ts';
import { runTorture } from './run-torture.ts';

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '20260124' },
    dir: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const iterations = Number(values.iterations);
if (!Number.isInteger(iterations) || iterations < 1) {
  process.stderr.write(`--iterations must be a whole number above 0, not ${values.iterations}\n`);
  process.exit(2);
}
const dir = values.dir ?? mkdtempSync(join(tmpdir(), 'casebook-torture-'));
let lastReport = performance.now();
const figures = await runTorture({
  iterations,
  seed: Number(values.seed),
  dir,
  log: (line) => {
    if (values.verbose || line.includes('PROBLEMS') || performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      process.stdout.write(`${line}\n`);
    }
  },
});
process.stdout.write(formatFigures(figures));
if (!values.dir) rmSync(dir, { recursive: true, force: true });
process.exit(passed(figures) ? 0 : 1);
