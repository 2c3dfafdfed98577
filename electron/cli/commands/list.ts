import type { CaseSummary } from '../../../shared/contract/procedures.ts';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/domain/case-document.ts';
import type { Command } from '../args.ts';
import type { CommandContext } from '../command-context.ts';
import { badInput } from '../errors.ts';
import { withNotebook } from '../notebook-session.ts';
import { columns, type CommandOutcome } from '../output.ts';
import { callProcedure } from '../procedure-call.ts';

const PAGE_SIZE = 500;

export async function runList(command: Extract<Command, { name: 'list' }>, context: CommandContext): Promise<CommandOutcome> {
  const status = parseStatus(command.status);
  const cases = await withNotebook(context.dbPath, 'read', (notebook) => {
    const all: CaseSummary[] = [];
    let after: { updatedAt: string; id: string } | undefined;
    for (;;) {
      const page = callProcedure(notebook.db, 'cases.list', {
        ...(command.query === null ? {} : { query: command.query }),
        ...(command.tag === null ? {} : { tag: command.tag }),
        ...(status === null ? {} : { status }),
        limit: PAGE_SIZE,
        ...(after === undefined ? {} : { after }),
      });
      all.push(...page.cases);
      const last = page.cases.at(-1);
      if (!page.hasMore || last === undefined) return all;
      after = { updatedAt: last.updatedAt, id: last.id };
    }
  });
  const filtered = command.query !== null || command.tag !== null || status !== null;
  return {
    json: { cases: cases.map(({ id, slug, title, status, updatedAt }) => ({ id, slug, title, status, updatedAt })) },
    lines: columns(cases.map((summary) => [summary.updatedAt.slice(0, 10), summary.status, summary.slug, summary.title])),
    messages: cases.length === 0 ? [filtered ? 'no cases match' : 'the notebook has no cases yet'] : [],
  };
}

function parseStatus(status: string | null): CaseStatus | null {
  if (status === null) return null;
  const known = CASE_STATUSES.find((candidate) => candidate === status);
  if (known === undefined) throw badInput(`--status must be ${CASE_STATUSES.join(', ')} (got '${status}')`);
  return known;
}
