import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Actor } from '../../../shared/domain/case-document.ts';
import { isComposing } from '../case-items/ime.ts';

export interface SpeakerFieldProps {
  readonly actors: readonly Actor[];
  readonly speaker: string;
  readonly actorId: string;
  /** A typed name (actorId '' unless it is exactly an actor's name) or a picked actor. */
  readonly onChange: (speaker: string, actorId: string) => void;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
}

/**
 * "Speaker": free text, or one of the case's actors picked from the suggestions (a combobox). Picking an
 * actor links the quote to it; typing a name that is not an actor's keeps it as written.
 */
export function SpeakerField({ actors, speaker, actorId, onChange, onFocus, onBlur }: SpeakerFieldProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = speaker.trim().toLowerCase();
  const linked = actors.find((actor) => actor.id === actorId) ?? null;
  const options = actors.filter(
    (actor) => query === '' || linked?.name === speaker || actor.name.toLowerCase().includes(query),
  );
  const expanded = open && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  function pick(actor: Actor): void {
    onChange(actor.name, actor.id);
    setOpen(false);
  }

  function type(text: string): void {
    const exact = actors.find((actor) => actor.name.toLowerCase() === text.trim().toLowerCase());
    onChange(text, exact?.id ?? '');
    setOpen(true);
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (isComposing(event)) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
    } else if (event.key === 'Enter' && expanded) {
      const actor = options[activeIndex];
      if (actor) {
        event.preventDefault();
        pick(actor);
      }
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  return (
    <div className="item-field speaker-field">
      <label htmlFor={id}>Speaker</label>
      <div className="combobox">
        <input
          id={id}
          className="input"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-options`}
          aria-activedescendant={expanded ? `${id}-option-${activeIndex}` : undefined}
          aria-describedby={`${id}-hint`}
          placeholder={actors.length > 0 ? 'A name, or pick an actor' : 'A name as written'}
          value={speaker}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={() => {
            setOpen(false);
            onBlur();
          }}
        />
        <ul id={`${id}-options`} role="listbox" aria-label="Actors" className="combobox-options" hidden={!expanded}>
          {options.map((actor, index) => (
            <li
              key={actor.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className="combobox-option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(actor)}
            >
              {actor.name}
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {linked ? `Actor: ${linked.name}` : speaker.trim() === '' ? 'Not set' : 'Not linked to an actor'}
      </p>
    </div>
  );
}
