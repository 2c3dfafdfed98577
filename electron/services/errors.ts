import { CasebookError } from '../../shared/contract/result.ts';

const KIND_NAMES: Record<string, string> = {
  case: 'case',
  actor: 'actor',
  issueRow: 'issue row',
  event: 'event',
  quote: 'quote',
  fact: 'fact',
  lesson: 'lesson',
  source: 'source',
  trash: 'trash entry',
  attachment: 'attachment',
};

export function notFound(kind: string, id: string): CasebookError {
  return new CasebookError('not-found', `There is no ${KIND_NAMES[kind] ?? kind} with id ${id}.`);
}

/** A request that parsed but is wrong for this notebook; names the field like the schema errors do. */
export function invalid(field: string, message: string): CasebookError {
  return new CasebookError('invalid-request', `${field}: ${message}`);
}

export function conflict(message: string): CasebookError {
  return new CasebookError('conflict', message);
}

/** A short label for trash lists and messages: the first line of a text, shortened. */
export function labelOf(text: string, fallback: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  if (line === '') return fallback;
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
