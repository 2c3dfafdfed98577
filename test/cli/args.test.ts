import { describe, expect, it } from 'vitest';
import { findCommandName, parseInvocation } from '../../electron/cli/args.ts';
import { CliError } from '../../electron/cli/errors.ts';
import { EXIT_BAD_INPUT, EXIT_USAGE } from '../../electron/cli/exit-codes.ts';

function failureOf(argv: string[]): { exitCode: number; message: string } {
  try {
    parseInvocation(argv);
  } catch (error) {
    if (error instanceof CliError) return { exitCode: error.exitCode, message: error.message };
    throw error;
  }
  throw new Error(`expected ${argv.join(' ')} to fail`);
}

describe('parseInvocation', () => {
  it('reads global options before or after the command', () => {
    const expected = { kind: 'run', options: { db: 'x.casebook', json: true }, command: { name: 'init' } };
    expect(parseInvocation(['--db', 'x.casebook', '--json', 'init'])).toEqual(expected);
    expect(parseInvocation(['init', '--db', 'x.casebook', '--json'])).toEqual(expected);
    expect(parseInvocation(['--db=x.casebook', 'init', '--json'])).toEqual(expected);
  });

  it('uses the default notebook and human output when no global option is given', () => {
    expect(parseInvocation(['check'])).toEqual({ kind: 'run', options: { db: null, json: false }, command: { name: 'check' } });
  });

  it('parses list filters, and leaves them null when absent', () => {
    expect(parseInvocation(['list', '--query', 'black PR', '--tag', 'kol', '--status', 'draft'])).toMatchObject({
      command: { name: 'list', query: 'black PR', tag: 'kol', status: 'draft' },
    });
    expect(parseInvocation(['list'])).toMatchObject({ command: { name: 'list', query: null, tag: null, status: null } });
  });

  it('takes a value that looks like a command as the value of an option, not as the command', () => {
    expect(parseInvocation(['--db', 'list', 'show', 'xiaomi-kol-2026'])).toEqual({
      kind: 'run',
      options: { db: 'list', json: false },
      command: { name: 'show', idOrSlug: 'xiaomi-kol-2026' },
    });
    expect(findCommandName(['list', '--query', 'show'])).toBe('list');
    expect(findCommandName(['--out', 'backup.casebook', 'backup'])).toBe('backup');
  });

  it('joins the words of a search query', () => {
    expect(parseInvocation(['search', 'black', 'PR'])).toMatchObject({ command: { name: 'search', query: 'black PR' } });
  });

  it('collects every file to import and the --replace flag', () => {
    expect(parseInvocation(['import', 'a.casebook.json', 'b.json', '--replace'])).toMatchObject({
      command: { name: 'import', files: ['a.casebook.json', 'b.json'], replace: true },
    });
    expect(parseInvocation(['import', 'a.json'])).toMatchObject({ command: { replace: false } });
  });

  it('parses export with several cases, and backup', () => {
    expect(parseInvocation(['export', 'a', 'b', '--format', 'json', '--out', 'out.json'])).toMatchObject({
      command: { name: 'export', idsOrSlugs: ['a', 'b'], format: 'json', out: 'out.json' },
    });
    expect(parseInvocation(['backup', '--out', 'copy.casebook'])).toMatchObject({ command: { name: 'backup', out: 'copy.casebook' } });
  });

  it('answers --help and --version, for the program and for a command', () => {
    expect(parseInvocation(['--help'])).toEqual({ kind: 'help', command: null });
    expect(parseInvocation(['-h'])).toEqual({ kind: 'help', command: null });
    expect(parseInvocation(['export', '--help'])).toEqual({ kind: 'help', command: 'export' });
    // --help wins over a missing argument: asking how to use show is not a usage error.
    expect(parseInvocation(['show', '-h'])).toEqual({ kind: 'help', command: 'show' });
    expect(parseInvocation(['--version'])).toEqual({ kind: 'version' });
  });

  it('treats an argument after -- as an operand even if it starts with a dash', () => {
    expect(parseInvocation(['show', '--', '-odd-slug'])).toMatchObject({ command: { name: 'show', idOrSlug: '-odd-slug' } });
  });
});

describe('usage errors (exit 2)', () => {
  it.each([
    [[], 'no command given'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['list', '--bogus'], "unknown option '--bogus' for list"],
    [['--bogus'], "unknown option '--bogus'"],
    [['init', '--query', 'x'], "unknown option '--query' for init"],
    [['--db'], "option '--db' needs a value"],
    [['list', '--json=yes'], "option '--json' takes no value"],
    [['show'], 'show needs a case id or slug'],
    [['show', 'a', 'b'], 'show takes one case id or slug (got 2)'],
    [['search'], 'search needs a query'],
    [['import'], 'import needs at least one FILE'],
    [['export', '--format', 'json', '--out', 'x.json'], 'export needs at least one case id or slug'],
    [['export', 'a', '--out', 'x.json'], 'export needs --format'],
    [['export', 'a', '--format', 'json'], 'export needs --out'],
    [['backup'], 'backup needs --out'],
    [['check', 'extra'], "check takes no arguments (got 'extra')"],
    [['init', 'x.casebook'], "init takes no arguments (got 'x.casebook')"],
  ])('%j → %s', (argv, message) => {
    expect(failureOf(argv)).toEqual({ exitCode: EXIT_USAGE, message });
  });

  it('does not list or accept the commands that arrive with later issues', () => {
    expect(failureOf(['trash']).exitCode).toBe(EXIT_USAGE);
    expect(failureOf(['analyze']).exitCode).toBe(EXIT_USAGE);
  });
});

describe('bad values (exit 1)', () => {
  it('export --format docx is accepted, and --browser is refused with it', () => {
    expect(parseInvocation(['export', 'a', '--format', 'docx', '--out', 'a.docx'])).toMatchObject({
      command: { name: 'export', format: 'docx', out: 'a.docx' },
    });
    expect(failureOf(['export', 'a', '--format', 'docx', '--browser', 'x', '--out', 'a.docx'])).toEqual({
      exitCode: EXIT_BAD_INPUT,
      message: '--browser applies to --format pdf only',
    });
  });

  it('names an unknown citation style', () => {
    expect(failureOf(['export', 'a', '--format', 'md', '--style', 'mla', '--out', 'x'])).toEqual({
      exitCode: EXIT_BAD_INPUT,
      message: 'style mla is not a citation style Casebook knows (apa, chicago-author-date, harvard)',
    });
  });

  it('names an unknown export format', () => {
    expect(failureOf(['export', 'a', '--format', 'xml', '--out', 'x'])).toEqual({
      exitCode: EXIT_BAD_INPUT,
      message: 'format xml is not a known export format (this version exports json, md, html, csv, pdf, docx)',
    });
  });

  it('refuses empty values', () => {
    expect(failureOf(['--db', '', 'list'])).toEqual({ exitCode: EXIT_BAD_INPUT, message: '--db must not be empty' });
    expect(failureOf(['search', ' '])).toEqual({ exitCode: EXIT_BAD_INPUT, message: 'search needs a query that is not empty' });
    expect(failureOf(['show', ''])).toEqual({ exitCode: EXIT_BAD_INPUT, message: 'expected a case id or slug, got an empty argument' });
  });
});
