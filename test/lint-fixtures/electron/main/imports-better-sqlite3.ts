import Database from 'better-sqlite3'; // error: casebook/layer-imports

export const open = (file: string): Database.Database => new Database(file);
