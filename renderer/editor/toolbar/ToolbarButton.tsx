import type { ReactNode } from 'react';

export interface ToolbarButtonProps {
  readonly label: string;
  /** A toggle shows aria-pressed; an action (Insert table, Undo) leaves it out. */
  readonly pressed?: boolean;
  readonly disabled?: boolean;
  readonly shortcut?: string;
  readonly onPress: () => void;
  readonly children: ReactNode;
}

/** A toolbar button that leaves the editor's selection where it is (no focus steal on mouse down). */
export function ToolbarButton({ label, pressed, disabled, shortcut, onPress, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className="editor-toolbar-button"
      aria-label={label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}
