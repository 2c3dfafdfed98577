/** The command line's exit codes (shared/design/case-format.md, "The command line"). */
export const EXIT_OK = 0;
/** A missing, unreadable, unsupported or malformed file or value. */
export const EXIT_BAD_INPUT = 1;
/** An unknown command or option, or a missing argument. */
export const EXIT_USAGE = 2;
/** No notebook at that path, a newer schema, a corrupt file, or locked by a writer. */
export const EXIT_NOTEBOOK = 3;

export type ExitCode = typeof EXIT_OK | typeof EXIT_BAD_INPUT | typeof EXIT_USAGE | typeof EXIT_NOTEBOOK;
