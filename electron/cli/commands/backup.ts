import type { Command } from '../args.ts';
import type { CommandContext } from '../command-context.ts';
import { withNotebook } from '../notebook-session.ts';
import type { CommandOutcome } from '../output.ts';
import { resolveOutputPath } from '../output-file.ts';

export async function runBackup(command: Extract<Command, { name: 'backup' }>, context: CommandContext): Promise<CommandOutcome> {
  const out = resolveOutputPath(command.out, context);
  const { backupNotebook } = await import('../../services/backup.ts');
  const result = await withNotebook(context.dbPath, 'read', (notebook) => backupNotebook(notebook.db, out));
  return {
    json: { out: result.out, bytes: result.bytes, integrity: result.integrity },
    lines: [`Backed up ${context.dbPath} to ${result.out} (${result.bytes} bytes, integrity ${result.integrity})`],
  };
}
