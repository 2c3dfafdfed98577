import { useMemo, useState } from 'react';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { fuzzyFilter } from './fuzzy.ts';
import { SearchList } from './SearchList.tsx';
import './palette.css';

export interface PaletteCommand<Action = unknown> {
  readonly id: string;
  readonly label: string;
  /** Said after the label, e.g. what Undo would take back. */
  readonly detail?: string;
  /** The shortcut, as written for people ("Ctrl+Shift+R"). */
  readonly shortcut?: string;
  readonly disabled?: boolean;
  /** What choosing the command does; the palette hands it back through onRun. */
  readonly action: Action;
}

/** Ctrl/Cmd+P: every command by name, fuzzy-filtered, with its shortcut beside it. */
export function CommandPalette<Action>({
  commands,
  onRun,
  onClose,
}: {
  commands: readonly PaletteCommand<Action>[];
  onRun: (command: PaletteCommand<Action>) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const shown = useMemo(
    () => fuzzyFilter(commands, query, (command) => `${command.label}${command.detail ? ` ${command.detail}` : ''}`),
    [commands, query],
  );
  return (
    <ModalDialog label="Command palette" className="palette" onClose={onClose}>
      <SearchList
        inputLabel="Command"
        listLabel="Commands"
        placeholder="Type a command"
        query={query}
        onQueryChange={setQuery}
        items={shown}
        onChoose={onRun}
        empty={`No command matches “${query.trim()}”.`}
        renderItem={(command) => (
          <>
            <span className="palette-option-label">
              {command.label}
              {command.detail && <span className="palette-option-detail"> {command.detail}</span>}
            </span>
            {command.shortcut && <kbd className="palette-shortcut">{command.shortcut}</kbd>}
          </>
        )}
      />
    </ModalDialog>
  );
}
