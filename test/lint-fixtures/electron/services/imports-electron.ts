import type { BrowserWindow } from 'electron'; // error: casebook/layer-imports
export { shell } from 'electron/main'; // error: casebook/layer-imports

export function focus(window: BrowserWindow): void {
  window.focus();
}
