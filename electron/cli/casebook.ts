// The casebook command line: `npm run --silent casebook -- [--db FILE] COMMAND …` (see `--help`).
// Runs straight from the TypeScript sources under Node 24's type stripping; keep imports light here.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { runCli } from './run.ts';

// `casebook list | head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}

/** `npm run` starts scripts in the package folder; relative paths mean the folder the user ran npm in. */
function invocationDirectory(): string {
  const viaNpmScript = process.env['npm_lifecycle_event'] === 'casebook' && process.env['INIT_CWD'];
  return viaNpmScript ? (process.env['INIT_CWD'] ?? process.cwd()) : process.cwd();
}

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  platform: process.platform,
  homedir: os.homedir(),
  cwd: invocationDirectory(),
  version: packageVersion,
});
