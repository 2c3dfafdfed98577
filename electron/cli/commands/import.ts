import path from 'node:path';
import { CasebookError } from '../../../shared/contract/result.ts';
import type { NotebookDb } from '../../store/database.ts';
import type { AnalysedArticle } from '../../services/article-import/analyse-article.ts';
import type { Command } from '../args.ts';
import { readImportFile, type ImportFile } from '../bundle-file.ts';
import type { CommandContext } from '../command-context.ts';
import { badInput } from '../errors.ts';
import { withNotebook } from '../notebook-session.ts';
import { columns, plural, type CommandOutcome } from '../output.ts';

interface Imported {
  readonly cases: { id: string; title: string }[];
  readonly sources: { id: string; title: string }[];
  readonly warnings: { file: string | null; message: string }[];
}

export async function runImport(command: Extract<Command, { name: 'import' }>, context: CommandContext): Promise<CommandOutcome> {
  // Every file is read and checked before the notebook is touched: one bad file imports nothing.
  const files = command.files.map((file) => readImportFile(file, context.cwd, { asSource: command.asSource }));
  const work = await prepare(files, { replace: command.replace });
  const { inWriteTransaction } = await import('../../store/database.ts');
  const results = await withNotebook(context.dbPath, 'write', (notebook) =>
    // One transaction around all files (each import becomes a savepoint inside it): all or nothing.
    inWriteTransaction(notebook.db, () => work.map((each) => naming(each.file, () => each.run(notebook.db)))),
  );
  const result: Imported = {
    cases: results.flatMap((each) => each.cases),
    sources: results.flatMap((each) => each.sources),
    warnings: results.flatMap((each) => each.warnings),
  };
  const counts = [
    result.cases.length > 0 || result.sources.length === 0 ? plural(result.cases.length, 'case') : null,
    result.sources.length > 0 ? plural(result.sources.length, 'source') : null,
  ].filter((count) => count !== null);
  return {
    json: result,
    lines: columns([...result.cases, ...result.sources].map((imported) => [imported.id, imported.title])),
    messages: [
      `imported ${counts.join(' and ')} from ${plural(files.length, 'file')}`,
      ...result.warnings.map((warning) => `warning: ${warning.file === null ? '' : `${warning.file}: `}${warning.message}`),
    ],
  };
}

interface Work {
  readonly file: string;
  run(db: NotebookDb): Imported;
}

/** Checks what needs the services (references parse, web archives decode) and returns the writes to make, in order. */
async function prepare(files: readonly ImportFile[], options: { readonly replace: boolean }): Promise<Work[]> {
  const { importBundle } = await import('../../services/case-document.ts');
  const needs = (kind: ImportFile['kind']) => files.some((file) => file.kind === kind);
  const references = needs('references') ? await import('../../services/references/import-references.ts') : null;
  const reader = needs('references') ? await import('../../services/references/read-references.ts') : null;
  const pages = needs('page') ? await import('../../services/snapshots/add-from-html.ts') : null;
  const archives = files.some((file) => file.kind === 'page' && file.archive) ? await import('../../services/snapshots/mhtml.ts') : null;
  const articles = needs('article') ? await import('../../services/article-import/import-article.ts') : null;
  const analyser = needs('article') ? await import('../../services/article-import/analyse-off-thread.ts') : null;
  // Articles are parsed on a worker thread, as in the app, before the notebook is opened for writing.
  const analysed = new Map<ImportFile, ArticleAnalysis>();
  for (const file of files) {
    if (file.kind !== 'article') continue;
    const request = articleRequest(file);
    analysed.set(file, { request, analysis: await namingAsync(file.file, analyser!.analyseOffThread(request)) });
  }

  return files.map((file): Work => {
    switch (file.kind) {
      case 'article': {
        const { request, analysis } = analysed.get(file)!;
        return {
          file: file.file,
          run: (db) => {
            const imported = articles!.importArticle(db, request, analysis);
            return {
              cases: [{ id: imported.caseId, title: imported.title }],
              sources: [],
              warnings: imported.warnings.map((message) => ({ file: file.file, message })),
            };
          },
        };
      }
      case 'bundle':
        return {
          file: file.file,
          run: (db) => ({ sources: [], ...importBundle(db, file.document, { replace: options.replace, file: file.file }) }),
        };
      case 'references':
        naming(file.file, () => reader!.readReferences(file.format, file.text));
        return {
          file: file.file,
          run: (db) => {
            const added = references!.importReferences(db, { format: file.format, text: file.text });
            return {
              cases: [],
              sources: added.sources,
              warnings: added.warnings.map((message) => ({ file: file.file, message })),
            };
          },
        };
      case 'page': {
        const archive = file.archive ? naming(file.file, () => archives!.decodeMhtml(file.bytes)) : null;
        if (archive !== null && archive.html.trim() === '') throw badInput(`${file.file}: the web archive's page is empty`);
        const input = archive ? { html: archive.html, url: archive.url, fileName: file.file } : { bytes: file.bytes, fileName: file.file };
        return {
          file: file.file,
          run: (db) => {
            const added = pages!.addSourceFromHtml(db, input);
            const warnings = added.warnings.map((message) => ({ file: file.file, message }));
            if (added.merged) warnings.unshift({ file: file.file, message: `merged into the source "${added.source.title}", which has the same address` });
            return { cases: [], sources: [{ id: added.source.id, title: added.source.title }], warnings };
          },
        };
      }
    }
  });
}

interface ArticleAnalysis {
  readonly request: { readonly fileName: string; readonly base64: string };
  readonly analysis: AnalysedArticle;
}

function articleRequest(file: Extract<ImportFile, { kind: 'article' }>): ArticleAnalysis['request'] {
  return { fileName: path.basename(file.file), base64: Buffer.from(file.bytes).toString('base64') };
}

/** Names the file in an error about its content; errors about the notebook itself stay as they are. */
function naming<T>(file: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw namedError(file, error);
  }
}

async function namingAsync<T>(file: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw namedError(file, error);
  }
}

function namedError(file: string, error: unknown): unknown {
  if (error instanceof CasebookError && !error.code.startsWith('notebook-')) {
    // The article's own messages may already name it by its base name.
    const own = `${path.basename(file)}: `;
    const text = error.message.replace(/^text: /, '');
    const message = text.startsWith(own) ? text.slice(own.length) : text;
    return new CasebookError(error.code, `${file}: ${message}`);
  }
  return error;
}
