import type { KeyboardEvent } from 'react';
import type { Lesson } from '../../../shared/domain/case-document.ts';
import { DeleteItemButton } from '../case-items/DeleteItemButton.tsx';
import { isComposing, isPlainEnter } from '../case-items/ime.ts';
import type { ItemRowProps } from '../case-items/item-row-props.ts';
import { ItemTextField } from '../case-items/ItemTextField.tsx';
import { MissingNote } from '../case-items/MissingNote.tsx';
import { useItemRemoval } from '../case-items/use-item-removal.ts';
import { useItemRow } from '../case-items/use-item-row.ts';
import { LESSON_ITEM } from './lesson-item.ts';
import type { LessonValues } from './lesson-item.ts';

export interface LessonRowProps extends Omit<ItemRowProps<LessonValues>, 'deleteLabel'> {
  readonly lesson: Lesson | null;
  /** The lesson's place in the list, from 1. */
  readonly number: number;
  readonly canMoveUp: boolean;
  readonly canMoveDown: boolean;
  readonly onMove: (direction: -1 | 1) => void;
}

export function LessonRow({ lesson, number, canMoveUp, canMoveDown, onMove, ...props }: LessonRowProps) {
  const { form, firstFieldRef } = useItemRow(LESSON_ITEM, lesson, props);
  const remove = useItemRemoval(LESSON_ITEM, form, props, `lesson ${number}`);

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
          inputRef={firstFieldRef}
          onKeyDown={onKeyDown}
        />
        {!written && <MissingNote text={form.missing} />}
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
        <DeleteItemButton label={`Delete lesson ${number}`} onClick={remove} />
      </div>
    </li>
  );
}
