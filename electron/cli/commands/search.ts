import type { Command } from '../args.ts';
import type { CommandContext } from '../command-context.ts';
import { withNotebook } from '../notebook-session.ts';
import { columns, singleLine, type CommandOutcome } from '../output.ts';
import { callProcedure } from '../procedure-call.ts';

/** The most hits the contract returns in one call. */
const SEARCH_LIMIT = 200;

export async function runSearch(command: Extract<Command, { name: 'search' }>, context: CommandContext): Promise<CommandOutcome> {
  const { hits } = await withNotebook(context.dbPath, 'read', (notebook) =>
    callProcedure(notebook.db, 'search.query', { query: command.query, limit: SEARCH_LIMIT }),
  );
  const messages = hits.length === 0 ? ['nothing found'] : hits.length === SEARCH_LIMIT ? [`showing the first ${SEARCH_LIMIT} hits; narrow the query to see others`] : [];
  return {
    json: { hits },
    lines: columns(hits.map((hit) => [hit.kind, hit.caseId ?? '-', singleLine(hit.snippet)])),
    messages,
  };
}
