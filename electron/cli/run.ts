import path from 'node:path';
import { findCommandName, parseInvocation, type Command } from './args.ts';
import type { CommandContext } from './command-context.ts';
import { isCommandName, type CommandName } from './command-table.ts';
import { describeFailure } from './errors.ts';
import { EXIT_OK, EXIT_USAGE, type ExitCode } from './exit-codes.ts';
import { commandHelp, generalHelp, helpHint } from './help.ts';
import { printMessage, printOutcome, type CommandOutcome, type Streams } from './output.ts';
import { defaultNotebookPath } from '../services/notebook-location.ts';

export interface CliEnvironment extends Streams {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly homedir: string;
  readonly cwd: string;
  readonly version: () => string;
}

/** Runs one invocation of the command line and returns its exit code. Never throws. */
export async function runCli(environment: CliEnvironment): Promise<ExitCode> {
  let json = false;
  try {
    const invocation = parseInvocation(environment.argv);
    if (invocation.kind === 'help') {
      environment.stdout.write(invocation.command === null ? generalHelp() : commandHelp(invocation.command));
      return EXIT_OK;
    }
    if (invocation.kind === 'version') {
      environment.stdout.write(`${environment.version()}\n`);
      return EXIT_OK;
    }
    json = invocation.options.json;
    const context: CommandContext = {
      dbPath: path.resolve(environment.cwd, invocation.options.db ?? defaultNotebookPath(environment.platform, environment.env, environment.homedir)),
      dbIsDefault: invocation.options.db === null,
      cwd: environment.cwd,
    };
    const outcome = await runCommand(invocation.command, context);
    printOutcome(environment, outcome, json);
    return outcome.exitCode ?? EXIT_OK;
  } catch (error) {
    const failure = describeFailure(error);
    const hint = failure.exitCode === EXIT_USAGE ? `. ${helpHint(knownCommandIn(environment.argv))}` : '';
    printMessage(environment, `${failure.message}${hint}`);
    if (environment.env['CASEBOOK_DEBUG'] && error instanceof Error && error.stack) environment.stderr.write(`${error.stack}\n`);
    return failure.exitCode;
  }
}

/** Each command's module is loaded only when that command runs, so the command line starts fast. */
async function runCommand(command: Command, context: CommandContext): Promise<CommandOutcome> {
  switch (command.name) {
    case 'init':
      return (await import('./commands/init.ts')).runInit(command, context);
    case 'list':
      return (await import('./commands/list.ts')).runList(command, context);
    case 'show':
      return (await import('./commands/show.ts')).runShow(command, context);
    case 'search':
      return (await import('./commands/search.ts')).runSearch(command, context);
    case 'import':
      return (await import('./commands/import.ts')).runImport(command, context);
    case 'export':
      return (await import('./commands/export.ts')).runExport(command, context);
    case 'backup':
      return (await import('./commands/backup.ts')).runBackup(command, context);
    case 'check':
      return (await import('./commands/check.ts')).runCheck(command, context);
  }
}

/** The command a usage error was about, so the hint can point at that command's help. */
function knownCommandIn(argv: readonly string[]): CommandName | null {
  const name = findCommandName(argv);
  return name !== null && isCommandName(name) ? name : null;
}
