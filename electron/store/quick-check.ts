import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS for an eval'd worker: nothing to bundle, and the driver is the app's own better-sqlite3.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  parentPort.postMessage(db.pragma(workerData.check).map((row) => String(Object.values(row)[0])));
} catch (error) {
  parentPort.postMessage([String((error && error.message) || error)]);
} finally {
  if (db) db.close();
}
`;

/**
 * PRAGMA quick_check of a notebook file on a worker thread with a read-only connection of its own: on a
 * notebook of gigabytes it takes most of a minute, which must not hold up the thread that serves the window.
 * ['ok'] when sound, else one message per problem (a check that cannot run is a problem too).
 */
export function quickCheckFile(path: string): Promise<string[]> {
  return checkFileOffThread(path, 'quick_check');
}

/** PRAGMA integrity_check (the thorough one, for backups before they count), off the main thread as above. */
export function integrityCheckFile(path: string): Promise<string[]> {
  return checkFileOffThread(path, 'integrity_check');
}

function checkFileOffThread(path: string, check: 'quick_check' | 'integrity_check'): Promise<string[]> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, driver, check } });
    worker.once('message', (problems: string[]) => resolve(problems));
    worker.once('error', (error: Error) => resolve([error.message]));
    worker.once('exit', (code) => resolve([`the check stopped early (exit code ${code})`]));
  });
}
