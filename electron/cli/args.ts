import { parseArgs } from 'node:util';
import { COMMANDS, GLOBAL_OPTIONS, isCommandName, type CommandName, type CommandSpec } from './command-table.ts';
import { badInput, usageError } from './errors.ts';

export interface GlobalOptions {
  /** --db as given (relative to the working directory), or null for the app's default notebook. */
  readonly db: string | null;
  readonly json: boolean;
}

export type ExportFormat = 'json' | 'md' | 'html' | 'csv' | 'pdf' | 'docx';
export type ExportStyle = 'apa' | 'chicago-author-date' | 'harvard';
const EXPORT_STYLES: readonly ExportStyle[] = ['apa', 'chicago-author-date', 'harvard'];

export type Command =
  | { readonly name: 'init' }
  | {
      readonly name: 'list';
      readonly query: string | null;
      readonly tag: string | null;
      readonly status: string | null;
    }
  | { readonly name: 'show'; readonly idOrSlug: string }
  | { readonly name: 'search'; readonly query: string }
  | {
      readonly name: 'import';
      readonly files: readonly string[];
      readonly replace: boolean;
      readonly asSource: boolean;
    }
  | {
      readonly name: 'export';
      readonly idsOrSlugs: readonly string[];
      readonly format: ExportFormat;
      readonly style: ExportStyle;
      readonly redact: boolean;
      readonly out: string;
      readonly browser: string | null;
      readonly sections: readonly ExportSection[] | null;
    }
  | { readonly name: 'backup'; readonly out: string }
  | { readonly name: 'check' };

export type Invocation =
  | { readonly kind: 'help'; readonly command: CommandName | null }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly options: GlobalOptions; readonly command: Command };

/** Export formats the specification names that this version cannot write yet. */
const PLANNED_EXPORT_FORMATS: string[] = [];
const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'md', 'html', 'csv', 'pdf', 'docx'];

type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * Parses the arguments after `casebook` into what to do. Throws a CliError: exit 2 for an unknown
 * command or option or a missing argument, exit 1 for a value that is given but unusable.
 */
export function parseInvocation(argv: readonly string[]): Invocation {
  const commandName = findCommandName(argv);
  if (commandName === null) {
    const values = parseStrict(argv, GLOBAL_OPTIONS, null).values;
    if (values['help'] === true) return { kind: 'help', command: null };
    if (values['version'] === true) return { kind: 'version' };
    throw usageError('no command given');
  }
  if (!isCommandName(commandName)) throw usageError(`unknown command '${commandName}'`);

  const spec = COMMANDS[commandName];
  const { values, positionals } = parseStrict(argv, { ...GLOBAL_OPTIONS, ...spec.options }, spec);
  if (values['help'] === true) return { kind: 'help', command: commandName };
  if (values['version'] === true) return { kind: 'version' };

  const options: GlobalOptions = { db: nonEmptyValue(values, 'db'), json: values['json'] === true };
  const operands = positionals.slice(1);
  return { kind: 'run', options, command: buildCommand(spec, values, operands) };
}

function buildCommand(spec: CommandSpec, values: OptionValues, operands: readonly string[]): Command {
  switch (spec.name) {
    case 'init':
    case 'check':
      expectNoOperands(spec, operands);
      return { name: spec.name };
    case 'list':
      expectNoOperands(spec, operands);
      return {
        name: 'list',
        query: nonEmptyValue(values, 'query'),
        tag: nonEmptyValue(values, 'tag'),
        status: nonEmptyValue(values, 'status'),
      };
    case 'show':
      if (operands.length === 0) throw usageError('show needs a case id or slug');
      if (operands.length > 1) throw usageError(`show takes one case id or slug (got ${operands.length})`);
      return { name: 'show', idOrSlug: nonEmptyOperand(operands[0], 'a case id or slug') };
    case 'search': {
      if (operands.length === 0) throw usageError('search needs a query');
      const query = operands.join(' ').trim();
      if (query === '') throw badInput('search needs a query that is not empty');
      return { name: 'search', query };
    }
    case 'import':
      if (operands.length === 0) throw usageError('import needs at least one FILE');
      return {
        name: 'import',
        files: operands.map((file) => nonEmptyOperand(file, 'a file name')),
        replace: values['replace'] === true,
        asSource: values['as-source'] === true,
      };
    case 'export': {
      if (operands.length === 0) throw usageError('export needs at least one case id or slug');
      const format = requiredValue(spec, values, 'format');
      const out = requiredValue(spec, values, 'out');
      const style = typeof values['style'] === 'string' ? exportStyle(values['style']) : 'apa';
      const redact = values['redact'] === true;
      if (redact && format === 'json')
        throw badInput('--redact applies to md, html and csv; a json bundle is always complete');
      const browser = nonEmptyValue(values, 'browser');
      if (browser !== null && format !== 'pdf') throw badInput('--browser applies to --format pdf only');
      const sectionList = nonEmptyValue(values, 'sections');
      const sections = sectionList === null ? null : exportSections(sectionList);
      if (sections !== null && (format === 'json' || format === 'csv'))
        throw badInput('--sections applies to md, html, pdf and docx');
      return {
        name: 'export',
        idsOrSlugs: operands.map((idOrSlug) => nonEmptyOperand(idOrSlug, 'a case id or slug')),
        format: exportFormat(format),
        style,
        redact,
        out,
        browser,
        sections,
      };
    }
    case 'backup':
      expectNoOperands(spec, operands);
      return { name: 'backup', out: requiredValue(spec, values, 'out') };
  }
}

