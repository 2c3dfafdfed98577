import { describe, expect, it } from 'vitest';
import { INJECTION_POINTS } from './protocol.ts';
import { tempDir } from '../helpers/temp-notebook.ts';
import { formatFigures } from './figures.ts';
import { runTorture } from './run-torture.ts';

/** Three rounds of the kill plan: every injection point at least three times, between random kills. */
const ITERATIONS = Number(process.env['TORTURE_ITERATIONS'] ?? 24);

describe('crash torture (bounded; `npm run torture -- --iterations 2000` runs the long version)', () => {
  it(`loses no acknowledged transaction and corrupts nothing over ${ITERATIONS} SIGKILLs`, async () => {
    const figures = await runTorture({ iterations: ITERATIONS, seed: 7, dir: tempDir() });
    console.log(formatFigures(figures));
    expect(figures.failures).toEqual([]);
    expect(figures.corruptions).toEqual([]);
    expect(figures.lost).toEqual([]);
    expect(figures.partial).toEqual([]);
    expect(figures.acknowledged).toBeGreaterThan(ITERATIONS);
    expect(figures.verified).toBe(figures.acknowledged);
    // Each injection point was really reached (a kill that never happens proves nothing).
    for (const point of INJECTION_POINTS) expect(figures.kills[point], point).toBeGreaterThanOrEqual(2);
    expect(figures.kills.random).toBeGreaterThanOrEqual(2);
  }, 900_000);
});
