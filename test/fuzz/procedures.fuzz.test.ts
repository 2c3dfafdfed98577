import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCEDURE_NAMES } from '../../shared/contract/procedures.ts';
import { tempNotebook } from '../helpers/temp-notebook.ts';
import { checkedCall, FIRST_CALL_TIME_LIMIT_MS } from './check-call.ts';
import { fuzzRuns } from './mutations.ts';
import { idsIn, nearValid } from './near-valid.ts';
import { buildWorld, openWorld, type WorldFile } from './world.ts';

describe('every contract procedure under fuzzed requests', () => {
  let world: WorldFile;
  beforeAll(() => {
    world = buildWorld();
  });
  afterAll(() => world.remove());

  it.each(PROCEDURE_NAMES)(
    '%s answers random and near-valid requests with a valid value or a coded error, writing nothing when it fails',
    async (name) => {
      const notebook = openWorld(world);
      const { examples } = world;
      const example = examples[name];
      if (!example) {
        console.warn(`${name}: no valid example request is known, so only random requests are tried`);
      }
      const ids = idsIn(examples);
      const request = fc.oneof(
        { arbitrary: fc.anything({ maxDepth: 3 }), weight: 1 },
        {
          arbitrary: fc.dictionary(fc.constantFrom('id', ...Object.keys(example ?? {})), fc.anything({ maxDepth: 2 })),
          weight: 1,
        },
        { arbitrary: nearValid(example ?? {}, ids), weight: 4 },
      );
      if (example) await checkedCall(notebook.db, name, example, FIRST_CALL_TIME_LIMIT_MS);
      await fc.assert(
        fc.asyncProperty(request, async (fuzzed) => {
          await checkedCall(notebook.db, name, fuzzed);
        }),
        { numRuns: fuzzRuns(10) },
      );
    },
    180_000,
  );

  it('refuses names that are not procedures with unknown-procedure, whatever the request', async () => {
    const notebook = tempNotebook();
    const name = fc.oneof(
      fc.string(),
      fc.constantFrom('__proto__', 'constructor', 'toString', 'cases.get ', 'CASES.GET', 'hasOwnProperty'),
    );
    await fc.assert(
      fc.asyncProperty(name, fc.anything(), async (procedure, request) => {
        const result = await checkedCall(notebook.db, procedure, request);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('unknown-procedure');
      }),
      { numRuns: fuzzRuns(100) },
    );
  });
});
