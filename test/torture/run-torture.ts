import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkNotebook } from './checker.ts';
import { checkMigration, oldNotebook } from './migration-run.ts';
import { parseChildLine, type Announced, type ChildLine, type KillKind } from './protocol.ts';
import { seededRandom } from './random.ts';
import { writeVersion1Notebook } from './raw-sqlite.ts';
import { openNotebook } from '../../electron/store/notebook.ts';
import { caseScope, hashScope, splitScope, type Scope } from './scope-hash.ts';

export interface TortureOptions {
  readonly iterations: number;
  readonly seed: number;
  /** An empty folder the run may fill (the notebook, its backups, old notebooks to migrate). */
  readonly dir: string;
  readonly log?: (line: string) => void;
}

export interface TortureFigures {
  iterations: number;
  kills: Record<KillKind, number>;
  /** Runs that ended before their kill (the child finished its work, or the migration was quicker). */
  cleanExits: number;
  acknowledged: number;
  /** Acknowledged transactions whose every scope was read back with the promised hash after the kill. */
  verified: number;
  /** Transactions that committed whole but were killed before their acknowledgement (allowed). */
  committedUnacknowledged: number;
  refused: number;
  scopesChecked: number;
  migrations: number;
  corruptions: string[];
  lost: string[];
  partial: string[];
  /** Harness failures: a child that crashed, hung or printed nonsense. */
  failures: string[];
  ms: number;
}

/** The kill plan: every injection point in turn between random kills, so a short run still covers each one. */
const PLAN: readonly KillKind[] = ['random', 'begin', 'fts', 'random', 'commit', 'backup', 'random', 'migration'];
const CHILD = join(import.meta.dirname, 'child.ts');
const CHILD_TIME_LIMIT_MS = 90_000;

