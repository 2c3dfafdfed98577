import type { Command } from '../args.ts';
import type { CommandContext } from '../command-context.ts';
import { withNotebook } from '../notebook-session.ts';
import { columns, singleLine, type CommandOutcome } from '../output.ts';
import { callProcedure } from '../procedure-call.ts';

/** The most hits the contract returns in one call. */
const SEARCH_LIMIT = 200;

export async function runSearch(
  command: Extract<Command, { name: 'search' }>,
  context: CommandContext,
): Promise<CommandOutcome> {
  const { hits, truncated, warnings } = await withNotebook(context.dbPath, 'read', (notebook) =>
    callProcedure(notebook.db, 'search.query', { query: command.query, limit: SEARCH_LIMIT }),
  );
  const messages = [
    ...warnings,
    ...(hits.length === 0
      ? ['nothing found']
      : truncated
        ? [`showing the best ${hits.length} hits; narrow the query to see others`]
        : []),
  ];
  return {
    json: { hits, truncated, warnings },
    lines: columns(hits.map((hit) => [hit.kind, hit.caseId ?? '-', singleLine(hit.title), singleLine(hit.snippet)])),
    messages,
  };
}
