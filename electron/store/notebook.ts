import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CasebookError } from '../../shared/contract/result.ts';
import { isBusyError, isCorruptError, isReadonlyError, sqliteErrorCode, type NotebookDb } from './database.ts';
import { LATEST_SCHEMA_VERSION, migrate, NOTEBOOK_APPLICATION_ID, schemaVersionOf } from './migrations/index.ts';
import { installSearchTriggers, registerSearchFunctions } from './search-triggers.ts';
import { rememberNotebookFile } from './notebook-file.ts';
import { fileIsWritable, folderIsWritable, makeReadOnlyCopy, type ReadOnlyCopy } from './read-only-copy.ts';

export { LATEST_SCHEMA_VERSION } from './migrations/index.ts';

export interface OpenNotebookOptions {
  /** Create the file when it does not exist, and migrate it to the latest schema. */
  create?: boolean;
  readonly?: boolean;
  /** How long a write waits for another writer before giving up with 'notebook-locked'. */
  busyTimeoutMs?: number;
  /**
   * Runs before an existing notebook's schema is upgraded (a backup, say); if it throws, the notebook is
   * closed unchanged and the error reported.
   */
  beforeMigrate?: (db: NotebookDb, fromVersion: number, toVersion: number) => void;
}

export interface OpenNotebook {
  readonly db: NotebookDb;
  readonly path: string;
  readonly schemaVersion: number;
  readonly readonly: boolean;
  close(): void;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 5_000;
const SQLITE_MAGIC = 'SQLite format 3\u0000';

interface FileHeader {
  readonly userVersion: number;
  readonly applicationId: number;
}

/**
 * Opens a notebook file. Throws CasebookError: 'notebook-missing', 'notebook-newer' (the file is left
 * byte-for-byte untouched), 'notebook-corrupt', 'notebook-locked'.
 */
export function openNotebook(path: string, options: OpenNotebookOptions = {}): OpenNotebook {
  const readonly = options.readonly ?? false;
  const create = (options.create ?? false) && !readonly;
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  if (!existsSync(path)) {
    if (!create) throw new CasebookError('notebook-missing', `There is no notebook at ${path}.`);
  } else {
    // Judge the file from its header before SQLite touches it, so a refused file is never modified.
    checkHeader(path, readHeader(path));
    // SQLite would quietly open a file it may not write for reading only, and refuse every change later.
    if (!readonly && !fileIsWritable(path)) throw readonlyError(path);
  }

  let db: NotebookDb;
  let readCopy: ReadOnlyCopy | null = null;
  try {
    db = connect(path, { readonly, fileMustExist: !create, timeout: busyTimeoutMs });
  } catch (error) {
    if (!readonly || sqliteErrorCode(error) !== 'SQLITE_CANTOPEN' || !existsSync(path))
      throw openError(path, error, busyTimeoutMs);
    // On read-only media a WAL-mode notebook cannot be read in place: read a private copy instead.
    readCopy = makeReadOnlyCopy(path);
    try {
      db = connect(readCopy.path, { readonly, fileMustExist: true, timeout: busyTimeoutMs });
    } catch (copyError) {
      readCopy.remove();
      throw openError(path, copyError, busyTimeoutMs);
    }
    rememberNotebookFile(db, path);
  }
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('trusted_schema = OFF');
    if (!readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const found = schemaVersionOf(db);
    if (found > LATEST_SCHEMA_VERSION) throw newerError(path, found);
    if (found === 0 && hasForeignTables(db)) throw notANotebookError(path);
    if (readonly && found < LATEST_SCHEMA_VERSION) {
      throw new CasebookError(
        'conflict',
        `The notebook at ${path} has schema version ${found} and needs upgrading to ${LATEST_SCHEMA_VERSION}; open it once for writing.`,
      );
    }
    registerSearchFunctions(db);
    if (!readonly && found > 0 && found < LATEST_SCHEMA_VERSION) options.beforeMigrate?.(db, found, LATEST_SCHEMA_VERSION);
    const schemaVersion = readonly ? found : migrate(db);
    // The search triggers live on the connection, not in the file (search-triggers.ts says why).
    if (!readonly) installSearchTriggers(db);
    return {
      db,
      path,
      schemaVersion,
      readonly,
      close() {
        if (!db.open) return;
        if (!readonly) {
          try {
            db.pragma('optimize');
          } catch {
            // optimizing is a courtesy; closing must not fail because another writer is busy
          }
        }
        db.close();
        readCopy?.remove();
      },
    };
  } catch (error) {
    db.close();
    readCopy?.remove();
    throw openError(path, error, busyTimeoutMs);
  }
}

/** A connection that has read the file's schema: SQLite defers some failures to opening to the first read. */
function connect(file: string, options: Database.Options): NotebookDb {
  const db = new Database(file, options);
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function readHeader(path: string): FileHeader | null {
  const header = Buffer.alloc(100);
  let bytesRead: number;
  const fd = openSync(path, 'r');
  try {
    bytesRead = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (bytesRead === 0) return null; // an empty file: SQLite treats it as a new database
  if (bytesRead < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new CasebookError('notebook-corrupt', `${path} is not a Casebook notebook (not a SQLite database).`);
  }
  return { userVersion: header.readUInt32BE(60), applicationId: header.readUInt32BE(68) };
}

function checkHeader(path: string, header: FileHeader | null): void {
  if (!header) return;
  if (header.applicationId !== 0 && header.applicationId !== NOTEBOOK_APPLICATION_ID) throw notANotebookError(path);
  if (header.userVersion > LATEST_SCHEMA_VERSION) throw newerError(path, header.userVersion);
}

function hasForeignTables(db: NotebookDb): boolean {
  const row = db
    .prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .get() as { n: number };
  return row.n > 0;
}

function newerError(path: string, version: number): CasebookError {
  return new CasebookError(
    'notebook-newer',
    `The notebook at ${path} was written by a newer Casebook (schema version ${version}; this one knows up to ${LATEST_SCHEMA_VERSION}). Update Casebook to open it; the file was not changed.`,
  );
}

function notANotebookError(path: string): CasebookError {
  return new CasebookError('notebook-corrupt', `${path} is a SQLite database but not a Casebook notebook.`);
}

function readonlyError(path: string): CasebookError {
  return new CasebookError('notebook-readonly', `The notebook at ${path} is on a disk or in a folder that cannot be written.`);
}

function openError(path: string, error: unknown, busyTimeoutMs: number): Error {
  if (error instanceof CasebookError) return error;
  if (isBusyError(error)) {
    return new CasebookError(
      'notebook-locked',
      `The notebook at ${path} is being written by another program (waited ${busyTimeoutMs} ms).`,
    );
  }
  if (isCorruptError(error))
    return new CasebookError('notebook-corrupt', `The notebook at ${path} is damaged or not a notebook.`);
  if (isReadonlyError(error) || (error as NodeJS.ErrnoException).code === 'EROFS') return readonlyError(path);
  if (sqliteErrorCode(error) === 'SQLITE_CANTOPEN') {
    // A notebook that exists but whose folder takes no new files (read-only media): SQLite cannot make its log.
    if (existsSync(path) && !folderIsWritable(path)) return readonlyError(path);
    return new CasebookError('notebook-missing', `Cannot open or create a notebook at ${path}.`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
