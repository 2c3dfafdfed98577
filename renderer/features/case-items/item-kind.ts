import type { FieldCheck, FormValues } from './item-form.ts';

/** How one kind of item is written to the notebook. */
export interface ItemWrites<Item> {
  readonly create: (caseId: string, fields: Record<string, unknown>) => Promise<Item>;
  readonly update: (id: string, patch: Record<string, unknown>) => Promise<Item>;
  readonly remove: (id: string) => Promise<{ readonly trashId: string }>;
}

/** One kind of case item (event, quote …): how its form shows and checks it, and how it is written. */
export interface ItemKind<Item extends { readonly id: string }, Values extends FormValues> extends ItemWrites<Item> {
  /** What a person calls the item: "event", "quote" (undo labels, messages). */
  readonly noun: string;
  /** The form values of a new item. */
  readonly blank: Values;
  readonly valuesOf: (item: Item) => Values;
  readonly check: (field: keyof Values & string, values: Values) => FieldCheck;
  /** Why a new item cannot be written yet ("Add a date …"), or null once it can. */
  readonly missing: (values: Values) => string | null;
}