/** The sections a case file carries, as a comma-separated list in the order given. */
export const EXPORT_SECTION_NAMES = [
  'overview',
  'narrative',
  'issues',
  'timeline',
  'quotes',
  'facts',
  'lessons',
  'bibliography',
] as const;
export type ExportSection = (typeof EXPORT_SECTION_NAMES)[number];

function exportSections(list: string): ExportSection[] {
  const names = list
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(EXPORT_SECTION_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw badInput(
      `--sections: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a section' : 'are not sections'} (choose from ${EXPORT_SECTION_NAMES.join(', ')})`,
    );
  if (names.length === 0) throw badInput('--sections: name at least one section');
  return [...new Set(names)] as ExportSection[];
}

function exportFormat(format: string): ExportFormat {
  const known = EXPORT_FORMATS.find((candidate) => candidate === format);
  if (known !== undefined) return known;
  const available = `this version exports ${EXPORT_FORMATS.join(', ')}`;
  if (PLANNED_EXPORT_FORMATS.includes(format)) throw badInput(`format ${format} is not available yet (${available})`);
  throw badInput(`format ${format} is not a known export format (${available})`);
}

function exportStyle(style: string): ExportStyle {
  const known = EXPORT_STYLES.find((candidate) => candidate === style);
  if (known === undefined)
    throw badInput(`style ${style} is not a citation style Casebook knows (${EXPORT_STYLES.join(', ')})`);
  return known;
}

/**
 * The command is the first argument that is neither an option nor an option's value, so global options
 * may come before or after it: `--db FILE list` and `list --db FILE` both work.
 */
export function findCommandName(argv: readonly string[]): string | null {
  const takesValue = new Set<string>();
  const optionSets: CommandSpec['options'][] = [GLOBAL_OPTIONS, ...Object.values(COMMANDS).map((spec) => spec.options)];
  for (const options of optionSets) {
    for (const [name, option] of Object.entries(options)) if (option.type === 'string') takesValue.add(name);
  }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') return argv[index + 1] ?? null;
    if (arg.startsWith('--')) {
      if (!arg.includes('=') && takesValue.has(arg.slice(2))) index++;
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) continue;
    return arg;
  }
  return null;
}

function parseStrict(argv: readonly string[], options: CommandSpec['options'], spec: CommandSpec | null) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageError(describeParseError(error, spec));
  }
}

/** Node's parseArgs messages are long and suggest workarounds; say the one thing that is wrong. */
function describeParseError(error: unknown, spec: CommandSpec | null): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? null;
  const where = spec === null ? '' : ` for ${spec.name}`;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== null) return `unknown option '${option}'${where}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== null) {
    if (/does not take an argument/.test(message)) return `option '${option}' takes no value`;
    return `option '${option}' needs a value`;
  }
  return message.split('\n')[0] ?? message;
}

function expectNoOperands(spec: CommandSpec, operands: readonly string[]): void {
  if (operands.length > 0) throw usageError(`${spec.name} takes no arguments (got '${operands[0] ?? ''}')`);
}

function requiredValue(spec: CommandSpec, values: OptionValues, name: string): string {
  const value = nonEmptyValue(values, name);
  if (value === null) throw usageError(`${spec.name} needs --${name}`);
  return value;
}

function nonEmptyValue(values: OptionValues, name: string): string | null {
  const value = values[name];
  if (typeof value !== 'string') return null;
  if (value.trim() === '') throw badInput(`--${name} must not be empty`);
  return value;
}

function nonEmptyOperand(operand: string | undefined, what: string): string {
  if (operand === undefined || operand.trim() === '') throw badInput(`expected ${what}, got an empty argument`);
  return operand;
}