export async function runTorture(options: TortureOptions): Promise<TortureFigures> {
  const started = performance.now();
  const random = seededRandom(options.seed);
  const log = options.log ?? (() => {});
  const figures: TortureFigures = {
    iterations: 0,
    kills: { random: 0, begin: 0, fts: 0, commit: 0, backup: 0, migration: 0 },
    cleanExits: 0,
    acknowledged: 0,
    verified: 0,
    committedUnacknowledged: 0,
    refused: 0,
    scopesChecked: 0,
    migrations: 0,
    corruptions: [],
    lost: [],
    partial: [],
    failures: [],
    ms: 0,
  };
  const notebookPath = join(options.dir, 'torture.casebook');
  // The run starts from a notebook written at schema version 1, migrated by the app's own open; the hash of
  // each of its cases is known before any child touches it, so a first change to one is checked like any other.
  const start = oldNotebook(random, 6, 20_000);
  writeVersion1Notebook(notebookPath, start.cases);
  const expected = new Map<Scope, string>();
  const migrated = openNotebook(notebookPath);
  try {
    for (const { id } of start.cases) expected.set(caseScope(id), hashScope(migrated.db, caseScope(id)));
  } finally {
    migrated.close();
  }
  let tx = 0;
  let lastMigrationMs = 200;
  const pool = new ChildPool();
  try {
    for (let iteration = 0; iteration < options.iterations; iteration += 1) {
      const kind = PLAN[iteration % PLAN.length]!;
      figures.iterations += 1;
      if (kind === 'migration') {
        const path = join(options.dir, `old-${iteration}.casebook`);
        const old = oldNotebook(random, 20 + random.int(30), 60_000);
        writeVersion1Notebook(path, old.cases);
        const byTrigger = random.int(2) === 0;
        const args = ['--migrate', path, '--kill-at-row', byTrigger ? String(1 + random.int(old.cases.length)) : '0'];
        const run = await runChild(
          pool,
          args,
          byTrigger ? null : { afterLine: 'migrating', ms: random.int(Math.ceil(lastMigrationMs * 0.8) + 1) },
        );
        const migrated = run.lines.find((line) => line.kind === 'migrated');
        if (migrated?.kind === 'migrated') lastMigrationMs = Math.max(20, migrated.ms);
        if (run.killed) figures.kills.migration += 1;
        else if (migrated) figures.cleanExits += 1;
        else figures.failures.push(`migration run ${iteration}: ${run.failure ?? 'ended without MIGRATED'}`);
        figures.migrations += 1;
        const problems = checkMigration(path, old.content);
        figures.corruptions.push(...problems.map((problem) => `iteration ${iteration}: ${problem}`));
        for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
        log(
          `#${iteration} migration ${run.killed ? 'killed' : 'finished'}${problems.length ? ` PROBLEMS ${problems.join('; ')}` : ''}`,
        );
        continue;
      }

      const armAt = 1 + random.int(kind === 'backup' ? 4 : 12);
      const args = [
        '--db',
        notebookPath,
        '--seed',
        String(random.int(2 ** 31)),
        '--tx-base',
        String(tx),
        '--inject',
        kind === 'random' ? 'none' : kind,
        '--arm-at',
        String(armAt),
        '--backup-weight',
        kind === 'backup' ? '40' : '2',
        '--backup-dir',
        options.dir,
      ];
      // The transaction announced but not yet acknowledged (a holder: the line callback replaces it).
      const inFlight: { pending: Announced | null } = { pending: null };
      let acknowledgedNow = 0;
      const runStarted = performance.now();
      const run = await runChild(
        pool,
        args,
        kind === 'random' ? { afterLine: 'ready', ms: random.int(1_500) } : null,
        (line) => {
          if (line.kind === 'pending') inFlight.pending = line.announced;
          else if (line.kind === 'ack') {
            const announced = inFlight.pending;
            if (announced?.tx !== line.tx) throw new Error(`ACK ${line.tx} without its PENDING`);
            for (const [scope, hash] of Object.entries(announced.hashes)) expected.set(scope, hash);
            inFlight.pending = null;
            acknowledgedNow += 1;
          } else if (line.kind === 'refused') figures.refused += 1;
        },
      );
      const lastTx = [...run.lines].reverse().find((line) => line.kind === 'pending' || line.kind === 'refused');
      tx += Math.max(armAt, txOf(lastTx) - tx) + 1;
      figures.acknowledged += acknowledgedNow;
      if (run.killed) figures.kills[kind] += 1;
      else if (run.lines.some((line) => line.kind === 'done')) figures.cleanExits += 1;
      else figures.failures.push(`iteration ${iteration} (${kind}): ${run.failure ?? 'the child ended without DONE'}`);

      const runMs = performance.now() - runStarted;
      const checkStarted = performance.now();
      const report = checkNotebook(notebookPath, expected, inFlight.pending);
      const checkMs = performance.now() - checkStarted;
      figures.scopesChecked += report.scopesChecked;
      const tag = (problem: string) => `iteration ${iteration} (${kind}): ${problem}`;
      figures.corruptions.push(...report.corruptions.map(tag));
      figures.lost.push(...report.lost.map(tag));
      figures.partial.push(...report.partial.map(tag));
      const finalPending = inFlight.pending;
      if (report.pendingCommitted && finalPending) {
        figures.committedUnacknowledged += 1;
        for (const [scope, hash] of Object.entries(finalPending.hashes)) expected.set(scope, hash);
      }
      if (report.lost.length === 0 && report.partial.length === 0 && report.corruptions.length === 0) {
        figures.verified += acknowledgedNow;
      }
      keepRecentBackups(options.dir, expected);
      log(
        `#${iteration} ${kind}: ${run.killed ? 'killed' : 'ended'} after ${Math.round(runMs)} ms, ${acknowledgedNow} acknowledged, ` +
          `${report.scopesChecked} scopes checked in ${Math.round(checkMs)} ms` +
          (report.pendingCommitted ? ', pending transaction committed whole' : '') +
          (report.corruptions.length + report.lost.length + report.partial.length > 0
            ? ` PROBLEMS ${[...report.corruptions, ...report.lost, ...report.partial].join('; ')}`
            : ''),
      );
    }
  } finally {
    pool.close();
  }
  figures.ms = Math.round(performance.now() - started);
  return figures;
}

function txOf(line: ChildLine | undefined): number {
  if (!line) return 0;
  if (line.kind === 'pending') return line.announced.tx;
  if (line.kind === 'refused') return line.tx;
  return 0;
}

