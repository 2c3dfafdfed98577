import type { ExitCode } from './exit-codes.ts';

export interface TextSink {
  write(text: string): unknown;
}

export interface Streams {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
}

/** What a command produced: its JSON document, its human-readable lines, and messages for stderr. */
export interface CommandOutcome {
  /** Printed as the one JSON document on stdout with --json. */
  readonly json: unknown;
  /** Printed on stdout without --json. */
  readonly lines: readonly string[];
  /** Warnings and remarks, always on stderr. */
  readonly messages?: readonly string[];
  /** Non-zero when the command ran but found the notebook unsound (check). */
  readonly exitCode?: ExitCode;
}

const PROGRAM = 'casebook';

export function printOutcome(streams: Streams, outcome: CommandOutcome, json: boolean): void {
  if (json) streams.stdout.write(`${JSON.stringify(outcome.json, null, 2)}\n`);
  else if (outcome.lines.length > 0) streams.stdout.write(`${outcome.lines.join('\n')}\n`);
  for (const message of outcome.messages ?? []) printMessage(streams, message);
}

export function printMessage(streams: Streams, message: string): void {
  streams.stderr.write(`${PROGRAM}: ${message}\n`);
}

/** Lines of columns separated by two spaces, each column padded to its widest cell (the last is not). */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0))).join('  '));
}

/** Collapses line breaks and runs of spaces so one value stays on one line. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
