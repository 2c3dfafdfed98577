import { useState } from 'react';
import type { CaseDocument, Lesson } from '../../../../shared/domain/case-document.ts';
import { errorMessage, mutate } from '../../../api.ts';
import { recordEdit } from '../../../edit-history.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';
import { useToast } from '../../../ui/toasts.tsx';
import { ItemList } from '../../case-items/ItemList.tsx';
import { useItemSection } from '../../case-items/use-item-section.ts';
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
  const section = useItemSection(caseId, 'lesson', document.lessons);
  // The order just asked for, shown until the notebook's lessons arrive in it.
  const [order, setOrder] = useState<readonly string[] | null>(null);
  const [seenLessons, setSeenLessons] = useState(document.lessons);
  if (seenLessons !== document.lessons) {
    setSeenLessons(document.lessons);
    setOrder(null);
  }
  const toast = useToast();
  const listed = inOrder(section.saved, order);

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
      <ItemList
        section={section}
        rows={listed}
        label="Lessons"
        ordered
        empty={
          <EmptyState title="No lessons yet.">Add the takeaways and discussion points this case teaches.</EmptyState>
        }
        renderRow={({ item, isNew, position, props }) => (
          <LessonRow
            {...props}
            lesson={item}
            number={position + 1}
            canMoveUp={!isNew && position > 0}
            canMoveDown={!isNew && position < listed.length - 1}
            onMove={isNew ? () => undefined : (direction) => move(position, direction)}
          />
        )}
      />
    </div>
  );
}
