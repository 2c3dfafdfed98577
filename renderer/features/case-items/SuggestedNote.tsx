/**
 * A quote or fact the article importer suggested: it says so, and the person confirms it (it becomes an
 * ordinary item) or dismisses it (to the trash, with Undo). Events have the same choice in the Timeline.
 */
export function SuggestedNote({
  what,
  onConfirm,
  onDismiss,
}: {
  /** "quote", "fact". */
  readonly what: string;
  readonly onConfirm: () => void;
  readonly onDismiss: () => void;
}) {
  return (
    <div className="item-suggested" role="group" aria-label={`Suggested ${what}`}>
      <span className="item-suggested-text">Suggested by the import: check it against the source.</span>
      <button type="button" className="button button-small button-primary" onClick={onConfirm}>
        Confirm
      </button>
      <button type="button" className="button button-small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
