import { isAbsolute, resolve } from 'node:path';

/**
 * The notebook a launch asks for: the last command-line argument naming a `.casebook` file (double-click
 * or "Open with" on Windows and Linux, or a second launch), resolved against the launch's working folder.
 * Switches (`--foo`) are ignored.
 */
export function notebookFileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let index = argv.length - 1; index >= 1; index -= 1) {
    const argument = argv[index];
    if (argument === undefined || argument.startsWith('-')) continue;
    if (!argument.toLowerCase().endsWith('.casebook')) continue;
    return isAbsolute(argument) ? argument : resolve(workingDirectory, argument);
  }
  return null;
}
