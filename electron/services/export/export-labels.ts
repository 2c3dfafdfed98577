import type { CaseDocument } from '../../../shared/domain/case-document.ts';
import {
  benoitStrategyDefinition,
  crisisTypeDefinition,
  scctStrategyDefinition,
} from '../../../shared/domain/codebook.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';

/** A date as a reader sees it, "about" when it is approximate. */
export function dateLabel(on: string | null, approx: boolean): string {
  if (on === null) return '';
  return `${approx ? 'about ' : ''}${formatPartialDate(on)}`;
}

function labelOf(definition: unknown, id: string): string {
  const label = (definition as { label?: unknown } | undefined)?.label;
  return typeof label === 'string' ? label : id;
}

/** The label of a code (built in or from the case's codebook), else its id. */
export function codeLabel(
  document: CaseDocument,
  kind: 'crisis-type' | 'scct-strategy' | 'benoit-strategy',
  id: string | null,
): string {
  if (id === null) return '';
  const custom = document.codebook.find((code) => code.kind === kind && code.id === id);
  if (custom) return custom.label;
  if (kind === 'crisis-type') return labelOf(crisisTypeDefinition(id), id);
  if (kind === 'scct-strategy') return labelOf(scctStrategyDefinition(id), id);
  return labelOf(benoitStrategyDefinition(id), id);
}

/** The overview fields as label/value pairs, empty ones left out. */
export function overviewFields(document: CaseDocument): [string, string][] {
  const c = document.case;
  const period =
    c.startedOn === null
      ? ''
      : c.endedOn === null
        ? `from ${dateLabel(c.startedOn, c.startedApprox)}`
        : `${dateLabel(c.startedOn, c.startedApprox)} to ${dateLabel(c.endedOn, c.endedApprox)}`;
  const fields: [string, string][] = [
    ['Status', c.status],
    ['Industry', c.industry ?? ''],
    ['Region', c.region ?? ''],
    ['Period', period],
    ['Crisis cluster', c.crisisCluster ?? ''],
    ['Crisis type', codeLabel(document, 'crisis-type', c.crisisType)],
    ['Crisis history', c.crisisHistory === null ? '' : c.crisisHistory ? 'yes' : 'no'],
    ['Prior reputation', c.priorReputation ?? ''],
    ['Tags', c.tags.map((tag) => tag.name).join(', ')],
  ];
  return fields.filter(([, value]) => value !== '');
}

/** "Name" of the actor an item is linked to, else the speaker as written. */
export function actorName(document: CaseDocument, actorId: string | null): string {
  if (actorId === null) return '';
  return document.actors.find((actor) => actor.id === actorId)?.name ?? '';
}

/** Strategy codes of an item as "SCCT: Apology; Benoit: Mortification". */
export function codingLabel(document: CaseDocument, item: { strategy: string | null; benoit: string | null }): string {
  const parts: string[] = [];
  if (item.strategy !== null) parts.push(`SCCT: ${codeLabel(document, 'scct-strategy', item.strategy)}`);
  if (item.benoit !== null) parts.push(`Benoit: ${codeLabel(document, 'benoit-strategy', item.benoit)}`);
  return parts.join('; ');
}

/** What a fact carries besides its statement: "value 40%; origin: Deloitte; about 2025" ('' when nothing). */
export function factDetails(fact: {
  readonly value: number | null;
  readonly unit: string | null;
  readonly origin: string | null;
  readonly on: string | null;
  readonly approx: boolean;
}): string {
  const value =
    fact.value === null ? '' : `${fact.value}${fact.unit === null ? '' : fact.unit === '%' ? '%' : ` ${fact.unit}`}`;
  return [
    value === '' ? '' : `value ${value}`,
    fact.origin === null ? '' : `origin: ${fact.origin}`,
    fact.on === null ? '' : dateLabel(fact.on, fact.approx),
  ]
    .filter((part) => part !== '')
    .join('; ');
}
