import type { TimelineEvent } from '../../../shared/domain/case-document.ts';
import type { ItemKind } from '../case-items/item-kind.ts';
import { itemWrites } from '../case-items/item-writes.ts';
import { BLANK_EVENT, checkEventField, eventValues, missingForEvent } from './event-form.ts';
import type { EventValues } from './event-form.ts';

export const EVENT_ITEM: ItemKind<TimelineEvent, EventValues> = {
  noun: 'event',
  blank: BLANK_EVENT,
  valuesOf: eventValues,
  check: checkEventField,
  missing: missingForEvent,
  ...itemWrites('events'),
};
