import { EVENT_KINDS } from '../../../shared/domain/case-document.ts';
import type { EventKind } from '../../../shared/domain/case-document.ts';

export const EVENT_KIND_LABELS: Readonly<Record<EventKind, string>> = {
  trigger: 'Trigger',
  allegation: 'Allegation',
  response: 'Response',
  apology: 'Apology',
  'corrective-action': 'Corrective action',
  escalation: 'Escalation',
  media: 'Media',
  resolution: 'Resolution',
  other: 'Other',
};

export const EVENT_KIND_OPTIONS = EVENT_KINDS.map((kind) => ({ value: kind, label: EVENT_KIND_LABELS[kind] }));

/** Kinds that are the organization's responses: they are coded with a strategy. */
const RESPONSE_KINDS: ReadonlySet<string> = new Set(['response', 'apology', 'corrective-action']);

export function isResponseKind(kind: string): boolean {
  return RESPONSE_KINDS.has(kind);
}

export function eventKindLabel(kind: string): string {
  return EVENT_KIND_LABELS[kind as EventKind] ?? kind;
}
