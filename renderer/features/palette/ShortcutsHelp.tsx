import { ModalDialog } from '../../ui/modal-dialog.tsx';
import './palette.css';

export interface ShortcutHelpRow {
  readonly label: string;
  readonly keys: readonly string[];
}
export interface ShortcutHelpGroup {
  readonly title: string;
  readonly rows: readonly ShortcutHelpRow[];
}

/** "?" or F1: every shortcut, grouped, as a list a screen reader reads row by row. */
export function ShortcutsHelp({ groups, onClose }: { groups: readonly ShortcutHelpGroup[]; onClose: () => void }) {
  return (
    <ModalDialog label="Keyboard shortcuts" className="shortcuts-help" onClose={onClose}>
      <div className="shortcuts-help-header">
        <h2 className="dialog-title">Keyboard shortcuts</h2>
        <button type="button" className="button button-quiet button-small" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="shortcuts-help-body">
        {groups.map((group) => (
          <section key={group.title} aria-label={group.title}>
            <h3 className="shortcuts-help-group">{group.title}</h3>
            <dl className="shortcuts-help-list">
              {group.rows.map((row) => (
                <div key={row.label} className="shortcuts-help-row">
                  <dt>{row.label}</dt>
                  <dd>
                    {row.keys.map((key, index) => (
                      <span key={key}>
                        {index > 0 && <span className="shortcuts-help-or"> or </span>}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <p className="shortcuts-help-note">
          Undo and redo take back table, field and list edits outside the narrative; inside the narrative, and in a text
          box you are typing in, they undo your typing.
        </p>
      </div>
    </ModalDialog>
  );
}
