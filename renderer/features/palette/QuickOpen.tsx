import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../../shared/contract/procedures.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import { call, errorMessage } from '../../api.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { SearchList } from './SearchList.tsx';
import './palette.css';

const QUICK_OPEN_LIMIT = 30;
/** Wait this long after a keystroke before asking the notebook, so fast typing asks once. */
const SEARCH_DELAY_MS = 80;

/** Ctrl/Cmd+O: find a case by title (through cases.list, never the whole notebook) and open it. */
export function QuickOpen({ onOpen, onClose }: { onOpen: (caseId: string) => void; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ query: string; cases: readonly CaseSummary[]; error: string | null } | null>(
    null,
  );

  useEffect(() => {
    let current = true;
    const text = query.trim();
    const timer = setTimeout(
      () => {
        call('cases.list', { limit: QUICK_OPEN_LIMIT, sort: 'updated', ...(text ? { query: text } : {}) }).then(
          (page) => current && setResult({ query: text, cases: page.cases, error: null }),
          (error: unknown) => current && setResult({ query: text, cases: [], error: errorMessage(error) }),
        );
      },
      text === '' ? 0 : SEARCH_DELAY_MS,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const cases = result?.cases ?? [];
  const searching = result === null || result.query !== query.trim();
  return (
    <ModalDialog label="Open case" className="palette" onClose={onClose}>
      <SearchList
        inputLabel="Case title"
        listLabel="Matching cases"
        placeholder="Type part of a case title"
        query={query}
        onQueryChange={setQuery}
        items={cases}
        onChoose={(summary) => onOpen(summary.id)}
        empty={
          result?.error
            ? `Cases could not be searched: ${result.error}`
            : searching
              ? 'Searching…'
              : query.trim()
                ? `No case title matches “${query.trim()}”.`
                : 'The notebook has no cases yet.'
        }
        renderItem={(summary) => (
          <>
            <span className="palette-option-label">{summary.title}</span>
            <span className="palette-option-meta">
              {summary.startedOn && <span>{formatPartialDate(summary.startedOn)}</span>}
              <StatusBadge status={summary.status} />
            </span>
          </>
        )}
      />
    </ModalDialog>
  );
}
