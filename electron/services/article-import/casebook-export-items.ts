import {
  ACTOR_KINDS,
  ACTOR_ROLES,
  EVENT_KINDS,
  type EventKind,
  type ITEM_STATUSES,
} from '../../../shared/domain/case-document.ts';
import { isPartialDate } from '../../../shared/domain/partial-date.ts';
import type { ListedActor } from './speaker-actors.ts';

/**
 * The items of Casebook's own Markdown export read back: timeline lines and fact lines as export/markdown.ts
 * writes them, and the actors list of its front matter. Each reader returns null for a line it does not
 * recognise, which then stays in the narrative as text.
 */
export interface ExportedEvent {
  readonly on: string;
  readonly approx: boolean;
  readonly title: string;
  readonly kind: EventKind;
  readonly status: ItemStatus;
}

export interface ExportedFact {
  readonly statement: string;
  readonly value: number | null;
  readonly unit: string | null;
  readonly origin: string | null;
  readonly status: ItemStatus;
}

type ItemStatus = (typeof ITEM_STATUSES)[number];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DATE_LABEL = new RegExp(
  String.raw`^(about )?(?:(?:(\d{1,2}) )?(${MONTHS.join('|')}) )?(\d{4})(?:, (\d{2}:\d{2}) (UTC|[+-]\d{2}:\d{2}))?$`,
);
const KIND_LABELS = new Map<string, EventKind>(EVENT_KINDS.map((kind) => [kind.replace('-', ' '), kind]));
const SUGGESTED = ' (suggested)';

/** "about 5 January 2026" (export-labels.ts dateLabel) → the partial date and whether it is approximate. */
export function readDateLabel(label: string): { on: string; approx: boolean } | null {
  const match = DATE_LABEL.exec(label.trim());
  if (!match) return null;
  const [, about, day, month, year, time, zone] = match;
  const pad = (n: number) => String(n).padStart(2, '0');
  let on = year!;
  if (month !== undefined) on += `-${pad(MONTHS.indexOf(month) + 1)}`;
  if (month !== undefined && day !== undefined) on += `-${pad(Number(day))}`;
  if (day !== undefined && time !== undefined) on += `T${time}${zone === 'UTC' ? 'Z' : zone}`;
  return isPartialDate(on) ? { on, approx: about !== undefined } : null;
}

/** "about January 2026 — Title (allegation) (suggested).", then a line break and any detail → an event (the detail is not read back). */
export function readTimelineLine(line: string): ExportedEvent | null {
  const dash = line.indexOf(' — ');
  if (dash < 0) return null;
  const date = readDateLabel(line.slice(0, dash));
  if (date === null) return null;
  // The export ends the title line with "." and puts any detail after a line break.
  let rest = line
    .slice(dash + 3)
    .split('\n')[0]!
    .trim()
    .replace(/\.$/, '');
  let status: ItemStatus = 'confirmed';
  if (rest.endsWith(SUGGESTED)) {
    status = 'suggested';
    rest = rest.slice(0, -SUGGESTED.length);
  }
  let kind: EventKind = 'other';
  const kindMatch = /\s\(([a-z ]+)\)$/.exec(rest);
  const named = kindMatch ? KIND_LABELS.get(kindMatch[1]!) : undefined;
  if (kindMatch && named) {
    kind = named;
    rest = rest.slice(0, kindMatch.index);
  }
  const title = rest.trim();
  return title === '' ? null : { ...date, title, kind, status };
}

/** "Statement (value 40%; origin: Deloitte; about 2025) (suggested)" → a fact (export-labels.ts factDetails). */
export function readFactLine(line: string): ExportedFact | null {
  let rest = line.trim();
  let status: ItemStatus = 'confirmed';
  if (rest.endsWith(SUGGESTED)) {
    status = 'suggested';
    rest = rest.slice(0, -SUGGESTED.length).trimEnd();
  }
  let value: number | null = null;
  let unit: string | null = null;
  let origin: string | null = null;
  const open = rest.endsWith(')') ? detailsStart(rest) : -1;
  if (open >= 0) {
    for (const part of rest.slice(open + 2, -1).split('; ')) {
      const valued = /^value (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(%| .+)?$/i.exec(part);
      if (valued) {
        value = Number(valued[1]);
        unit = valued[2]?.trim() || null;
      } else if (part.startsWith('origin: ')) origin = part.slice('origin: '.length).trim() || null;
    }
    rest = rest.slice(0, open);
  }
  const statement = rest.trim();
  return statement === '' ? null : { statement, value, unit, origin, status };
}

/** Where " (value …; origin: …; date)" starts at the end of a fact line, or -1 when the line has none. */
function detailsStart(line: string): number {
  for (let at = line.lastIndexOf(' ('); at >= 0; at = line.lastIndexOf(' (', at - 1)) {
    const inside = line.slice(at + 2, -1);
    const parts = inside.split('; ');
    const known = parts.every(
      (part) => /^value \S/.test(part) || part.startsWith('origin: ') || readDateLabel(part) !== null,
    );
    if (known) return at;
    if (at === 0) break;
  }
  return -1;
}

/** The `actors: [...]` line of the export's front matter (a JSON array, which YAML reads too). */
export function readActorsList(frontMatter: string): ListedActor[] {
  const line = /^actors\s*:\s*(\[.*\])\s*$/m.exec(frontMatter);
  if (!line) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(line[1]!);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: unknown): ListedActor[] => {
    const actor = entry as { name?: unknown; kind?: unknown; role?: unknown; private?: unknown } | null;
    if (actor === null || typeof actor !== 'object' || typeof actor.name !== 'string' || actor.name.trim() === '')
      return [];
    const kind = ACTOR_KINDS.find((each) => each === actor.kind) ?? 'other';
    const role = ACTOR_ROLES.find((each) => each === actor.role) ?? 'other';
    return [{ name: actor.name.trim(), kind, role, private: actor.private === true }];
  });
}
