/** Keys an input method uses while composing (Chinese, Japanese, Korean): they never commit, move or trigger shortcuts. */
export function isComposing(event: {
  nativeEvent: { isComposing?: boolean; keyCode?: number };
  keyCode?: number;
}): boolean {
  return event.nativeEvent.isComposing === true || event.nativeEvent.keyCode === 229 || event.keyCode === 229;
}

/** Enter alone (no modifier), outside composition. */
export function isPlainEnter(event: {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  nativeEvent: { isComposing?: boolean; keyCode?: number };
  keyCode?: number;
}): boolean {
  return (
    event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && !isComposing(event)
  );
}
