/** What every command knows besides its own arguments. */
export interface CommandContext {
  /** Absolute path of the notebook (--db resolved against the working directory, or the app's default). */
  readonly dbPath: string;
  /** True when no --db was given and dbPath is the app's own notebook. */
  readonly dbIsDefault: boolean;
  /** The working directory relative paths are resolved against. */
  readonly cwd: string;
}
