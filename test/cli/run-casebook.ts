import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(PROJECT_ROOT, 'electron/cli/casebook.ts');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the command line as a separate process, the way a user does (`npx node electron/cli/casebook.ts`),
 * with the Node 24 that runs the tests so the process does not pay for npx on every call.
 */
export function runCasebook(args: readonly string[], options: { cwd?: string } = {}): Promise<CliRun> {
  return runProcess(process.execPath, [CLI, ...args], options.cwd ?? PROJECT_ROOT);
}

export function runProcess(command: string, args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh folder for one test's notebooks and files; remove() deletes it. */
export function temporaryFolder(): { readonly path: string; file(name: string): string; remove(): void } {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'casebook-cli-'));
  return {
    path: folder,
    file: (name) => path.join(folder, name),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** stderr without npm's own notices about the machine's npm configuration. */
export function messagesOf(run: CliRun): string[] {
  return run.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'));
}
