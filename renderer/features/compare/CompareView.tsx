import { useEffect, useState } from 'react';
import type { TableName } from '../../../shared/contract/tables.ts';
import { call, errorMessage, useQuery } from '../../api.ts';
import { downloadBase64, downloadText } from '../../download.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { useToast } from '../../ui/toasts.tsx';
import { CompareMatrix } from './CompareMatrix.tsx';
import { ComparePicker, choiceProblem, type ChosenCase } from './ComparePicker.tsx';
import { matrixSvg, svgToPngBase64 } from './matrix-image.ts';
import { TimelineOverlay } from './TimelineOverlay.tsx';
import './compare.css';

const COMPARE_TABLES: readonly TableName[] = [
  'cases',
  'issue_rows',
  'events',
  'quotes',
  'facts',
  'sources',
  'citations',
  'conflicts',
  'trash',
];

/**
 * 2–8 cases side by side: the matrix, then their timelines aligned at day 0. Escape or "Back" returns
 * to the case that was open; a column header opens its case.
 */
export function CompareView({
  initial,
  pickFirst,
  onOpenCase,
  onClose,
}: {
  initial: readonly ChosenCase[];
  /** Open the picker straight away (the "Compare cases…" command). */
  pickFirst: boolean;
  onOpenCase: (caseId: string) => void;
  onClose: () => void;
}) {
  const toast = useToast();
  const [chosen, setChosen] = useState<readonly ChosenCase[]>(initial);
  const [picking, setPicking] = useState(pickFirst || choiceProblem(initial.length) !== null);
  const [exporting, setExporting] = useState<'csv' | 'image' | null>(null);
  const problem = choiceProblem(chosen.length);
  const caseIds = chosen.map((entry) => entry.id);
  const comparison = useQuery('cases.compare', problem === null ? { caseIds } : null, COMPARE_TABLES);

  useEffect(() => {
    if (picking) return;
    function onKeyDown(event: KeyboardEvent): void {
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
      event.preventDefault();
      onClose();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [picking, onClose]);

  async function exportCsv(): Promise<void> {
    setExporting('csv');
    try {
      const file = await call('cases.compareCsv', { caseIds });
      downloadText(file.fileName, file.text, 'text/csv');
    } catch (error) {
      toast({ message: `The comparison could not be exported: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setExporting(null);
    }
  }

  async function exportImage(): Promise<void> {
    const cases = comparison.data?.cases;
    if (!cases) return;
    setExporting('image');
    try {
      const dark = document.documentElement.dataset['theme'] === 'dark';
      downloadBase64('case-comparison.png', await svgToPngBase64(matrixSvg(cases, dark)), 'image/png');
    } catch (error) {
      toast({ message: `The image could not be made: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setExporting(null);
    }
  }

  const cases = comparison.data?.cases;
  return (
    <section className="compare-view" aria-labelledby="compare-heading">
      <header className="compare-header">
        <h1 id="compare-heading" className="compare-heading">
          Compare cases
        </h1>
        <div className="compare-toolbar" role="toolbar" aria-label="Comparison actions">
          <button type="button" className="button button-small" onClick={() => setPicking(true)}>
            Choose cases…
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={!cases || exporting !== null}
            onClick={() => void exportCsv()}
          >
            {exporting === 'csv' ? 'Exporting…' : 'Export CSV'}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={!cases || exporting !== null}
            onClick={() => void exportImage()}
          >
            {exporting === 'image' ? 'Drawing…' : 'Export image'}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={onClose}>
            Back
          </button>
        </div>
      </header>
      {problem !== null ? (
        <EmptyState title="Choose 2 to 8 cases to compare">
          <p>{problem}</p>
          <button type="button" className="button button-primary" onClick={() => setPicking(true)}>
            Choose cases…
          </button>
        </EmptyState>
      ) : comparison.status === 'error' ? (
        <p role="alert" className="compare-error">
          The cases could not be compared: {comparison.error.message}
        </p>
      ) : !cases ? (
        <p role="status" className="compare-empty-note">
          Comparing {chosen.length} cases…
        </p>
      ) : (
        <>
          <CompareMatrix cases={cases} onOpenCase={onOpenCase} />
          <h2 className="compare-subheading">Timelines from day 0</h2>
          <TimelineOverlay cases={cases} />
        </>
      )}
      {picking && (
        <ComparePicker
          initial={chosen}
          onClose={() => setPicking(false)}
          onCompare={(next) => {
            setChosen(next);
            setPicking(false);
          }}
        />
      )}
    </section>
  );
}
