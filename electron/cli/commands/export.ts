import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CASE_FORMAT, NOTEBOOK_FORMAT, type CaseDocument } from '../../../shared/domain/case-document.ts';
import { casesToCsv } from '../../services/export/csv.ts';
import { withRenamedCodeLabels } from '../../services/export/renamed-codes.ts';
import { privateNameRedactor, redactDocument } from '../../services/export/redaction.ts';
import type { Command } from '../args.ts';
import type { CommandContext } from '../command-context.ts';
import { badInput } from '../errors.ts';
import { withNotebook } from '../notebook-session.ts';
import { findPdfBrowser } from '../pdf-browser.ts';
import { printHtmlToPdf } from '../print-pdf.ts';
import { plural, type CommandOutcome } from '../output.ts';
import { callProcedure } from '../procedure-call.ts';
import { readCase } from '../read-case.ts';
import { resolveOutputPath, writeFileAtomically } from '../output-file.ts';

export async function runExport(
  command: Extract<Command, { name: 'export' }>,
  context: CommandContext,
): Promise<CommandOutcome> {
  if (command.format === 'csv') return runCsvExport(command, context);
  if (command.format === 'md' || command.format === 'html') return runCaseFileExport(command, context);
  if (command.format === 'pdf') return runPdfExport(command, context);
  if (command.format === 'docx') return runDocxExport(command, context);
  const out = resolveOutputPath(command.out, context);
  const documents = await withNotebook(context.dbPath, 'read', (notebook) => {
    const byId = new Map<string, CaseDocument>();
    for (const idOrSlug of command.idsOrSlugs) {
      const document = readCase(notebook.db, idOrSlug);
      if (!byId.has(document.case.id)) byId.set(document.case.id, document);
    }
    return [...byId.values()];
  });
  const bundle = bundleOf(documents, new Date());
  const bytes = writeFileAtomically(command.out, out, `${JSON.stringify(bundle, null, 2)}\n`);
  return {
    json: { out, bytes },
    lines: [`Exported ${plural(documents.length, 'case')} to ${out} (${bytes} bytes)`],
  };
}

/** Markdown or HTML of one case, through the same procedure the window calls. */
async function runCaseFileExport(
  command: Extract<Command, { name: 'export' }>,
  context: CommandContext,
): Promise<CommandOutcome> {
  const [idOrSlug, ...more] = command.idsOrSlugs;
  if (idOrSlug === undefined || more.length > 0)
    throw badInput(
      `--format ${command.format} exports one case; give one case id or slug (use json or csv for several)`,
    );
  const out = resolveOutputPath(command.out, context);
  const text = await withNotebook(context.dbPath, 'read', (notebook) => {
    const document = readCase(notebook.db, idOrSlug);
    return callProcedure(notebook.db, 'cases.export', {
      id: document.case.id,
      format: command.format === 'md' ? 'markdown' : 'html',
      style: command.style,
      redact: command.redact,
      ...(command.sections ? { sections: [...command.sections] } : {}),
    }).text;
  });
  const bytes = writeFileAtomically(command.out, out, text);
  return { json: { out, bytes }, lines: [`Exported ${idOrSlug} to ${out} (${bytes} bytes)`] };
}

/** One case as a Word document, through the same procedure the window calls. */
async function runDocxExport(
  command: Extract<Command, { name: 'export' }>,
  context: CommandContext,
): Promise<CommandOutcome> {
  const [idOrSlug, ...more] = command.idsOrSlugs;
  if (idOrSlug === undefined || more.length > 0)
    throw badInput('--format docx exports one case; give one case id or slug (use json or csv for several)');
  const out = resolveOutputPath(command.out, context);
  const base64 = await withNotebook(context.dbPath, 'read', (notebook) => {
    const document = readCase(notebook.db, idOrSlug);
    return (
      callProcedure(notebook.db, 'cases.export', {
        id: document.case.id,
        format: 'docx',
        style: command.style,
        redact: command.redact,
        ...(command.sections ? { sections: [...command.sections] } : {}),
      }).base64 ?? ''
    );
  });
  const bytes = writeFileAtomically(command.out, out, Buffer.from(base64, 'base64'));
  return { json: { out, bytes }, lines: [`Exported ${idOrSlug} to ${out} (${bytes} bytes)`] };
}

