/**
 * IPC channels beyond the contract's CALL_CHANNEL and push channels (shared/contract/events.ts). The
 * preload repeats these strings because it may import nothing but `electron`; the built-bundle test
 * drives the built preload into the built main process to prove they agree.
 */
export const OPEN_EXTERNAL_CHANNEL = 'casebook:open-external';
/** Window → main: print a case to PDF and save it where the person chooses. */
export const SAVE_PDF_CHANNEL = 'casebook:save-pdf';
/** Window → main: open the copy of a backup made by backups.copyForRestore, in place of the notebook. */
export const OPEN_BACKUP_COPY_CHANNEL = 'casebook:open-backup-copy';
/** Main → window: "write everything pending now", with a request number. */
export const FLUSH_REQUEST_CHANNEL = 'casebook:flush';
/** Window → main: the flush with that request number is done. */
export const FLUSH_DONE_CHANNEL = 'casebook:flushed';