/** Keeps the three newest acknowledged backups (and their promises); deletes the rest and any half-written one. */
function keepRecentBackups(dir: string, expected: Map<Scope, string>): void {
  const files = [...expected.keys()].filter((scope) => scope.startsWith('file:'));
  const keep = new Set(files.slice(-3).map((scope) => splitScope(scope)[1]));
  for (const scope of files.slice(0, -3)) expected.delete(scope);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name.startsWith('backup-') && !keep.has(path)) rmSync(path, { force: true });
  }
}

interface ChildRun {
  readonly lines: ChildLine[];
  readonly killed: boolean;
  readonly failure: string | null;
}

/** A child that has loaded its modules and waits for GO, so its start-up overlaps the previous run's check. */
interface WarmChild {
  readonly process: ChildProcessWithoutNullStreams;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  listener: ((text: string) => void) | null;
  readonly early: string[];
  stderr: string;
}

function spawnWarm(): WarmChild {
  const child = spawn(nodeWithTypeStripping(), [CHILD], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // Node's code cache: a child that loads every service starts in about half the time.
    env: { ...process.env, NODE_COMPILE_CACHE: join(tmpdir(), 'casebook-torture-compile-cache') },
  });
  const warm: WarmChild = {
    process: child,
    exited: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal }))),
    listener: null,
    early: [],
    stderr: '',
  };
  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdin.on('error', () => {}); // a child that died before GO: its exit status tells the story
  child.stderr.on('data', (chunk: string) => {
    warm.stderr = (warm.stderr + chunk).slice(-4_000);
  });
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk;
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const text = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      if (warm.listener) warm.listener(text);
      else warm.early.push(text);
    }
  });
  return warm;
}

/** Hands out warm children, keeping two loading ahead: loading all the services takes longer than a run. */
export class ChildPool {
  private readonly ready: WarmChild[] = [];

  take(): WarmChild {
    while (this.ready.length < 3) this.ready.push(spawnWarm());
    const child = this.ready.shift()!;
    this.ready.push(spawnWarm());
    return child;
  }

  close(): void {
    for (const child of this.ready.splice(0)) child.process.kill('SIGKILL');
  }
}

/**
 * Starts a warm child with `args` and kills it with SIGKILL when it asks (an injected point) or `timer.ms`
 * after it printed `timer.afterLine`. Every line it printed before dying reaches `onLine`, in order.
 */
async function runChild(
  pool: ChildPool,
  args: readonly string[],
  timer: { afterLine: ChildLine['kind']; ms: number } | null,
  onLine: (line: ChildLine) => void = () => {},
): Promise<ChildRun> {
  const warm = pool.take();
  const child = warm.process;
  const lines: ChildLine[] = [];
  let killed = false;
  let failure: string | null = null;
  let timerHandle: NodeJS.Timeout | undefined;
  const kill = () => {
    if (killed || child.exitCode !== null || child.signalCode !== null) return;
    killed = true;
    child.kill('SIGKILL');
  };
  const limit = setTimeout(() => {
    failure = `the child hung for ${CHILD_TIME_LIMIT_MS} ms`;
    child.kill('SIGKILL');
  }, CHILD_TIME_LIMIT_MS);
  const handle = (text: string) => {
    if (failure !== null) return;
    let line: ChildLine;
    try {
      line = parseChildLine(text);
      if (line.kind === 'loaded') return;
      onLine(line);
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      kill();
      return;
    }
    lines.push(line);
    if (line.kind === 'kill') kill();
    if (timer && line.kind === timer.afterLine) timerHandle = setTimeout(kill, timer.ms);
  };
  warm.listener = handle;
  for (const text of warm.early.splice(0)) handle(text);
  child.stdin.end(`GO ${JSON.stringify(args)}\n`);
  const { code, signal } = await warm.exited;
  clearTimeout(limit);
  clearTimeout(timerHandle);
  if (!killed && failure === null && code !== 0) {
    failure = `the child exited with ${code ?? signal}: ${warm.stderr.trim().slice(-1_500)}`;
  }
  return { lines, killed: killed && signal === 'SIGKILL', failure };
}

/** The Node that runs .ts directly: this one when it is Node 23.6+ (vitest's workers are), else the pinned Node 24. */
function nodeWithTypeStripping(): string {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > 23 || (major === 23 && minor >= 6)) return process.execPath;
  return join(import.meta.dirname, '..', '..', 'node_modules', 'node', 'bin', 'node');
}
