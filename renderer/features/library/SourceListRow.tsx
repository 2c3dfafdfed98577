import type { SourceSummary } from '../../../shared/contract/procedures.ts';
import { gradeCode, gradeMeaning } from '../../../shared/domain/admiralty.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import { SOURCE_KIND_LABELS } from '../sources/source-form.ts';

export interface SourceListRowProps {
  readonly source: SourceSummary;
  readonly index: number;
  /** -1 when more sources exist than are loaded. */
  readonly setSize: number;
  readonly top: number;
  readonly height: number;
  readonly selected: boolean;
  readonly tabbable: boolean;
  readonly onSelect: (id: string) => void;
  readonly onFocus: () => void;
}

/** "Caixin · News article · 12 January 2026": what is known of where and when it was published. */
export function sourceByline(source: Pick<SourceSummary, 'publisher' | 'kind' | 'publishedOn'>): string {
  return [
    source.publisher,
    SOURCE_KIND_LABELS[source.kind],
    source.publishedOn ? formatPartialDate(source.publishedOn) : null,
  ]
    .filter((part): part is string => part !== null && part !== '')
    .join(' · ');
}

/** "PDF" or "Image" for a source made from a file. */
export function fileMark(file: SourceSummary['file']): string | null {
  if (file === null) return null;
  return file.mediaType === 'application/pdf' ? 'PDF' : 'Image';
}

export function SourceListRow({
  source,
  index,
  setSize,
  top,
  height,
  selected,
  tabbable,
  onSelect,
  onFocus,
}: SourceListRowProps) {
  const grade = gradeCode(source.reliability, source.credibility);
  const mark = fileMark(source.file);
  return (
    <div
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-index={index}
      className="library-row"
      style={{ transform: `translateY(${top}px)`, height }}
    >
      <button
        type="button"
        className={selected ? 'library-row-button is-selected' : 'library-row-button'}
        aria-current={selected ? 'true' : undefined}
        tabIndex={tabbable ? 0 : -1}
        onClick={() => onSelect(source.id)}
        onFocus={onFocus}
      >
        <span className="library-row-title">{source.title}</span>
        <span className="library-row-meta">{sourceByline(source) || 'No publisher or date'}</span>
        <span className="library-row-marks">
          {grade && (
            <span
              className="badge badge-code library-grade"
              title={gradeMeaning(source.reliability, source.credibility) ?? ''}
            >
              <span className="visually-hidden">Graded </span>
              {grade}
            </span>
          )}
          {source.hasSnapshot && <span className="badge library-mark">Snapshot</span>}
          {mark && <span className="badge library-mark">{mark}</span>}
          <span className={source.citedCount > 0 ? 'library-cited' : 'library-cited is-uncited'}>
            {source.citedCount > 0 ? `cited ${source.citedCount.toLocaleString('en')}×` : 'not cited'}
          </span>
        </span>
      </button>
    </div>
  );
}
