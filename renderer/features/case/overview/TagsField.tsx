import { useId, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { Tag } from '../../../../shared/domain/case-document.ts';
import { useQuery } from '../../../api.ts';
import { defaultTagColor, TAG_COLORS } from './tag-colors.ts';

const MAX_SUGGESTIONS = 6;

/**
 * Tags as tokens: type and press Enter (or comma) to add; Backspace in the empty box removes the last.
 * A new tag takes the colour the notebook already gives that name, or one of its own; each chip has a
 * colour choice. While the box has focus, tags used in other cases are suggested.
 */
export function TagsField({ tags, onChange }: { tags: readonly Tag[]; onChange: (tags: Tag[]) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const fieldRef = useRef<HTMLDivElement>(null);
  const notebookTags = useQuery('tags.list', {}, ['tags']);
  const known = notebookTags.data?.tags ?? [];

  const typed = text.trim().toLowerCase();
  const suggestions = known
    .filter((tag) => !tags.some((own) => own.name.toLowerCase() === tag.name.toLowerCase()))
    .filter((tag) => typed === '' || tag.name.toLowerCase().includes(typed))
    .slice(0, MAX_SUGGESTIONS);

  function add(nameToAdd: string = text): void {
    const name = nameToAdd.trim();
    if (name === '') return;
    setText('');
    if (tags.some((tag) => tag.name.toLowerCase() === name.toLowerCase())) {
      setMessage(`“${name}” is already a tag of this case.`);
      return;
    }
    setMessage(null);
    const existing = known.find((tag) => tag.name.toLowerCase() === name.toLowerCase());
    onChange([...tags, { name: existing?.name ?? name, color: existing ? existing.color : defaultTagColor(name) }]);
  }

  function remove(name: string): void {
    onChange(tags.filter((tag) => tag.name !== name));
  }

  function recolor(name: string, color: string | null): void {
    onChange(tags.map((tag) => (tag.name === name ? { ...tag, color } : tag)));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && tags.length > 0) {
      event.preventDefault();
      const last = tags.at(-1);
      if (last) remove(last.name);
    }
  }

  function onBlur(event: FocusEvent<HTMLInputElement>): void {
    // Moving to a suggestion is not leaving the field: the suggestion decides what is added.
    if (event.relatedTarget instanceof Element && event.relatedTarget.closest('.tag-suggestions')) return;
    setFocused(false);
    add();
  }

  return (
    <div
      ref={fieldRef}
      className="field field-wide"
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)))
          setFocused(false);
      }}
    >
      <label htmlFor={id}>Tags</label>
      <div className="token-field">
        <ul className="token-list" aria-label="Tags of this case">
          {tags.map((tag) => (
            <li key={tag.name} className="tag-chip" style={tag.color ? { borderColor: tag.color } : undefined}>
              <select
                className="tag-color"
                aria-label={`Colour of tag ${tag.name}`}
                value={tag.color ?? ''}
                style={tag.color ? { backgroundColor: tag.color } : undefined}
                onChange={(event) => recolor(tag.name, event.target.value === '' ? null : event.target.value)}
              >
                <option value="">No colour</option>
                {tag.color !== null && !TAG_COLORS.some((color) => color.value === tag.color) && (
                  <option value={tag.color}>{tag.color}</option>
                )}
                {TAG_COLORS.map((color) => (
                  <option key={color.value} value={color.value}>
                    {color.name}
                  </option>
                ))}
              </select>
              {tag.name}
              <button
                type="button"
                className="tag-chip-remove"
                aria-label={`Remove tag ${tag.name}`}
                onClick={() => remove(tag.name)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id={id}
          name="tags"
          className="token-input"
          autoComplete="off"
          placeholder={tags.length === 0 ? 'Add a tag and press Enter' : ''}
          value={text}
          aria-describedby={message ? `${id}-message` : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={onBlur}
        />
      </div>
      {focused && suggestions.length > 0 && (
        <ul className="tag-suggestions" aria-label="Tag suggestions">
          {suggestions.map((tag) => (
            <li key={tag.name}>
              <button
                type="button"
                className="tag-chip tag-suggestion"
                style={tag.color ? { borderColor: tag.color } : undefined}
                aria-label={`Add tag ${tag.name}`}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  add(tag.name);
                  document.getElementById(id)?.focus();
                }}
              >
                {tag.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p id={`${id}-message`} className="field-hint">
          {message}
        </p>
      )}
    </div>
  );
}
