import { ADD_ITEM_SECTION, dispatchAppEvent, dispatchAppEventInSection } from '../app-events.ts';
import type { AddItemKind } from '../app-events.ts';
import { SECTIONS } from '../features/case/sections.ts';
import type { PaletteCommand } from '../features/palette/CommandPalette.tsx';
import type { ShortcutHelpGroup } from '../features/palette/ShortcutsHelp.tsx';
import { formatCombo } from './keys.ts';
import { EDITOR_SHORTCUTS, SHORTCUTS, shortcutFor } from './shortcut-table.ts';
import type { ShortcutAction } from './shortcut-table.ts';

const ADD_LABELS: Record<AddItemKind, string> = {
  row: 'Add row',
  event: 'Add event',
  quote: 'Add quote',
  actor: 'Add actor',
  fact: 'Add fact',
  lesson: 'Add lesson',
};

/** Shows the section and asks it to add an item, as if its "Add …" button was pressed. */
export function addItem(kind: AddItemKind): void {
  dispatchAppEventInSection(ADD_ITEM_SECTION[kind], 'casebook:add-item', { kind });
}

export function insertCitation(): void {
  dispatchAppEventInSection('narrative', 'casebook:insert-citation', {});
}

export function jumpToSection(section: (typeof SECTIONS)[number]['id']): void {
  dispatchAppEvent('casebook:jump-to-section', { section });
}

export interface CommandContext {
  readonly caseOpen: boolean;
  readonly sampleAvailable: boolean;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
}

/** What a palette command does: a shortcut's action, or one of the commands that have no shortcut. */
export type CommandAction =
  | ShortcutAction
  | { readonly type: 'open-sample' }
  | { readonly type: 'toggle-theme' }
  | { readonly type: 'show-trash' }
  | { readonly type: 'show-backups' }
  | { readonly type: 'show-history' }
  | { readonly type: 'open-library' }
  | { readonly type: 'open-compare' }
  | { readonly type: 'open-dashboard' }
  | { readonly type: 'new-from-template' }
  | { readonly type: 'save-as-template' }
  | { readonly type: 'edit-codebook' }
  | { readonly type: 'import-article'; readonly from: 'file' | 'paste' };

function keysOf(action: ShortcutAction): string | undefined {
  const combo = shortcutFor(action)?.combos[0];
  return combo ? formatCombo(combo) : undefined;
}

/** Every command the palette offers, with its shortcut; case commands only while a case is open. */
export function paletteCommands(context: CommandContext): PaletteCommand<CommandAction>[] {
  const { caseOpen } = context;
  const action = (
    id: string,
    label: string,
    act: ShortcutAction,
    extra: Partial<PaletteCommand<CommandAction>> = {},
  ): PaletteCommand<CommandAction> => ({ id, label, shortcut: keysOf(act), action: act, ...extra });
  const commands: PaletteCommand<CommandAction>[] = [
    action('new-case', 'New case', { type: 'new-case' }),
    action('quick-open', 'Open case…', { type: 'quick-open' }),
    {
      id: 'open-sample',
      label: 'Open the sample case',
      action: { type: 'open-sample' },
      disabled: !context.sampleAvailable,
    },
    { id: 'import-article', label: 'Import an article…', action: { type: 'import-article', from: 'file' } },
    {
      id: 'import-pasted-article',
      label: 'New case from pasted text…',
      action: { type: 'import-article', from: 'paste' },
    },
    { id: 'new-from-template', label: 'New case from template…', action: { type: 'new-from-template' } },
  ];
  if (caseOpen) {
    for (const section of SECTIONS)
      commands.push(action(`go-${section.id}`, `Go to ${section.label}`, { type: 'jump', section: section.id }));
    for (const kind of Object.keys(ADD_LABELS) as AddItemKind[])
      commands.push(action(`add-${kind}`, ADD_LABELS[kind], { type: 'add', kind }));
    commands.push(action('insert-citation', 'Insert citation', { type: 'insert-citation' }));
    commands.push({ id: 'save-as-template', label: 'Save case as template…', action: { type: 'save-as-template' } });
    commands.push(action('find-in-case', 'Find in the case', { type: 'find-in-case' }));
  }
  commands.push(
    action(
      'undo',
      'Undo',
      { type: 'undo' },
      context.undoLabel ? { detail: `“${context.undoLabel}”` } : { disabled: true },
    ),
    action(
      'redo',
      'Redo',
      { type: 'redo' },
      context.redoLabel ? { detail: `“${context.redoLabel}”` } : { disabled: true },
    ),
    { id: 'toggle-theme', label: 'Toggle theme', action: { type: 'toggle-theme' } },
    { id: 'show-trash', label: 'Show trash', action: { type: 'show-trash' } },
    { id: 'show-backups', label: 'Backups…', action: { type: 'show-backups' } },
    { id: 'show-history', label: 'History of this case…', action: { type: 'show-history' }, disabled: !caseOpen },
    { id: 'open-library', label: 'Open source library', action: { type: 'open-library' } },
    { id: 'edit-codebook', label: 'Edit codebook…', action: { type: 'edit-codebook' } },
    { id: 'open-compare', label: 'Compare cases…', action: { type: 'open-compare' } },
    { id: 'open-dashboard', label: 'Open the notebook dashboard', action: { type: 'open-dashboard' } },
    action('focus-case-list', 'Go to the case list', { type: 'focus-case-list' }),
    action('search-notebook', 'Search the notebook', { type: 'search-notebook' }),
    action('focus-filter', 'Filter cases', { type: 'focus-filter' }),
    action('help', 'Keyboard shortcuts', { type: 'help' }),
  );
  return commands;
}

/** The "Keyboard shortcuts" help, from the same table the key handler reads. */
export function shortcutHelpGroups(): ShortcutHelpGroup[] {
  const groups: ShortcutHelpGroup[] = [];
  for (const title of ['General', 'Case', 'Editing'] as const) {
    const rows = SHORTCUTS.filter((shortcut) => shortcut.group === title).map((shortcut) => ({
      label: shortcut.label,
      keys: shortcut.combos.map(formatCombo),
    }));
    if (title === 'Editing')
      rows.push(
        ...EDITOR_SHORTCUTS.map((shortcut) => ({ label: shortcut.label, keys: shortcut.combos.map(formatCombo) })),
      );
    groups.push({ title, rows });
  }
  return groups;
}
