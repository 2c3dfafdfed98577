/** "Crisis files.casebook" → "Crisis files — Casebook"; the window title names the notebook that is open. */
export function windowTitleFor(notebookPath: string | undefined, readonly: boolean): string {
  if (notebookPath === undefined) return 'Casebook';
  const name = notebookPath.split(/[\\/]/u).pop()?.replace(/\.casebook$/iu, '') ?? '';
  if (name === '') return 'Casebook';
  const shown = `${name}${readonly ? ' (read-only)' : ''}`;
  // The default notebook is "Casebook.casebook": "Casebook — Casebook" would say nothing twice.
  return shown === 'Casebook' ? 'Casebook' : `${shown} — Casebook`;
}
