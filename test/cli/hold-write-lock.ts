// Run as a separate process by the lock test: opens a notebook, holds a write transaction for the given
// milliseconds (as the app does while it saves), then lets go. Prints "locked" once it holds the lock.
import { inWriteTransaction } from '../../electron/store/database.ts';
import { openNotebook } from '../../electron/store/notebook.ts';

const [notebookPath, holdMs] = process.argv.slice(2);
if (notebookPath === undefined || holdMs === undefined) throw new Error('usage: hold-write-lock.ts NOTEBOOK MILLISECONDS');
const notebook = openNotebook(notebookPath);
inWriteTransaction(notebook.db, () => {
  process.stdout.write('locked\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(holdMs));
});
notebook.close();
