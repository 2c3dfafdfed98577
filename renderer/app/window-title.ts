/** "…/Crisis files.casebook" → "Crisis files"; null before the notebook is known. */
export function notebookNameOf(notebookPath: string | undefined): string | null {
  if (notebookPath === undefined) return null;
  const name = notebookPath.split(/[\\/]/u).pop()?.replace(/\.casebook$/iu, '') ?? '';
  return name === '' ? null : name;
}

/** "Crisis files.casebook" → "Crisis files — Casebook"; the window title names the notebook that is open. */
export function windowTitleFor(notebookPath: string | undefined, readonly: boolean): string {
  const name = notebookNameOf(notebookPath);
  if (name === null) return 'Casebook';
  const shown = `${name}${readonly ? ' (read-only)' : ''}`;
  // The default notebook is "Casebook.casebook": "Casebook — Casebook" would say nothing twice.
  return shown === 'Casebook' ? 'Casebook' : `${shown} — Casebook`;
}
