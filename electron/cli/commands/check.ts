import type { Command } from '../args.ts';
import type { CommandContext } from '../command-context.ts';
import { EXIT_NOTEBOOK, EXIT_OK } from '../exit-codes.ts';
import { withNotebook } from '../notebook-session.ts';
import { columns, plural, type CommandOutcome } from '../output.ts';

export async function runCheck(_command: Extract<Command, { name: 'check' }>, context: CommandContext): Promise<CommandOutcome> {
  const { checkNotebook } = await import('../../services/check.ts');
  const result = await withNotebook(context.dbPath, 'read', (notebook) => checkNotebook(notebook.db));
  const sound = result.integrity === 'ok';
  return {
    json: { integrity: result.integrity, problems: result.problems },
    lines: [
      `integrity: ${result.integrity}`,
      ...columns(result.problems.map((problem) => [problem.kind, problem.caseId ?? '-', problem.itemId ?? '-', problem.message])),
    ],
    messages: [
      ...(sound ? [] : ['the notebook failed its integrity check; restore it from a backup']),
      result.problems.length === 0 ? 'no problems found' : `${plural(result.problems.length, 'problem')} found`,
    ],
    // Evidence problems are results; only an unsound notebook file is a failure.
    exitCode: sound ? EXIT_OK : EXIT_NOTEBOOK,
  };
}
