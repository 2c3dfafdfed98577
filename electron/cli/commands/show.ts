import type { CaseDocument } from '../../../shared/domain/case-document.ts';
import type { Command } from '../args.ts';
import type { CommandContext } from '../command-context.ts';
import { withNotebook } from '../notebook-session.ts';
import { plural, singleLine, type CommandOutcome } from '../output.ts';
import { readCase } from '../read-case.ts';

export async function runShow(command: Extract<Command, { name: 'show' }>, context: CommandContext): Promise<CommandOutcome> {
  const document = await withNotebook(context.dbPath, 'read', (notebook) => readCase(notebook.db, command.idOrSlug));
  return { json: document, lines: describeCase(document) };
}

function describeCase(document: CaseDocument): string[] {
  const overview = document.case;
  const dates = [dateWithApprox(overview.startedOn, overview.startedApprox), dateWithApprox(overview.endedOn, overview.endedApprox)];
  const lines = [
    overview.title,
    `  id        ${overview.id}`,
    `  slug      ${overview.slug}`,
    `  status    ${overview.status}`,
    `  dates     ${dates[0] ?? '?'} – ${dates[1] ?? '?'}`,
  ];
  if (overview.tags.length > 0) lines.push(`  tags      ${overview.tags.map((tag) => tag.name).join(', ')}`);
  if (overview.crisisType !== null || overview.crisisCluster !== null) {
    lines.push(`  crisis    ${[overview.crisisCluster, overview.crisisType].filter((part) => part !== null).join(' / ')}`);
  }
  lines.push(
    `  contents  ${[
      plural(document.actors.length, 'actor'),
      plural(document.issueRows.length, 'issue row'),
      plural(document.events.length, 'event'),
      plural(document.quotes.length, 'quote'),
      plural(document.facts.length, 'fact'),
      plural(document.lessons.length, 'lesson'),
      plural(document.sources.length, 'source'),
    ].join(', ')}`,
    `  updated   ${overview.updatedAt}`,
  );
  if (overview.summary.trim() !== '') lines.push('', singleLine(overview.summary));
  return lines;
}

function dateWithApprox(date: string | null, approx: boolean): string | null {
  if (date === null) return null;
  return approx ? `about ${date}` : date;
}
