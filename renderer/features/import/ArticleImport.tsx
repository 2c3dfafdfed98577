import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import { errorMessage, mutate } from '../../api.ts';
import { useAppEvent } from '../../app-events.ts';
import { flushAllWrites } from '../../save-queue.ts';
import { useToast } from '../../ui/toasts.tsx';
import { readAsBase64 } from '../../read-file.ts';
import { ARTICLE_ACCEPT, articleFileProblem, pastedFormat } from './article-files.ts';
import { ImportReportDialog } from './ImportReportDialog.tsx';
import { PasteArticleDialog } from './PasteArticleDialog.tsx';
import './import.css';

type Report = ResponseOf<'cases.importArticle'>;

/**
 * Articles become draft cases from everywhere the window offers it: "Import an article" (welcome page,
 * palette, menu) opens a file chooser; "New case from pasted text" a dialog; files dropped on the window
 * where nothing else takes them are imported. The new case opens, then a report says what was found.
 */
export function ArticleImport({ onImported }: { readonly onImported: (caseId: string) => void }) {
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const latest = useRef({ importFiles, onImported });
  useLayoutEffect(() => {
    latest.current = { importFiles, onImported };
  });

  useAppEvent('casebook:import-article', ({ from }) => {
    if (from === 'paste') setPasting(true);
    else fileInput.current?.click();
  });

  async function run(label: string, request: RequestOf<'cases.importArticle'>): Promise<Report | null> {
    try {
      await flushAllWrites();
      const imported = await mutate('cases.importArticle', request);
      latest.current.onImported(imported.caseId);
      return imported;
    } catch (error) {
      toast({ message: `${label} could not be imported: ${errorMessage(error)}`, tone: 'error' });
      return null;
    }
  }

  async function importFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0 || busy) return;
    const problems = files.map(articleFileProblem).filter((problem) => problem !== null);
    if (problems.length > 0) {
      toast({ message: problems.join(' '), tone: 'error' });
      return;
    }
    setBusy(true);
    let last: Report | null = null;
    try {
      for (const [index, file] of files.entries()) {
        toast({
          message:
            files.length > 1
              ? `Importing ${index + 1} of ${files.length}: “${file.name}”…`
              : `Importing “${file.name}”…`,
        });
        const base64 = await readAsBase64(file);
        last = (await run(`“${file.name}”`, { fileName: file.name, base64 })) ?? last;
      }
    } finally {
      setBusy(false);
    }
    if (last) setReport(last);
  }

  async function importText(text: string): Promise<void> {
    setBusy(true);
    try {
      const imported = await run('The text', { text, format: pastedFormat(text) });
      if (imported) {
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
      {report && <ImportReportDialog report={report} onClose={() => setReport(null)} />}
    </>
  );
}
