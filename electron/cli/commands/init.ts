import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from '../args.ts';
import type { CommandContext } from '../command-context.ts';
import { badInput } from '../errors.ts';
import { withNotebook } from '../notebook-session.ts';
import type { CommandOutcome } from '../output.ts';

export async function runInit(_command: Extract<Command, { name: 'init' }>, context: CommandContext): Promise<CommandOutcome> {
  const folder = path.dirname(context.dbPath);
  // The app's own folder is created as the app would create it; a folder named in --db must exist, so a
  // typing mistake does not leave new folders behind.
  if (context.dbIsDefault) mkdirSync(folder, { recursive: true });
  else if (!isFolder(folder)) throw badInput(`${context.dbPath}: folder ${folder} does not exist`);
  const existed = existsSync(context.dbPath);
  const { schemaVersion } = await withNotebook(context.dbPath, 'create', (notebook) => ({ schemaVersion: notebook.schemaVersion }));
  return {
    json: { db: context.dbPath, schemaVersion },
    lines: [existed ? `Notebook ${context.dbPath} is ready (schema version ${schemaVersion})` : `Created notebook ${context.dbPath} (schema version ${schemaVersion})`],
  };
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
