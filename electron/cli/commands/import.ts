import { CasebookError } from '../../../shared/contract/result.ts';
import type { Command } from '../args.ts';
import { readBundleFile } from '../bundle-file.ts';
import type { CommandContext } from '../command-context.ts';
import { withNotebook } from '../notebook-session.ts';
import { columns, plural, type CommandOutcome } from '../output.ts';

export async function runImport(command: Extract<Command, { name: 'import' }>, context: CommandContext): Promise<CommandOutcome> {
  // Every file is read and checked before the notebook is touched: one bad file imports nothing.
  const bundles = command.files.map((file) => readBundleFile(file, context.cwd));
  const { importBundle } = await import('../../services/case-document.ts');
  const { inWriteTransaction } = await import('../../store/database.ts');
  const results = await withNotebook(context.dbPath, 'write', (notebook) =>
    // One transaction around all files (each import becomes a savepoint inside it): all or nothing.
    inWriteTransaction(notebook.db, () =>
      bundles.map((bundle) => naming(bundle.file, () => importBundle(notebook.db, bundle.document, { replace: command.replace, file: bundle.file }))),
    ),
  );
  const result = { cases: results.flatMap((each) => each.cases), warnings: results.flatMap((each) => each.warnings) };
  return {
    json: { cases: result.cases, sources: [], warnings: result.warnings },
    lines: columns(result.cases.map((imported) => [imported.id, imported.title])),
    messages: [
      `imported ${plural(result.cases.length, 'case')} from ${plural(bundles.length, 'file')}`,
      ...result.warnings.map((warning) => `warning: ${warning.file === null ? '' : `${warning.file}: `}${warning.message}`),
    ],
  };
}

/** Names the file in an error about its content; errors about the notebook itself stay as they are. */
function naming<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CasebookError && !error.code.startsWith('notebook-')) throw new CasebookError(error.code, `${file}: ${error.message}`);
    throw error;
  }
}
