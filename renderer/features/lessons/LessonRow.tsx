import { useEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import type { Lesson } from '../../../shared/domain/case-document.ts';
import { mutate } from '../../api.ts';
import { isComposing, isPlainEnter } from '../case-items/ime.ts';
import { useItemForm } from '../case-items/item-form.ts';
import type { FieldCheck } from '../case-items/item-form.ts';
import { ItemTextField } from '../case-items/ItemTextField.tsx';
import { useMoveToTrash } from '../case-items/move-to-trash.ts';

export type LessonValues = { text: string };
const BLANK_LESSON: LessonValues = { text: '' };

function checkLesson(_field: 'text', values: LessonValues): FieldCheck {
  return values.text.trim() === ''
    ? { ok: false, message: 'A lesson needs its text.' }
    : { ok: true, value: values.text };
}

export interface LessonRowProps {
  readonly caseId: string;
  readonly lesson: Lesson | null;
  /** The lesson's place in the list, from 1. */
  readonly number: number;
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
  readonly onMove: (direction: -1 | 1) => void;
  readonly initialDrafts?: Partial<LessonValues>;
  readonly focusOnMount?: boolean;
  readonly onCreated?: (id: string) => void;
  readonly onDraftChange?: (values: Partial<LessonValues>) => void;
  readonly onDiscardDraft?: () => void;
  readonly onDeleted?: () => void;
}

export function LessonRow({
  caseId,
  lesson,
  number,
  canMoveUp,
  canMoveDown,
  onMove,
  initialDrafts,
  focusOnMount,
  onCreated,
  onDraftChange,
  onDiscardDraft,
  onDeleted,
}: LessonRowProps) {
  const moveToTrash = useMoveToTrash();
  const textRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const form = useItemForm<Lesson, LessonValues>({
    noun: 'lesson',
    caseId,
    stored: lesson,
    blank: BLANK_LESSON,
    valuesOf: (item) => ({ text: item.text }),
    check: checkLesson,
    missing: (values) => (values.text.trim() === '' ? 'Not saved yet: write the lesson.' : null),
    initialDrafts,
    onNewItemDraftsChange: onDraftChange,
    create: (fields) => mutate('lessons.create', { caseId, fields: { text: String(fields['text']) } }),
    update: (id, patch) => mutate('lessons.update', { id, patch }),
    remove: (id) => mutate('lessons.delete', { id }),
    onCreated: (item) => onCreated?.(item.id),
  });
  useEffect(() => {
    if (focusOnMount) textRef.current?.focus();
  }, [focusOnMount]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void {
    if (isPlainEnter(event)) {
      // Enter saves the lesson; Shift+Enter adds a line.
      event.preventDefault();
      form.commitNow();
      return;
    }
    if (isComposing(event) || !event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const direction = event.key === 'ArrowUp' ? -1 : 1;
    if (direction === -1 ? canMoveUp : canMoveDown) onMove(direction);
  }

  async function remove(): Promise<void> {
    form.cancelPending();
    if (form.id === null) {
      onDiscardDraft?.();
      return;
    }
    const id = form.id;
    const removed = await moveToTrash({
      noun: 'lesson',
      description: `lesson ${number}`,
      caseId,
      remove: () => mutate('lessons.delete', { id }),
    });
    if (removed) onDeleted?.();
  }

  const written = form.id !== null;
  return (
    <li className={`item lesson-row${written ? '' : ' is-new'}`} data-lesson-id={form.id ?? undefined}>
      <span className="lesson-number" aria-hidden="true">
        {number}.
      </span>
      <div className="item-body">
        <ItemTextField
          label={`Lesson ${number}`}
          field={form.bind('text')}
          multiline
          wide
          inputRef={textRef}
          onKeyDown={onKeyDown}
        />
        {!written && (
          <p className="item-missing" role="status">
            {form.missing}
          </p>
        )}
      </div>
      <div className="item-actions item-actions-row">
        <button
          type="button"
          className="icon-button"
          data-action="up"
          aria-label={`Move lesson ${number} up`}
          title={`Move up (Alt+↑)`}
          disabled={!written || !canMoveUp}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          data-action="down"
          aria-label={`Move lesson ${number} down`}
          title={`Move down (Alt+↓)`}
          disabled={!written || !canMoveDown}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button icon-button-danger"
          aria-label={`Delete lesson ${number}`}
          title={`Delete lesson ${number}`}
          onClick={() => void remove()}
        >
          ×
        </button>
      </div>
    </li>
  );
}
