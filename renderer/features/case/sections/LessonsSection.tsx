import { useRef, useState } from 'react';
import type { CaseDocument, Lesson } from '../../../../shared/domain/case-document.ts';
import { errorMessage, mutate } from '../../../api.ts';
import { useAppEvent } from '../../../app-events.ts';
import { recordEdit } from '../../../edit-history.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { useToast } from '../../../ui/toasts.tsx';
import { KeepFocus } from '../../case-items/KeepFocus.tsx';
import { useNewItems } from '../../case-items/use-new-items.ts';
import { LessonRow } from '../../lessons/LessonRow.tsx';
import { moveId } from '../../lessons/reorder.ts';
import '../../case-items/items.css';
import '../../lessons/lessons.css';

function inOrder(lessons: readonly Lesson[], order: readonly string[] | null): Lesson[] {
  if (!order) return [...lessons];
  const byId = new Map(lessons.map((lesson) => [lesson.id, lesson]));
  const ordered = order.flatMap((id) => byId.get(id) ?? []);
  return [...ordered, ...lessons.filter((lesson) => !order.includes(lesson.id))];
}

/** Takeaways and discussion points, in the order the person gives them (buttons or Alt+↑/↓). */
export function LessonsSection({ document }: { document: CaseDocument }) {
  const caseId = document.case.id;
  const newItems = useNewItems(
    caseId,
    'lesson',
    document.lessons.map((lesson) => lesson.id),
  );
  const [focusKey, setFocusKey] = useState<string | null>(null);
  // The order just asked for, shown until the notebook's lessons arrive in it.
  const [order, setOrder] = useState<readonly string[] | null>(null);
  const [seenLessons, setSeenLessons] = useState(document.lessons);
  if (seenLessons !== document.lessons) {
    setSeenLessons(document.lessons);
    setOrder(null);
  }
  const addRef = useRef<HTMLButtonElement>(null);
  const toast = useToast();

  function addLesson(): void {
    setFocusKey(newItems.open());
  }
  useAppEvent('casebook:add-item', ({ kind }) => {
    if (kind === 'lesson') addLesson();
  });

  const listed = inOrder(document.lessons, order).filter((lesson) => !newItems.pinnedIds.has(lesson.id));
  const rowCount = listed.length + newItems.entries.length;

  async function reorder(ids: readonly string[]): Promise<void> {
    await mutate('lessons.reorder', { caseId, ids: [...ids] });
  }

  function move(index: number, direction: -1 | 1): void {
    const to = index + direction;
    if (to < 0 || to >= listed.length) return;
    const before = listed.map((lesson) => lesson.id);
    const after = moveId(before, index, to);
    setOrder(after);
    reorder(after).then(
      () =>
        recordEdit({
          label: 'Move lesson',
          caseId,
          undo: () => reorder(before),
          redo: () => reorder(after),
        }),
      (error: unknown) => {
        setOrder(null);
        toast({ message: `The lesson could not be moved: ${errorMessage(error)}`, tone: 'error' });
      },
    );
  }

  return (
    <div className="items-section lessons-section">
      {rowCount === 0 ? (
        <EmptyState title="No lessons yet.">Add the takeaways and discussion points this case teaches.</EmptyState>
      ) : (
        <KeepFocus>
          <ol className="item-list" aria-label="Lessons">
            {[
              ...listed.map((lesson, index) => (
                <LessonRow
                  key={newItems.keyOf(lesson.id)}
                  caseId={caseId}
                  lesson={lesson}
                  number={index + 1}
                  canMoveUp={index > 0}
                  canMoveDown={index < listed.length - 1}
                  onMove={(direction) => move(index, direction)}
                  onDeleted={() => addRef.current?.focus()}
                />
              )),
              ...newItems.entries.map((entry, index) => (
                <LessonRow
                  key={entry.key}
                  caseId={caseId}
                  lesson={
                    entry.id === null ? null : (document.lessons.find((lesson) => lesson.id === entry.id) ?? null)
                  }
                  number={listed.length + index + 1}
                  canMoveUp={false}
                  canMoveDown={false}
                  onMove={() => undefined}
                  initialDrafts={entry.initialDrafts}
                  focusOnMount={entry.key === focusKey}
                  onDraftChange={(values) => newItems.onDraftChange(entry.key, values)}
                  onDiscardDraft={() => {
                    newItems.discard(entry.key);
                    addRef.current?.focus();
                  }}
                  onCreated={(id) => {
                    newItems.onCreated(entry.key, id);
                    newItems.release(entry.key);
                  }}
                  onDeleted={() => addRef.current?.focus()}
                />
              )),
            ]}
          </ol>
        </KeepFocus>
      )}
      <div className="items-actions">
        <button ref={addRef} type="button" className="button" onClick={addLesson}>
          Add lesson
        </button>
      </div>
    </div>
  );
}