/** One case as PDF: its HTML export printed by a headless Chrome, Chromium or Edge (found before anything is read). */
async function runPdfExport(
  command: Extract<Command, { name: 'export' }>,
  context: CommandContext,
): Promise<CommandOutcome> {
  const [idOrSlug, ...more] = command.idsOrSlugs;
  if (idOrSlug === undefined || more.length > 0)
    throw badInput('--format pdf exports one case; give one case id or slug (use json or csv for several)');
  const browser = findPdfBrowser(command.browser);
  const out = resolveOutputPath(command.out, context);
  const html = await withNotebook(context.dbPath, 'read', (notebook) => {
    const document = readCase(notebook.db, idOrSlug);
    return callProcedure(notebook.db, 'cases.export', {
      id: document.case.id,
      format: 'html',
      style: command.style,
      redact: command.redact,
      ...(command.sections ? { sections: [...command.sections] } : {}),
    }).text;
  });
  const bytes = await printHtmlToPdf(browser, html, command.out, out);
  return { json: { out, bytes }, lines: [`Exported ${idOrSlug} to ${out} (${bytes} bytes, printed with ${browser})`] };
}

/** The CSV dataset of all the cases given: four files in the --out folder, created if missing. */
async function runCsvExport(
  command: Extract<Command, { name: 'export' }>,
  context: CommandContext,
): Promise<CommandOutcome> {
  const folder = path.resolve(context.cwd, command.out);
  if (existsSync(folder) && !statSync(folder).isDirectory())
    throw badInput(`${command.out}: is a file; for --format csv give a folder`);
  if (!existsSync(path.dirname(folder)))
    throw badInput(`${command.out}: folder ${path.dirname(folder)} does not exist`);
  const documents = await withNotebook(context.dbPath, 'read', (notebook) => {
    const withLabels = withRenamedCodeLabels(notebook.db);
    return uniqueCases(command.idsOrSlugs.map((idOrSlug) => withLabels(readCase(notebook.db, idOrSlug))));
  });
  const shown = command.redact
    ? documents.map((document) => redactDocument(document, privateNameRedactor(document)))
    : documents;
  const bytes = writeFilesTogether(command.out, folder, casesToCsv(shown));
  return {
    json: { out: folder, bytes },
    lines: [
      `Exported ${plural(documents.length, 'case')} to ${folder} (issue-rows.csv, events.csv, quotes.csv, codings.csv; ${bytes} bytes)`,
    ],
  };
}

function uniqueCases(documents: readonly CaseDocument[]): CaseDocument[] {
  const byId = new Map<string, CaseDocument>();
  for (const document of documents) if (!byId.has(document.case.id)) byId.set(document.case.id, document);
  return [...byId.values()];
}

/**
 * Writes every file to a temporary name first and renames them only when all were written, so a failure
 * leaves the folder as it was (a folder this call created is removed again). Returns the total bytes.
 */
function writeFilesTogether(given: string, folder: string, files: Readonly<Record<string, string>>): number {
  const created = !existsSync(folder);
  const temporaries: [string, string][] = [];
  try {
    if (created) mkdirSync(folder);
    for (const [name, content] of Object.entries(files)) {
      const temporary = path.join(folder, `.${name}.${process.pid}.tmp`);
      writeFileSync(temporary, content, { flag: 'wx' });
      temporaries.push([temporary, path.join(folder, name)]);
    }
    for (const [temporary, final] of temporaries) renameSync(temporary, final);
  } catch (error) {
    for (const [temporary] of temporaries) rmSync(temporary, { force: true });
    if (created) rmSync(folder, { recursive: true, force: true });
    const reason =
      (error as { code?: unknown }).code === 'EACCES'
        ? 'permission denied'
        : error instanceof Error
          ? error.message
          : String(error);
    throw badInput(`${given}: cannot be written (${reason})`);
  }
  return Object.values(files).reduce((total, content) => total + Buffer.byteLength(content, 'utf8'), 0);
}

/** One case: a casebook.case/v1 bundle; several: a casebook.notebook/v1 bundle holding them. */
export function bundleOf(documents: readonly CaseDocument[], now: Date): unknown {
  const exportedAt = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const [only] = documents;
  if (documents.length === 1 && only !== undefined) {
    const { format: _format, exportedAt: _previous, ...content } = only;
    return { format: CASE_FORMAT, exportedAt, ...content };
  }
  if (documents.length === 0) throw badInput('no cases to export');
  return {
    format: NOTEBOOK_FORMAT,
    exportedAt,
    cases: documents.map(({ exportedAt: _previous, ...document }) => document),
  };
}
