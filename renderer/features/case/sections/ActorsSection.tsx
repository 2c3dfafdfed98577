import type { Actor } from '../../../../shared/domain/case-document.ts';
import { EmptyState } from '../../../ui/empty-state.tsx';

export function ActorsSection({ actors }: { actors: readonly Actor[] }) {
  if (actors.length === 0) return <EmptyState title="No actors yet." />;
  return (
    <ul className="item-list" aria-label="Actors">
      {actors.map((actor) => (
        <li key={actor.id} className="item">
          <div className="item-body">
            <div className="item-title">
              {actor.name}
              {actor.private && <span className="badge">Private person</span>}
            </div>
            <div className="item-meta">
              <span>{actor.kind}</span>
              <span>role: {actor.role}</span>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
