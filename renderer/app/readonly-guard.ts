const TEXT_INPUT_TYPES = new Set(['text', 'email', 'url', 'tel', 'number', 'date', 'month', 'week', 'time', 'datetime-local']);

/** Finding and searching still work in a read-only notebook, and so do dialogs (export, pick a case). */
function isExempt(target: Element): boolean {
  if (target instanceof HTMLInputElement && target.type === 'search') return true;
  return target.closest('[role="search"], [role="dialog"], [data-readonly-ok]') !== null;
}

function isTextField(target: Element): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

function isToggle(target: Element): boolean {
  return target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio');
}

/** Keys that move focus or close things, which a read-only field must still let through. */
const PASSING_KEYS = new Set(['Tab', 'Escape', 'Shift', 'Control', 'Alt', 'Meta']);

/**
 * Keeps the fields under `root` from changing while the notebook is read-only, instead of letting the
 * person type and then refusing to save: typing, pasting, cutting and dropping into text fields, ticking
 * boxes and changing choices are stopped where they start, and `onBlocked` says why. Returns the undo.
 */
export function guardReadonlyFields(root: HTMLElement, onBlocked: () => void): () => void {
  const stop = (event: Event): void => {
    event.preventDefault();
    event.stopPropagation();
    onBlocked();
  };
  const listeners: [string, (event: Event) => void][] = [
    [
      'beforeinput',
      (event) => {
        const target = event.target;
        if (target instanceof Element && !isExempt(target) && isTextField(target)) stop(event);
      },
    ],
    [
      'drop',
      (event) => {
        const target = event.target;
        if (target instanceof Element && !isExempt(target) && isTextField(target)) stop(event);
      },
    ],
    [
      'click',
      (event) => {
        const target = event.target;
        if (target instanceof Element && !isExempt(target) && isToggle(target)) stop(event);
      },
    ],
    [
      'mousedown',
      (event) => {
        const target = event.target;
        if (target instanceof HTMLSelectElement && !isExempt(target)) stop(event);
      },
    ],
    [
      'keydown',
      (event) => {
        const target = event.target;
        if (!(target instanceof HTMLSelectElement) || isExempt(target)) return;
        if (!PASSING_KEYS.has((event as KeyboardEvent).key)) stop(event);
      },
    ],
  ];
  for (const [type, listener] of listeners) root.addEventListener(type, listener, true);
  return () => {
    for (const [type, listener] of listeners) root.removeEventListener(type, listener, true);
  };
}
