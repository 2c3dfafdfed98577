/**
 * <ActorPicker actors value onChange label? tabIndex? disabled?>
 * - actors: the case's actors; value: an actor id or null; onChange(id | null) on every choice.
 * - label: default "Actor". Options: "None" and each actor by name (with its kind); an id that names no
 *   actor of the case (e.g. one in the trash) shows as "Unknown actor" until changed.
 */
import { useId } from 'react';
import type { Actor } from '../../../shared/domain/case-document.ts';
import './coding.css';

export interface ActorPickerProps {
  readonly actors: readonly Pick<Actor, 'id' | 'name' | 'kind'>[];
  readonly value: string | null;
  readonly onChange: (id: string | null) => void;
  readonly label?: string;
  readonly tabIndex?: number;
  readonly disabled?: boolean;
}

export function ActorPicker({ actors, value, onChange, label = 'Actor', tabIndex, disabled }: ActorPickerProps) {
  const id = useId();
  const unknown = value !== null && !actors.some((actor) => actor.id === value);
  return (
    <div className="field actor-picker">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        tabIndex={tabIndex}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">None</option>
        {unknown && <option value={value}>Unknown actor</option>}
        {actors.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.name}
          </option>
        ))}
      </select>
      {actors.length === 0 && <p className="field-hint">Add the people and organizations in Actors.</p>}
    </div>
  );
}
