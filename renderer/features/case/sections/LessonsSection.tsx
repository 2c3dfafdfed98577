import type { Lesson } from '../../../../shared/domain/case-document.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';

export function LessonsSection({ lessons }: { lessons: readonly Lesson[] }) {
  if (lessons.length === 0) return <EmptyState title="No lessons yet." />;
  return (
    <ol className="lesson-list" aria-label="Lessons">
      {lessons.map((lesson) => (
        <li key={lesson.id}>{lesson.text}</li>
      ))}
    </ol>
  );
}
