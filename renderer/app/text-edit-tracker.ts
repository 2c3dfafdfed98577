import { isTextField } from './keys.ts';

/**
 * Whether the focused text field has been typed in since it got focus. While it has, Ctrl/Cmd+Z is the
 * browser's text undo inside it; a field merely tabbed into holds no text edits, so Ctrl/Cmd+Z there
 * undoes the last structured edit (the field left a moment ago, say).
 */
let editedElement: Element | null = null;

function onFocusIn(): void {
  editedElement = null;
}
function onInput(event: Event): void {
  if (event.target instanceof Element && isTextField(event.target)) editedElement = event.target;
}

export function startTextEditTracking(): () => void {
  window.addEventListener('focusin', onFocusIn, true);
  window.addEventListener('input', onInput, true);
  return () => {
    window.removeEventListener('focusin', onFocusIn, true);
    window.removeEventListener('input', onInput, true);
    editedElement = null;
  };
}

/** The element has focus and has been typed in since. */
export function isBeingEdited(element: Element | null): boolean {
  return element !== null && element === editedElement && element === document.activeElement;
}
