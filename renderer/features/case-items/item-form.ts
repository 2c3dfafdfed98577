import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { mutate } from '../../api.ts';
import { useDebouncedEdit } from '../../debounced-edit.ts';
import { recordEdit } from '../../edit-history.ts';

/** A form field's value as the person sees it: text as typed, a checkbox, or a choice. */
export type FieldValue = string | boolean;
export type FormValues = Record<string, FieldValue>;
/** A field checked as it would be saved: the stored value, or the specific reason it cannot be. */
export type FieldCheck =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

export interface ItemFormSpec<Item extends { readonly id: string }, Values extends FormValues> {
  /** What a person calls the item: "event", "quote" (used in undo labels). */
  readonly noun: string;
  readonly caseId: string;
  /** The item as the notebook holds it; null for a new item not written yet. */
  readonly stored: Item | null;
  /** The form values of a new item. */
  readonly blank: Values;
  readonly valuesOf: (item: Item) => Values;
  readonly check: (field: keyof Values & string, values: Values) => FieldCheck;
  /** Why a new item cannot be written yet ("Add a date …"), or null once it can. */
  readonly missing?: (values: Values) => string | null;
  readonly create: (fields: Record<string, unknown>) => Promise<Item>;
  readonly update: (id: string, patch: Record<string, unknown>) => Promise<Item>;
  readonly remove: (id: string) => Promise<{ readonly trashId: string }>;
  /** A new item was written: it now has an id. */
  readonly onCreated?: (item: Item) => void;
  /** What was typed into a new item before this form showed it (kept across unmounts). */
  readonly initialDrafts?: Partial<Values>;
  readonly onNewItemDraftsChange?: (drafts: Partial<Values>) => void;
}

export interface BoundField<V> {
  readonly value: V;
  readonly error: string | undefined;
  readonly onChange: (value: V) => void;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
}

