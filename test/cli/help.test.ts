import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../electron/cli/command-table.ts';
import { commandHelp, generalHelp } from '../../electron/cli/help.ts';

describe('help', () => {
  it('lists exactly the commands that work in this version', () => {
    const listed = [...generalHelp().matchAll(/^ {2}([a-z]+) {2,}/gm)].map((match) => match[1]);
    expect(listed).toEqual(['init', 'list', 'show', 'search', 'import', 'export', 'backup', 'check']);
    expect(COMMAND_NAMES).toEqual(listed);
  });

  it('names the global options and the exit codes', () => {
    const help = generalHelp();
    for (const option of ['--db FILE', '--json', '--help', '--version']) expect(help).toContain(option);
    expect(help).toMatch(/0 success, 1 bad input.*2 usage error, 3 notebook problem/);
  });

  it('gives each command a usage line with its arguments', () => {
    expect(commandHelp('export')).toMatch(/^Usage: casebook \[--db FILE\] \[--json\] export ID\|SLUG… --format json\|md\|html\|csv\|pdf\|docx --out PATH \[--style STYLE\] \[--sections LIST\] \[--redact\] \[--browser PATH\]\n/);
    expect(commandHelp('list')).toContain('--status STATUS');
    expect(commandHelp('init')).toMatch(/^Usage: casebook \[--db FILE\] \[--json\] init\n/);
  });
});
