import type { Actor } from '../../../shared/domain/case-document.ts';
import type { ItemKind } from '../case-items/item-kind.ts';
import { itemWrites } from '../case-items/item-writes.ts';
import { actorValues, BLANK_ACTOR, checkActorField, missingForActor } from './actor-form.ts';
import type { ActorValues } from './actor-form.ts';

export const ACTOR_ITEM: ItemKind<Actor, ActorValues> = {
  noun: 'actor',
  blank: BLANK_ACTOR,
  valuesOf: actorValues,
  check: checkActorField,
  missing: missingForActor,
  ...itemWrites('actors'),
};
