import type { ParseArgsOptionsConfig } from 'node:util';

/**
 * Every command this version of the command line offers, with its options and help text. A command that
 * arrives with a later issue is added here only when it works, so `--help` never lists a promise.
 */
export type NotebookAccess =
  /** Creates the notebook if missing, migrates it if older (init). */
  | 'create'
  /** Opens an existing notebook for writing, waiting briefly for another writer. */
  | 'write'
  /** Opens an existing notebook read-only, so it works while the app has it open. */
  | 'read';

export interface CommandSpec {
  readonly name: CommandName;
  readonly access: NotebookAccess;
  readonly arguments: string;
  readonly summary: string;
  /** Lines of the command's own help, after the usage line. */
  readonly details: readonly string[];
  readonly options: ParseArgsOptionsConfig;
}

export const COMMAND_NAMES = ['init', 'list', 'show', 'search', 'import', 'export', 'backup', 'check'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export const GLOBAL_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig;

export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  init: {
    name: 'init',
    access: 'create',
    arguments: '',
    summary: 'create an empty notebook, or migrate an existing one (never erases)',
    details: ['Prints the notebook path and its schema version.'],
    options: {},
  },
  list: {
    name: 'list',
    access: 'read',
    arguments: '[--query TEXT] [--tag NAME] [--status draft|review|final]',
    summary: 'list cases, most recently updated first',
    details: [
      '--query TEXT     only cases whose text matches',
      '--tag NAME       only cases with this tag',
      '--status STATUS  only cases with this status: draft, review or final',
    ],
    options: { query: { type: 'string' }, tag: { type: 'string' }, status: { type: 'string' } },
  },
  show: {
    name: 'show',
    access: 'read',
    arguments: 'ID|SLUG',
    summary: 'show one case (with --json: the casebook.case/v1 document)',
    details: [],
    options: {},
  },
  search: {
    name: 'search',
    access: 'read',
    arguments: 'QUERY',
    summary: 'full-text search over the whole notebook',
    details: [
      'The search box\'s syntax: every word must occur; "exact phrase"; -word excludes; prefix*;',
      'filters tag:NAME, status:draft|review|final, cluster:victim|accidental|preventable, strategy:CODE,',
      'year:2026 or year:2017..2019, in:case|narrative|row|event|quote|fact|lesson|source|snapshot.',
      'Filters alone list the matching cases. Problems with the query are printed on stderr.',
    ],
    options: {},
  },
  import: {
    name: 'import',
    access: 'write',
    arguments: 'FILE… [--replace] [--as-source]',
    summary: 'import case or notebook bundles, and sources (.bib, .ris, CSL-JSON, saved pages)',
    details: [
      '.json, .casebook.json: a case or notebook bundle, or CSL-JSON sources (told apart by content);',
      '.bib, .ris: sources. All files are checked before anything is imported; one bad file imports nothing.',
      'A case whose id the notebook already has comes in as a copy with new ids,',
      '--replace         unless this is given: then it replaces the existing case.',
      '--as-source       adds each .html, .htm or .mhtml page as a source with its snapshot.',
    ],
    options: { replace: { type: 'boolean' }, 'as-source': { type: 'boolean' } },
  },
  export: {
    name: 'export',
    access: 'read',
    arguments:
      'ID|SLUG… --format json|md|html|csv|pdf|docx --out PATH [--style STYLE] [--sections LIST] [--redact] [--browser PATH]',
    summary: 'export cases to a file',
    details: [
      '--format json    a casebook.case/v1 bundle for one case, casebook.notebook/v1 for several',
      '--format md      one case as Markdown (GFM tables, footnote citations, front matter)',
      '--format html    one case as a self-contained, print-ready HTML file',
      '--format csv     issue-rows.csv, events.csv, quotes.csv and codings.csv of all the cases given',
      '--format pdf     one case: the HTML file printed by a headless Chrome, Chromium or Edge',
      '--format docx    one case as a Word document (headings, tables, footnote citations)',
      '--out PATH       the file to write (replaced if it exists); for csv, a folder',
      '--style STYLE    bibliography style for md, html, pdf and docx: apa (default), chicago-author-date, harvard',
      '--sections LIST  md, html, pdf, docx: the sections to include, comma-separated, from overview, narrative,',
      '                 issues, timeline, quotes, facts, lessons, bibliography (default: all)',
      '--redact         md, html, csv, pdf, docx: replace the names of actors marked private',
      '--browser PATH   pdf: the Chrome, Chromium or Edge to print with (default: the standard install)',
    ],
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      style: { type: 'string' },
      redact: { type: 'boolean' },
      browser: { type: 'string' },
      sections: { type: 'string' },
    },
  },
  backup: {
    name: 'backup',
    access: 'read',
    arguments: '--out FILE',
    summary: 'copy the notebook while it may be in use, verified before success is reported',
    details: ['--out FILE       the backup file to write (it must not exist yet)'],
    options: { out: { type: 'string' } },
  },
  check: {
    name: 'check',
    access: 'read',
    arguments: '',
    summary: 'integrity check, foreign keys, and evidence problems (unsupported, single-source, conflicting)',
    details: ['Evidence problems are results: the exit code is 0 when the notebook itself is sound.'],
    options: {},
  },
};

export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}