export interface ItemForm<Values extends FormValues> {
  /** The item's id once it is written; null while it is new. */
  readonly id: string | null;
  readonly values: Values;
  readonly errors: Partial<Record<keyof Values, string>>;
  /** For a new item: what it still needs before it can be written. */
  readonly missing: string | null;
  readonly bind: <K extends keyof Values & string>(
    field: K,
    options?: { immediate?: boolean },
  ) => BoundField<Values[K]>;
  readonly change: (changes: Partial<Values>, options?: { immediate?: boolean }) => void;
  /** Writes whatever is pending now (Enter, leaving a field). */
  readonly commitNow: () => void;
  /** Drops pending writes (the item is being deleted). */
  readonly cancelPending: () => void;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * One item's form, saved as the person types: each field's edit goes to the notebook AUTOSAVE_DELAY_MS
 * after the last keystroke (choices at once, or when the field is left), through the save queue, and is
 * recorded for undo once written. What was typed stays on screen until the notebook holds it; an invalid
 * value shows why beside its field and is not sent. A new item is written as soon as it has what it
 * needs (`missing` answers null) and never dropped before that.
 */
export function useItemForm<Item extends { readonly id: string }, Values extends FormValues>(
  spec: ItemFormSpec<Item, Values>,
): ItemForm<Values> {
  const specRef = useRef(spec);
  useLayoutEffect(() => {
    specRef.current = spec;
  });
  const [drafts, setDraftsState] = useState<Partial<Values>>(() => spec.initialDrafts ?? {});
  const draftsRef = useRef(drafts);
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [created, setCreated] = useState<Item | null>(null);
  const known = useRef<Item | null>(spec.stored);
  const pending = useRef(new Set<keyof Values & string>());
  const focused = useRef<string | null>(null);
  const creating = useRef(false);
  const edit = useDebouncedEdit();

  function setDrafts(next: Partial<Values>): void {
    draftsRef.current = next;
    setDraftsState(next);
  }

  function baseValues(): Values {
    const item = known.current;
    return item ? specRef.current.valuesOf(item) : specRef.current.blank;
  }

  function currentValues(): Values {
    return { ...baseValues(), ...draftsRef.current };
  }

  /** Forgets the drafts the notebook now holds, except in the field being typed in. */
  function settle(): void {
    const item = known.current;
    if (!item) return;
    const values = currentValues();
    const next = { ...draftsRef.current };
    let changed = false;
    for (const field of Object.keys(next) as (keyof Values & string)[]) {
      if (field === focused.current || pending.current.has(field)) continue;
      const checked = specRef.current.check(field, values);
      if (checked.ok && same(checked.value, (item as Record<string, unknown>)[field])) {
        delete next[field];
        changed = true;
      }
    }
    if (changed) setDrafts(next);
  }

  useEffect(() => {
    if (spec.stored) {
      known.current = spec.stored;
      settle();
    }
    // settle reads refs only; it must run when the stored item changes, and only then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [spec.stored]);

  function create(values: Values): void {
    const current = specRef.current;
    if (creating.current || known.current || current.missing?.(values)) return;
    const fields: Record<string, unknown> = {};
    for (const field of Object.keys(values) as (keyof Values & string)[]) {
      const checked = current.check(field, values);
      if (!checked.ok) return;
      fields[field] = checked.value;
    }
    creating.current = true;
    pending.current.clear();
    current.create(fields).then(
      (item) => {
        creating.current = false;
        known.current = item;
        setCreated(item);
        const { noun, caseId, remove } = specRef.current;
        let trashId: string | null = null;
        recordEdit({
          label: `Add ${noun}`,
          caseId,
          undo: async () => {
            trashId = (await remove(item.id)).trashId;
          },
          redo: async () => {
            if (trashId !== null) await mutate('trash.restore', { id: trashId });
          },
        });
        specRef.current.onCreated?.(item);
        // What was typed while the item was being written goes with the next write.
        const now = currentValues();
        for (const field of Object.keys(now) as (keyof Values & string)[])
          if (!same(now[field], values[field])) pending.current.add(field);
        if (pending.current.size > 0) commit();
        else settle();
      },
      () => {
        // The status region shows why; the new item stays on screen and is tried again on the next edit.
        creating.current = false;
      },
    );
  }

  function commit(): void {
    if (creating.current) return; // the create's completion sends what is pending
    const item = known.current;
    const values = currentValues();
    if (!item) {
      create(values);
      return;
    }
    const { check, update, noun, caseId } = specRef.current;
    const fields = [...pending.current];
    pending.current.clear();
    const patch: Record<string, unknown> = {};
    const previous: Record<string, unknown> = {};
    for (const field of fields) {
      const checked = check(field, values);
      const before = (item as Record<string, unknown>)[field];
      if (checked.ok && !same(checked.value, before)) {
        patch[field] = checked.value;
        previous[field] = before ?? null;
      }
    }
    if (Object.keys(patch).length === 0) {
      settle();
      return;
    }
    update(item.id, patch).then(
      (updated) => {
        known.current = updated;
        recordEdit({
          label: `Edit ${noun}`,
          caseId,
          undo: async () => void (await update(item.id, previous)),
          redo: async () => void (await update(item.id, patch)),
        });
        settle();
      },
      () => {
        // Kept on screen and pending: the next edit, or leaving the field, tries again.
        for (const field of fields) pending.current.add(field);
      },
    );
  }

  function change(changes: Partial<Values>, options: { immediate?: boolean } = {}): void {
    const next = { ...draftsRef.current, ...changes };
    setDrafts(next);
    const values = { ...baseValues(), ...next };
    const nextErrors = { ...errors };
    const current = specRef.current;
    for (const field of Object.keys(changes) as (keyof Values & string)[]) {
      const checked = current.check(field, values);
      if (checked.ok) {
        delete nextErrors[field];
        pending.current.add(field);
      } else {
        nextErrors[field] = checked.message;
        pending.current.delete(field);
      }
    }
    setErrors(nextErrors);
    if (!known.current) {
      current.onNewItemDraftsChange?.(next);
      const ready = !current.missing?.(values) && Object.keys(nextErrors).length === 0;
      if (!ready) {
        edit.cancel();
        return;
      }
    } else if (pending.current.size === 0) {
      edit.cancel();
      return;
    }
    edit.schedule(commit);
    if (options.immediate) edit.commitNow();
  }

  const shown = spec.stored ?? created;
  const values = { ...(shown ? spec.valuesOf(shown) : spec.blank), ...drafts };
  const id = shown?.id ?? null;

  return {
    id,
    values,
    errors,
    missing: id === null ? (spec.missing?.(values) ?? null) : null,
    bind: (field, options = {}) => ({
      value: values[field],
      error: errors[field],
      onChange: (value) => change({ [field]: value } as unknown as Partial<Values>, options),
      onFocus: () => {
        focused.current = field;
      },
      onBlur: () => {
        if (focused.current === field) focused.current = null;
        edit.commitNow();
        settle();
      },
    }),
    change,
    commitNow: () => edit.commitNow(),
    cancelPending: () => {
      edit.cancel();
      pending.current.clear();
    },
  };
}
