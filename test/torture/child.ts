/**
 * The process the torture parent kills. It opens a notebook with the real store and services and works on it
 * through the contract (dispatch), printing one line per event on stdout:
 *   READY <schemaVersion>            the notebook is open
 *   PENDING <tx> <op> <json>         inside the transaction, just before COMMIT: each changed scope's hash
 *   ACK <tx>                         the transaction committed (the PENDING hashes are now promised)
 *   REFUSED <tx> <op> <code> <text>  the contract refused the call; nothing was written
 *   KILL <point>                     an injected kill point was reached: the child waits to be SIGKILLed
 *   MIGRATING / MIGRATED <ms>        (--migrate) the migration of an old notebook started / finished
 * Run with Node 24 (type stripping): node test/torture/child.ts, then `GO ["--db", FILE, ...]` on stdin.
 */
import { readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { inWriteTransaction } from '../../electron/store/database.ts';
import { migrate } from '../../electron/store/migrations/index.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { backupNotebook } from '../../electron/services/backup.ts';
import { INJECTION_POINTS, type InjectionPoint } from './protocol.ts';
import { seededRandom } from './random.ts';
import { openRaw, watchWrites } from './raw-sqlite.ts';
import { hashScope, sha256, type Scope } from './scope-hash.ts';
import { chooseOperation, readState, Refused } from './workload.ts';

/**
 * The child loads every module first and says LOADED; the parent sends `GO <json array of arguments>` on stdin
 * when it wants the run to start, so a child can be warmed up while the previous one is still being checked.
 */
say(`LOADED ${Math.round(performance.now())}`);
const go = await firstLine();
if (!go.startsWith('GO ')) throw new Error(`expected GO, got ${go.slice(0, 100)}`);
const { values } = parseArgs({
  args: JSON.parse(go.slice(3)) as string[],
  options: {
    db: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'tx-base': { type: 'string', default: '0' },
    inject: { type: 'string', default: 'none' },
    'arm-at': { type: 'string', default: '0' },
    'max-ops': { type: 'string', default: '400' },
    'backup-dir': { type: 'string' },
    'backup-weight': { type: 'string', default: '2' },
    migrate: { type: 'string' },
    'kill-at-row': { type: 'string', default: '0' },
  },
});

function firstLine(): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk: string) => {
      text += chunk;
      const newline = text.indexOf('\n');
      if (newline < 0) return;
      process.stdin.off('data', onData);
      process.stdin.pause();
      resolve(text.slice(0, newline));
    };
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', onData);
  });
}

function say(line: string): void {
  writeSync(1, `${line}\n`);
}

/** Asks the parent for SIGKILL and blocks the whole process (SQLite included) until it arrives. */
function requestKill(point: string): never {
  say(`KILL ${point}`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
  writeSync(2, `the parent did not kill the child at ${point}\n`);
  process.exit(70);
}

if (values.migrate) runMigration(values.migrate, Number(values['kill-at-row']));
else await runWork();

function runMigration(path: string, killAtRow: number): void {
  const db = openRaw(path);
  let rows = 0;
  if (killAtRow > 0) {
    watchWrites(db, ['cases', 'narratives'], () => {
      rows += 1;
      if (rows === killAtRow) requestKill('migration');
    });
  }
  say('MIGRATING');
  const started = performance.now();
  migrate(db);
  say(`MIGRATED ${Math.round(performance.now() - started)} ${rows}`);
  db.close();
}

async function runWork(): Promise<void> {
  const path = values.db;
  if (!path) throw new Error('--db is required');
  const inject = values.inject as InjectionPoint | 'none';
  if (inject !== 'none' && !INJECTION_POINTS.includes(inject)) throw new Error(`unknown injection point ${inject}`);
  const random = seededRandom(Number(values.seed));
  const armAt = Number(values['tx-base']) + Number(values['arm-at']);
  const maxOps = Number(values['max-ops']);
  const backupDir = values['backup-dir'] ?? join(path, '..');

  const notebook = openNotebook(path, { create: true });
  const { db } = notebook;
  let tx = Number(values['tx-base']);
  let inTransaction = false;
  const armed = (point: InjectionPoint) => inject === point && tx >= armAt;
  // Fires from inside SQLite when a full-text trigger writes its keys: the index is half updated.
  watchWrites(db, ['search_keys'], () => {
    if (inTransaction && armed('fts')) requestKill('fts');
  });
  say(`READY ${notebook.schemaVersion} ${Math.round(performance.now())}`);

  for (let done = 0; done < maxOps; done += 1) {
    tx += 1;
    const state = readState(db);
    const operation = chooseOperation(random, state, Number(values['backup-weight']));
    if (operation === 'backup') {
      await backUp(tx);
      continue;
    }
    try {
      inWriteTransaction(db, () => {
        inTransaction = true;
        if (armed('begin')) requestKill('begin');
        const scopes = [...new Set(operation.run({ db, random }, state))];
        const hashes: Record<Scope, string> = {};
        for (const scope of scopes) hashes[scope] = hashScope(db, scope);
        say(`PENDING ${tx} ${operation.name} ${JSON.stringify(hashes)}`);
        if (armed('commit')) requestKill('commit');
      });
      say(`ACK ${tx}`);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      say(`REFUSED ${tx} ${operation.name} ${error.code} ${error.message.replaceAll('\n', ' ').slice(0, 300)}`);
    } finally {
      inTransaction = false;
    }
  }
  notebook.close();
  say('DONE');

  async function backUp(number: number): Promise<void> {
    const out = join(backupDir, `backup-${number}.casebook`);
    let running = true;
    if (armed('backup')) {
      // The online backup copies 100 pages per turn of the event loop; the kill lands between two of them.
      let turns = random.int(8);
      const poll = () => {
        if (!running) return;
        if (turns-- <= 0) requestKill('backup');
        setImmediate(poll);
      };
      setImmediate(poll);
    }
    try {
      await backupNotebook(db, out);
    } finally {
      running = false;
    }
    say(`PENDING ${number} backup ${JSON.stringify({ [`file:${out}`]: sha256(readFileSync(out)) })}`);
    say(`ACK ${number}`);
  }
}
