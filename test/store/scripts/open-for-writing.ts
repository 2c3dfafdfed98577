// Run as another user by read-only-media.test.ts: opens a notebook for writing, then for reading, and prints
// what happened as one JSON line.
import { CasebookError } from '../../../shared/contract/result.ts';
import { openNotebook } from '../../../electron/store/notebook.ts';

const [path = ''] = process.argv.slice(2);
const outcome: Record<string, unknown> = {};
try {
  openNotebook(path).close();
  outcome['writing'] = 'opened';
} catch (error) {
  outcome['writing'] = error instanceof CasebookError ? error.code : String(error);
}
try {
  const notebook = openNotebook(path, { readonly: true });
  outcome['reading'] = notebook.readonly ? 'read-only' : 'writable';
  notebook.close();
} catch (error) {
  outcome['reading'] = error instanceof CasebookError ? error.code : String(error);
}
console.log(JSON.stringify(outcome));
