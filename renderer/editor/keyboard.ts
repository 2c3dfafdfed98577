/** Keys pressed while an input method is composing never trigger shortcuts. */
export function isComposing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/** Ctrl on Windows and Linux, Cmd on macOS (either is accepted: the app runs on all three). */
export function hasCommandModifier(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey;
}
