import { it } from 'vitest';
import '../../electron/cli/args'; // error: casebook/relative-import-extension

it.only('counts', () => { // error: no-restricted-syntax
  Promise.resolve(1).then((n) => n + 1); // error: @typescript-eslint/no-floating-promises
});

const table = { answer: 42 };
export default table; // error: no-restricted-exports
