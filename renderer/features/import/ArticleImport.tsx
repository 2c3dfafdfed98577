import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import { CasebookError } from '../../../shared/contract/result.ts';
import { bridge, call, errorMessage } from '../../api.ts';
import { useAppEvent } from '../../app-events.ts';
import { enqueueWrite, flushAllWrites } from '../../save-queue.ts';
import { useToast } from '../../ui/toasts.tsx';
import { readAsBase64 } from '../../read-file.ts';
import { ARTICLE_ACCEPT, articleFileProblem, pastedFormat } from './article-files.ts';
import { isJsonFileName, parseBundleText } from './bundle-files.ts';
import { ImportProgressDialog, type ImportProgress } from './ImportProgressDialog.tsx';
import { ImportReportDialog } from './ImportReportDialog.tsx';
import { PasteArticleDialog } from './PasteArticleDialog.tsx';
import './import.css';

type Report = ResponseOf<'cases.importArticle'>;
type ArticleRequest = Omit<RequestOf<'cases.importArticle'>, 'importId'>;

/** How long an import runs before its progress dialog appears: quick ones never flash a dialog. */
export const PROGRESS_DELAY_MS = 1000;

interface Running {
  readonly importId: string;
  readonly fileLabel: string;
  readonly progress: ImportProgress;
  readonly visible: boolean;
  readonly cancelling: boolean;
}

const CANCELLED = Symbol('cancelled');

let importCounter = 0;
/** Bundle imports are stopped in the window (they have no work in the main process before their write). */
const BUNDLE_PREFIX = 'bundle-';
function newImportId(prefix = 'import-'): string {
  importCounter += 1;
  return `${prefix}${Date.now().toString(36)}-${importCounter}`;
}

/**
 * Articles become draft cases from everywhere the window offers it: "Import an article" (welcome page,
 * palette, menu) opens a file chooser; "New case from pasted text" a dialog; files dropped on the window
 * where nothing else takes them are imported. An import that runs over a second shows its progress with a
 * Cancel button; the new case opens, then a report says what was found.
 */
