/** Keyboard helpers shared by the window's shortcuts, the palette and the shortcuts help. */

export const IS_MAC =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** A key combination. `mod` is Cmd on a Mac and Ctrl elsewhere. */
export interface KeyCombo {
  /** KeyboardEvent.key, lower-cased for letters ("p", "1", "?", "F1"). */
  readonly key: string;
  readonly mod?: boolean;
  readonly shift?: boolean;
  /** Ctrl on every platform (Ctrl+Y redo). */
  readonly ctrl?: boolean;
}

/** Keys pressed while an input method (Chinese, Japanese, Korean) is composing are part of the text. */
export function isComposing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

export function matches(event: KeyboardEvent, combo: KeyCombo): boolean {
  const mod = IS_MAC ? event.metaKey : event.ctrlKey;
  if (event.altKey) return false;
  if (combo.ctrl) {
    if (!event.ctrlKey || event.metaKey) return false;
  } else if (Boolean(combo.mod) !== mod || (IS_MAC && event.ctrlKey)) {
    return false;
  }
  // "?" is typed with Shift on most layouts: match the character, whatever Shift is.
  if (combo.key.length === 1 && !/[a-z0-9]/.test(combo.key)) return event.key === combo.key;
  if (Boolean(combo.shift) !== event.shiftKey) return false;
  if (/^[0-9]$/.test(combo.key)) return event.key === combo.key || event.code === `Digit${combo.key}`;
  return event.key.toLowerCase() === combo.key.toLowerCase();
}

/** How a combination is written for people: "Ctrl+Shift+R", "⌘⇧R". */
export function formatCombo(combo: KeyCombo): string {
  const key = combo.key.length === 1 ? combo.key.toUpperCase() : combo.key;
  if (IS_MAC) return `${combo.ctrl ? '⌃' : ''}${combo.mod ? '⌘' : ''}${combo.shift ? '⇧' : ''}${key}`;
  return [combo.ctrl || combo.mod ? 'Ctrl' : null, combo.shift ? 'Shift' : null, key].filter(Boolean).join('+');
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', 'password', 'number', '']);

/** A text box or text area, where the browser's own text undo applies while it is being edited. */
export function isTextField(element: Element | null): element is HTMLInputElement | HTMLTextAreaElement {
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  return element instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(element.type) && !element.readOnly;
}

export function isRichTextEditor(element: Element | null): boolean {
  return element instanceof HTMLElement && element.isContentEditable;
}

/** Whether keys typed now go into text: a text field, a rich-text editor, or (for "?") a select. */
export function isTypingTarget(element: Element | null): boolean {
  return isTextField(element) || isRichTextEditor(element) || element instanceof HTMLSelectElement;
}
