import { COMMAND_NAMES, COMMANDS, type CommandName } from './command-table.ts';

const INVOCATION = 'casebook';

export function generalHelp(): string {
  const width = Math.max(...COMMAND_NAMES.map((name) => name.length));
  return [
    `Usage: ${INVOCATION} [--db FILE] [--json] COMMAND [ARGUMENTS…]`,
    '',
    'Works on a Casebook notebook (a .casebook file) without the app.',
    '',
    'Commands:',
    ...COMMAND_NAMES.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name].summary}`),
    '',
    'Options:',
    '  --db FILE   the notebook to use (default: the app\'s own notebook)',
    '  --json      print exactly one JSON document on stdout',
    '  -h, --help  show this help, or a command\'s help: COMMAND --help',
    '  --version   print the version',
    '',
    'Exit codes: 0 success, 1 bad input (file or value), 2 usage error, 3 notebook problem',
    '(missing, from a newer Casebook, corrupt, or locked by another writer).',
    '',
  ].join('\n');
}

export function commandHelp(name: CommandName): string {
  const spec = COMMANDS[name];
  const usage = [INVOCATION, '[--db FILE] [--json]', name, spec.arguments].filter((part) => part !== '').join(' ');
  return [`Usage: ${usage}`, '', `${capitalize(spec.summary)}.`, ...(spec.details.length > 0 ? ['', ...spec.details] : []), ''].join('\n');
}

/** The hint every usage error ends with. */
export function helpHint(name: CommandName | null): string {
  return name === null ? `Run '${INVOCATION} --help' for usage.` : `Run '${INVOCATION} ${name} --help' for usage.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
