import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRestoredBackupCopy } from '../../electron/main/backup-copy-path.ts';
import { tempDir } from '../helpers/temp-notebook.ts';

describe('which files the window may open as a restored backup copy', () => {
  it('accepts only a copy named after a backup, beside the open notebook or in the Restored folder', () => {
    const notebooks = tempDir();
    const userData = tempDir();
    mkdirSync(join(userData, 'Restored'));
    const notebook = join(notebooks, 'Cases.casebook');
    const beside = join(notebooks, 'Cases (backup of 2026-11-20).casebook');
    const second = join(notebooks, 'Cases (backup of 2026-11-20) 2.casebook');
    const restored = join(userData, 'Restored', 'Cases (backup of 2026-11-20).casebook');
    for (const file of [notebook, beside, second, restored]) writeFileSync(file, '');
    expect(isRestoredBackupCopy(beside, notebook, userData)).toBe(true);
    expect(isRestoredBackupCopy(second, notebook, userData)).toBe(true);
    expect(isRestoredBackupCopy(restored, notebook, userData)).toBe(true);

    expect(isRestoredBackupCopy(notebook, notebook, userData)).toBe(false); // not a copy
    expect(isRestoredBackupCopy('Cases (backup of 2026-11-20).casebook', notebook, userData)).toBe(false); // relative
    expect(
      isRestoredBackupCopy(
        `${notebooks}/../${notebooks.split('/').pop()}/Cases (backup of 2026-11-20).casebook`,
        notebook,
        userData,
      ),
    ).toBe(false);
    expect(isRestoredBackupCopy(join(tempDir(), 'Cases (backup of 2026-11-20).casebook'), notebook, userData)).toBe(
      false,
    ); // elsewhere
    expect(isRestoredBackupCopy(join(notebooks, 'Cases (backup of 2026-11-21).casebook'), notebook, userData)).toBe(
      false,
    ); // missing
    const folderLink = join(notebooks, 'Link (backup of 2026-11-20).casebook');
    mkdirSync(join(notebooks, 'a-folder'));
    symlinkSync(join(notebooks, 'a-folder'), folderLink);
    expect(isRestoredBackupCopy(folderLink, notebook, userData)).toBe(false); // not a file
  });
});
