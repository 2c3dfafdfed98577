import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export interface SearchListItem {
  readonly id: string;
  readonly disabled?: boolean;
}

/**
 * A search box (combobox) over a list of options (listbox): typing filters, arrows move the active
 * option, Enter chooses it, a click chooses too. Keys pressed while an input method composes are text.
 */
export function SearchList<T extends SearchListItem>({
  inputLabel,
  listLabel,
  placeholder,
  query,
  onQueryChange,
  items,
  renderItem,
  onChoose,
  empty,
}: {
  inputLabel: string;
  listLabel: string;
  placeholder: string;
  query: string;
  onQueryChange: (query: string) => void;
  items: readonly T[];
  renderItem: (item: T) => ReactNode;
  onChoose: (item: T) => void;
  empty: ReactNode;
}) {
  const listId = useId();
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const activeIndex = Math.min(active, Math.max(0, items.length - 1));
  const activeItem = items[activeIndex];
  const optionId = (item: T) => `${listId}-${item.id}`;

  useEffect(() => {
    if (!activeItem) return;
    const element = listRef.current?.querySelector(`[id="${CSS.escape(optionId(activeItem))}"]`);
    if (element instanceof HTMLElement && typeof element.scrollIntoView === 'function')
      element.scrollIntoView({ block: 'nearest' });
  });

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + 8,
      PageUp: activeIndex - 8,
    };
    const target = moves[event.key];
    if (target !== undefined && items.length > 0) {
      event.preventDefault();
      setActive(
        event.key.startsWith('Arrow')
          ? (target + items.length) % items.length
          : Math.max(0, Math.min(items.length - 1, target)),
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeItem && !activeItem.disabled) onChoose(activeItem);
    }
  }

  return (
    <>
      <input
        className="input palette-input"
        role="combobox"
        aria-label={inputLabel}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeItem ? optionId(activeItem) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          setActive(0);
          onQueryChange(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <ul ref={listRef} id={listId} role="listbox" aria-label={listLabel} className="palette-list">
        {items.map((item, index) => (
          <li
            key={item.id}
            id={optionId(item)}
            role="option"
            aria-selected={index === activeIndex}
            aria-disabled={item.disabled || undefined}
            className={index === activeIndex ? 'palette-option is-active' : 'palette-option'}
            onMouseMove={() => index !== activeIndex && setActive(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => !item.disabled && onChoose(item)}
          >
            {renderItem(item)}
          </li>
        ))}
      </ul>
      {items.length === 0 && <p className="palette-empty">{empty}</p>}
    </>
  );
}
