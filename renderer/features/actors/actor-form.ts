import type { Actor, ActorKind, ActorRole } from '../../../shared/domain/case-document.ts';
import { ACTOR_KINDS, ACTOR_ROLES } from '../../../shared/domain/case-document.ts';
import type { FieldCheck } from '../case-items/item-form.ts';

export type ActorValues = { name: string; kind: string; role: string; private: boolean };

export const BLANK_ACTOR: ActorValues = { name: '', kind: 'organization', role: 'other', private: false };

export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  organization: 'Organization',
  person: 'Person',
  group: 'Group',
  other: 'Other',
};

export const ACTOR_ROLE_LABELS: Readonly<Record<ActorRole, string>> = {
  subject: 'Subject',
  spokesperson: 'Spokesperson',
  accuser: 'Accuser',
  influencer: 'Influencer / KOL',
  competitor: 'Competitor',
  regulator: 'Regulator',
  media: 'Media',
  public: 'Public',
  other: 'Other',
};

export const ACTOR_KIND_OPTIONS = ACTOR_KINDS.map((kind) => ({ value: kind, label: ACTOR_KIND_LABELS[kind] }));
export const ACTOR_ROLE_OPTIONS = ACTOR_ROLES.map((role) => ({ value: role, label: ACTOR_ROLE_LABELS[role] }));

export function actorValues(actor: Actor): ActorValues {
  return { name: actor.name, kind: actor.kind, role: actor.role, private: actor.private };
}

export function checkActorField(field: keyof ActorValues, values: ActorValues): FieldCheck {
  if (field === 'name' && values.name.trim() === '') return { ok: false, message: 'An actor needs a name.' };
  return { ok: true, value: values[field] };
}

export function missingForActor(values: ActorValues): string | null {
  return values.name.trim() === '' ? 'Not saved yet: add a name.' : null;
}
