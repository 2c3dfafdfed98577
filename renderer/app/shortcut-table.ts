import type { AddItemKind } from '../app-events.ts';
import { SECTIONS } from '../features/case/sections.ts';
import type { SectionId } from '../features/case/sections.ts';
import type { KeyCombo } from './keys.ts';

/** Everything a window-wide shortcut can do. */
export type ShortcutAction =
  | { readonly type: 'palette' }
  | { readonly type: 'quick-open' }
  | { readonly type: 'new-case' }
  | { readonly type: 'focus-case-list' }
  | { readonly type: 'focus-filter' }
  | { readonly type: 'search-notebook' }
  | { readonly type: 'find-in-case' }
  | { readonly type: 'jump'; readonly section: SectionId }
  | { readonly type: 'add'; readonly kind: AddItemKind }
  | { readonly type: 'insert-citation' }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'help' };

export interface Shortcut {
  readonly label: string;
  readonly group: 'General' | 'Case' | 'Editing';
  readonly combos: readonly KeyCombo[];
  readonly action: ShortcutAction;
  /** Also fires while typing in a text field (Mod+P does; "?" must not). */
  readonly inTextFields: boolean;
}

/** The one table of shortcuts: the key handler, the palette and the "Keyboard shortcuts" help read it. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    label: 'Command palette',
    group: 'General',
    combos: [{ key: 'p', mod: true }],
    action: { type: 'palette' },
    inTextFields: true,
  },
  {
    label: 'Open case',
    group: 'General',
    combos: [{ key: 'o', mod: true }],
    action: { type: 'quick-open' },
    inTextFields: true,
  },
  {
    label: 'New case',
    group: 'General',
    combos: [{ key: 'n', mod: true }],
    action: { type: 'new-case' },
    inTextFields: true,
  },
  {
    label: 'Go to the case list',
    group: 'General',
    combos: [{ key: 'l', mod: true, shift: true }],
    action: { type: 'focus-case-list' },
    inTextFields: true,
  },
  {
    label: 'Search the notebook',
    group: 'General',
    combos: [{ key: 'f', mod: true, shift: true }],
    action: { type: 'search-notebook' },
    inTextFields: true,
  },
  {
    label: 'Filter cases',
    group: 'General',
    combos: [{ key: 'k', mod: true, shift: true }],
    action: { type: 'focus-filter' },
    inTextFields: true,
  },
  {
    label: 'Keyboard shortcuts',
    group: 'General',
    combos: [{ key: '?' }, { key: 'F1' }],
    action: { type: 'help' },
    inTextFields: false,
  },
  ...SECTIONS.map((section, index): Shortcut => ({
    label: `Go to ${section.label}`,
    group: 'Case',
    combos: [{ key: String(index + 1), mod: true }],
    action: { type: 'jump', section: section.id },
    inTextFields: true,
  })),
  {
    label: 'Find in the case',
    group: 'Case',
    combos: [{ key: 'f', mod: true }],
    action: { type: 'find-in-case' },
    inTextFields: true,
  },
  {
    label: 'Add row',
    group: 'Case',
    combos: [{ key: 'r', mod: true, shift: true }],
    action: { type: 'add', kind: 'row' },
    inTextFields: true,
  },
  {
    label: 'Add event',
    group: 'Case',
    combos: [{ key: 'e', mod: true, shift: true }],
    action: { type: 'add', kind: 'event' },
    inTextFields: true,
  },
  {
    label: 'Add quote',
    group: 'Case',
    combos: [{ key: 'q', mod: true, shift: true }],
    action: { type: 'add', kind: 'quote' },
    inTextFields: true,
  },
  {
    label: 'Insert citation',
    group: 'Case',
    combos: [{ key: 'c', mod: true, shift: true }],
    action: { type: 'insert-citation' },
    inTextFields: true,
  },
  { label: 'Undo', group: 'Editing', combos: [{ key: 'z', mod: true }], action: { type: 'undo' }, inTextFields: false },
  {
    label: 'Redo',
    group: 'Editing',
    combos: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', ctrl: true },
    ],
    action: { type: 'redo' },
    inTextFields: false,
  },
];

/** Shortcuts the help lists that belong to the editor itself, not to the window. */
export const EDITOR_SHORTCUTS: readonly { label: string; combos: readonly KeyCombo[] }[] = [
  { label: 'Insert link (in the narrative)', combos: [{ key: 'k', mod: true }] },
];

export function shortcutFor(action: ShortcutAction): Shortcut | undefined {
  return SHORTCUTS.find((shortcut) => JSON.stringify(shortcut.action) === JSON.stringify(action));
}
