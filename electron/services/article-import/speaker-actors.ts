import type { ActorKind, ActorRole } from '../../../shared/domain/case-document.ts';
import type { NotebookDb } from '../../store/database.ts';
import { createActor } from '../actors.ts';

/** An actor a Casebook export lists in its front matter. */
export interface ListedActor {
  readonly name: string;
  readonly kind: ActorKind;
  readonly role: ActorRole;
  readonly private: boolean;
}

export interface SpeakerActors {
  /** The actor a quote's speaker is linked to, or null when the quote names no speaker. */
  actorIdOf(speaker: string | null): string | null;
  /** How many actors were created. */
  readonly created: number;
  readonly warnings: string[];
}

/** A name compared the way a person reads it: case, accents and spacing do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[\s.,;:]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The case's actors for an import: the ones the export listed, then a person (role spokesperson) for each
 * speaker no actor matches by name. A made-up actor is a guess, so the report says so.
 */
export function createSpeakerActors(
  db: NotebookDb,
  caseId: string,
  options: { readonly listed: readonly ListedActor[]; readonly speakers: readonly (string | null)[] },
): SpeakerActors {
  const byKey = new Map<string, string>();
  const warnings: string[] = [];
  let created = 0;
  for (const actor of options.listed) {
    const key = nameKey(actor.name);
    if (key === '' || byKey.has(key)) continue;
    byKey.set(key, createActor(db, { caseId, fields: { ...actor, name: actor.name.slice(0, 500) } }).id);
    created += 1;
  }
  for (const speaker of options.speakers) {
    const key = nameKey(speaker ?? '');
    if (key === '' || byKey.has(key)) continue;
    const name = speaker!.trim().slice(0, 500);
    byKey.set(key, createActor(db, { caseId, fields: { name, kind: 'person', role: 'spokesperson' } }).id);
    created += 1;
    warnings.push(`The actor “${name}” (a person, spokesperson) was made for the speaker of a quote; check it.`);
  }
  return {
    actorIdOf: (speaker) => (speaker === null ? null : (byKey.get(nameKey(speaker)) ?? null)),
    created,
    warnings,
  };
}
