import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Tag } from '../../../../shared/domain/case-document.ts';

/** Tags as tokens: type and press Enter (or comma) to add; Backspace in the empty box removes the last. */
export function TagsField({ tags, onChange }: { tags: readonly Tag[]; onChange: (tags: Tag[]) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  function add(): void {
    const name = text.trim();
    if (name === '') return;
    setText('');
    if (tags.some((tag) => tag.name.toLowerCase() === name.toLowerCase())) {
      setMessage(`“${name}” is already a tag of this case.`);
      return;
    }
    setMessage(null);
    onChange([...tags, { name, color: null }]);
  }

  function remove(name: string): void {
    onChange(tags.filter((tag) => tag.name !== name));
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

  return (
    <div className="field field-wide">
      <label htmlFor={id}>Tags</label>
      <div className="token-field">
        <ul className="token-list" aria-label="Tags of this case">
          {tags.map((tag) => (
            <li key={tag.name} className="tag-chip" style={tag.color ? { borderColor: tag.color } : undefined}>
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
          onBlur={add}
        />
      </div>
      {message && (
        <p id={`${id}-message`} className="field-hint">
          {message}
        </p>
      )}
    </div>
  );
}
