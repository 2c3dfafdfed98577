import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Source } from '../../../shared/domain/case-document.ts';
import { mutate } from '../../api.ts';
import { useDebouncedEdit } from '../../debounced-edit.ts';
import { recordEdit } from '../../edit-history.ts';
import { checkSourceField, sourceValues } from './source-values.ts';
import type { SourceField, SourceValues } from './source-values.ts';

export interface BoundSourceField {
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (value: string) => void;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * A library source's detail form, saved as the person types: text AUTOSAVE_DELAY_MS after the last
 * keystroke or when the field is left, choices at once, through the save queue, recorded for undo once
 * written. What was typed stays on screen until the notebook holds it; an invalid value shows why and is
 * not sent. The form is keyed by the source, so a new selection starts fresh.
 */
export function useSourceForm(stored: Source): {
  readonly values: SourceValues;
  readonly bind: (field: SourceField, options?: { immediate?: boolean }) => BoundSourceField;
} {
  const storedRef = useRef(stored);
  useLayoutEffect(() => {
    storedRef.current = stored;
  });
  const [drafts, setDraftsState] = useState<Partial<SourceValues>>({});
  const draftsRef = useRef(drafts);
  const [errors, setErrors] = useState<Partial<Record<SourceField, string>>>({});
  const pending = useRef(new Set<SourceField>());
  const focused = useRef<SourceField | null>(null);
  const edit = useDebouncedEdit();

  function setDrafts(next: Partial<SourceValues>): void {
    draftsRef.current = next;
    setDraftsState(next);
  }
  const currentValues = (): SourceValues => ({ ...sourceValues(storedRef.current), ...draftsRef.current });

  /** Forgets the drafts the notebook now holds, except in the field being typed in. */
  function settle(): void {
    const source = storedRef.current as unknown as Record<string, unknown>;
    const values = currentValues();
    const next = { ...draftsRef.current };
    let changed = false;
    for (const field of Object.keys(next) as SourceField[]) {
      if (field === focused.current || pending.current.has(field)) continue;
      const checked = checkSourceField(field, values);
      if (checked.ok && same(checked.value, source[field])) {
        delete next[field];
        changed = true;
      }
    }
    if (changed) setDrafts(next);
  }
  useEffect(() => {
    settle();
    // settle reads refs only; it runs when the stored source changes, and only then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);

  function commit(): void {
    const source = storedRef.current;
    const values = currentValues();
    const fields = [...pending.current];
    pending.current.clear();
    const patch: Record<string, unknown> = {};
    const previous: Record<string, unknown> = {};
    for (const field of fields) {
      const checked = checkSourceField(field, values);
      const before = (source as unknown as Record<string, unknown>)[field];
      if (checked.ok && !same(checked.value, before)) {
        patch[field] = checked.value;
        previous[field] = before ?? null;
      }
    }
    if (Object.keys(patch).length === 0) {
      settle();
      return;
    }
    const update = (fieldsToWrite: Record<string, unknown>) =>
      mutate('sources.update', { id: source.id, patch: fieldsToWrite });
    update(patch).then(
      () => {
        recordEdit({
          label: 'Edit source',
          caseId: null,
          undo: async () => void (await update(previous)),
          redo: async () => void (await update(patch)),
        });
        settle();
      },
      () => {
        // The save status shows why; kept on screen and pending, so the next edit tries again.
        for (const field of fields) pending.current.add(field);
      },
    );
  }

  function change(field: SourceField, value: string, immediate: boolean): void {
    const next = { ...draftsRef.current, [field]: value };
    setDrafts(next);
    const checked = checkSourceField(field, { ...sourceValues(storedRef.current), ...next });
    const nextErrors = { ...errors };
    if (checked.ok) {
      delete nextErrors[field];
      pending.current.add(field);
    } else {
      nextErrors[field] = checked.message;
      pending.current.delete(field);
    }
    setErrors(nextErrors);
    if (pending.current.size === 0) {
      edit.cancel();
      return;
    }
    edit.schedule(commit);
    if (immediate) edit.commitNow();
  }

  const values = { ...sourceValues(stored), ...drafts };
  return {
    values,
    bind: (field, options = {}) => ({
      value: values[field],
      error: errors[field],
      onChange: (value) => change(field, value, options.immediate ?? false),
      onFocus: () => {
        focused.current = field;
      },
      onBlur: () => {
        if (focused.current === field) focused.current = null;
        edit.commitNow();
        settle();
      },
    }),
  };
}
