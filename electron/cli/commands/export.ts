import { CASE_FORMAT, NOTEBOOK_FORMAT, type CaseDocument } from '../../../shared/domain/case-document.ts';
import type { Command } from '../args.ts';
import type { CommandContext } from '../command-context.ts';
import { badInput } from '../errors.ts';
import { withNotebook } from '../notebook-session.ts';
import { plural, type CommandOutcome } from '../output.ts';
import { readCase } from '../read-case.ts';
import { resolveOutputPath, writeFileAtomically } from '../output-file.ts';

export async function runExport(command: Extract<Command, { name: 'export' }>, context: CommandContext): Promise<CommandOutcome> {
  const out = resolveOutputPath(command.out, context);
  const documents = await withNotebook(context.dbPath, 'read', (notebook) => {
    const byId = new Map<string, CaseDocument>();
    for (const idOrSlug of command.idsOrSlugs) {
      const document = readCase(notebook.db, idOrSlug);
      if (!byId.has(document.case.id)) byId.set(document.case.id, document);
    }
    return [...byId.values()];
  });
  const bundle = bundleOf(documents, new Date());
  const bytes = writeFileAtomically(command.out, out, `${JSON.stringify(bundle, null, 2)}\n`);
  return {
    json: { out, bytes },
    lines: [`Exported ${plural(documents.length, 'case')} to ${out} (${bytes} bytes)`],
  };
}

/** One case: a casebook.case/v1 bundle; several: a casebook.notebook/v1 bundle holding them. */
export function bundleOf(documents: readonly CaseDocument[], now: Date): unknown {
  const exportedAt = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const [only] = documents;
  if (documents.length === 1 && only !== undefined) {
    const { format: _format, exportedAt: _previous, ...content } = only;
    return { format: CASE_FORMAT, exportedAt, ...content };
  }
  if (documents.length === 0) throw badInput('no cases to export');
  return { format: NOTEBOOK_FORMAT, exportedAt, cases: documents.map(({ exportedAt: _previous, ...document }) => document) };
}
