import { expect, inject, it } from 'vitest';
import { runTypingBench, summarize } from '../bench/narrative-typing-run.ts';
import { describeE2E } from './harness.ts';

describeE2E('the keystroke-to-paint benchmark (smoke run)', () => {
  it('measures typing in a bare Lexical editor, the app’s narrative and a plain contenteditable page', async () => {
    const keystrokes = 20;
    const result = await runTypingBench({
      pages: 5,
      keystrokes,
      rounds: 2,
      warmUp: 4,
      rendererDir: inject('e2eRendererDir'),
      scratchDir: inject('e2eScratchDir'),
    });
    console.log(summarize(result));
    expect(result.unavailable).toEqual([]);
    expect(result.targets.map((figures) => figures.target)).toEqual([
      'bare Lexical',
      'Casebook narrative',
      'plain contenteditable',
    ]);
    for (const figures of result.targets) {
      expect(figures.samples, figures.target).toHaveLength(keystrokes);
      for (const sample of figures.samples) {
        expect(sample.frame).toBeGreaterThan(0);
        expect(sample.painted).toBeGreaterThanOrEqual(sample.frame);
        expect(sample.painted).toBeLessThan(5_000);
      }
      expect(figures.domNodes, `${figures.target}: the document is on the page`).toBeGreaterThan(100);
    }
  }, 240_000);
});