export function ArticleImport({ onImported }: { readonly onImported: (caseId: string) => void }) {
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  const cancelledIds = useRef(new Set<string>());
  const latest = useRef({ importFiles, onImported });
  useLayoutEffect(() => {
    latest.current = { importFiles, onImported };
  });

  useAppEvent('casebook:import-article', ({ from }) => {
    if (from === 'paste') setPasting(true);
    else fileInput.current?.click();
  });

  useEffect(
    () =>
      bridge().on('import-progress', ({ importId, phase, fraction }) =>
        setRunning((current) =>
          current?.importId === importId ? { ...current, progress: { phase, fraction } } : current,
        ),
      ),
    [],
  );

  const importId = running?.importId ?? null;
  useEffect(() => {
    if (importId === null) return;
    const timer = setTimeout(() => {
      setRunning((current) => (current?.importId === importId ? { ...current, visible: true } : current));
    }, PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [importId]);

  function cancel(): void {
    if (running === null) return;
    cancelledIds.current.add(running.importId);
    setRunning({ ...running, cancelling: true });
    if (running.importId.startsWith(BUNDLE_PREFIX)) return; // a bundle is stopped here, before it is sent
    // Refused only when the import is already writing, which the dialog shows; the import's answer says the rest.
    call('imports.cancel', { importId: running.importId }).catch(() => undefined);
  }

  /** Reads (if needed) and imports one article; CANCELLED when the person stopped it. */
  async function run(label: string, read: () => Promise<ArticleRequest>): Promise<Report | typeof CANCELLED | null> {
    const id = newImportId();
    setRunning({
      importId: id,
      fileLabel: label,
      progress: { phase: 'reading', fraction: 0 },
      visible: false,
      cancelling: false,
    });
    const cancelled = () => new CasebookError('cancelled', 'cancelled before it started');
    try {
      const request = await read();
      if (cancelledIds.current.has(id)) throw cancelled();
      await flushAllWrites();
      const imported = await enqueueWrite(() =>
        cancelledIds.current.has(id)
          ? Promise.reject(cancelled())
          : call('cases.importArticle', { ...request, importId: id }),
      );
      latest.current.onImported(imported.caseId);
      return imported;
    } catch (error) {
      if (error instanceof CasebookError && error.code === 'cancelled') {
        toast({ message: `The import of ${label} was cancelled; nothing was added.` });
        return CANCELLED;
      }
      toast({ message: `${label} could not be imported: ${errorMessage(error)}`, tone: 'error' });
      return null;
    } finally {
      cancelledIds.current.delete(id);
      setRunning((current) => (current?.importId === id ? null : current));
    }
  }

  /** A Casebook bundle: read and checked here, then written in one transaction; cancellable until it is sent. */
  async function importBundleFile(file: File, label: string): Promise<'done' | typeof CANCELLED> {
    const id = newImportId(BUNDLE_PREFIX);
    setRunning({
      importId: id,
      fileLabel: label,
      progress: { phase: 'reading', fraction: 0 },
      visible: false,
      cancelling: false,
    });
    try {
      const document = parseBundleText(file.name, await file.text());
      if (cancelledIds.current.has(id)) throw new CasebookError('cancelled', 'cancelled before it started');
      await flushAllWrites();
      const imported = await enqueueWrite(() => {
        if (cancelledIds.current.has(id)) return Promise.reject(new CasebookError('cancelled', 'cancelled'));
        setRunning((current) =>
          current?.importId === id ? { ...current, progress: { phase: 'writing', fraction: 0.5 } } : current,
        );
        return call('bundles.import', { document: document as RequestOf<'bundles.import'>['document'] });
      });
      const first = imported.cases[0];
      if (first) latest.current.onImported(first.id);
      const count = imported.cases.length;
      const warnings =
        imported.warnings.length > 0 ? ` ${imported.warnings.map((warning) => warning.message).join(' ')}` : '';
      toast({ message: `Imported ${count} ${count === 1 ? 'case' : 'cases'} from ${label}.${warnings}` });
      return 'done';
    } catch (error) {
      if (error instanceof CasebookError && error.code === 'cancelled') {
        toast({ message: `The import of ${label} was cancelled; nothing was added.` });
        return CANCELLED;
      }
      toast({ message: `${label} could not be imported: ${errorMessage(error)}`, tone: 'error' });
      return 'done';
    } finally {
      cancelledIds.current.delete(id);
      setRunning((current) => (current?.importId === id ? null : current));
    }
  }

  async function importFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0 || busy) return;
    // Too large, empty or not an article: said before any file is read.
    const problems = files.map(articleFileProblem).filter((problem) => problem !== null);
    if (problems.length > 0) {
      toast({ message: problems.join(' '), tone: 'error' });
      return;
    }
    setBusy(true);
    let last: Report | null = null;
    try {
      for (const [index, file] of files.entries()) {
        const label = files.length > 1 ? `“${file.name}” (${index + 1} of ${files.length})` : `“${file.name}”`;
        if (isJsonFileName(file.name)) {
          if ((await importBundleFile(file, label)) === CANCELLED) break;
          continue;
        }
        const outcome = await run(label, async () => ({ fileName: file.name, base64: await readAsBase64(file) }));
        if (outcome === CANCELLED) break;
        last = outcome ?? last;
      }
    } finally {
      setBusy(false);
    }
    if (last) setReport(last);
  }

  async function importText(text: string): Promise<void> {
    setBusy(true);
    try {
      const imported = await run('the pasted text', () => Promise.resolve({ text, format: pastedFormat(text) }));
      if (imported !== null && imported !== CANCELLED) {
        setPasting(false);
        setReport(imported);
      }
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
    function onDragOver(event: DragEvent): void {
      if (event.defaultPrevented || !hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    }
    function onDrop(event: DragEvent): void {
      if (event.defaultPrevented || !hasFiles(event)) return;
      event.preventDefault();
      void latest.current.importFiles([...(event.dataTransfer?.files ?? [])]);
    }
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <>
      <input
        ref={fileInput}
        type="file"
        accept={ARTICLE_ACCEPT}
        multiple
        hidden
        aria-label="Article files to import"
        tabIndex={-1}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void importFiles(files);
        }}
      />
      {pasting && (
        <PasteArticleDialog busy={busy} onImport={(text) => void importText(text)} onClose={() => setPasting(false)} />
      )}
      {running?.visible && (
        <ImportProgressDialog
          fileLabel={running.fileLabel}
          progress={running.progress}
          cancelling={running.cancelling}
          onCancel={cancel}
        />
      )}
      {report && <ImportReportDialog report={report} onClose={() => setReport(null)} />}
    </>
  );
}
