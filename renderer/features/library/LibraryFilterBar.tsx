import { SOURCE_SORTS } from '../../../shared/contract/procedures.ts';
import type { SourceSort } from '../../../shared/contract/procedures.ts';
import { RELIABILITY_GRADES, SOURCE_KINDS } from '../../../shared/domain/case-document.ts';
import type { SourceKind } from '../../../shared/domain/case-document.ts';
import { CREDIBILITY_GRADES, CREDIBILITY_MEANINGS, RELIABILITY_MEANINGS } from '../../../shared/domain/admiralty.ts';
import type { ReliabilityGrade } from '../../../shared/domain/admiralty.ts';
import { useQuery } from '../../api.ts';
import { SOURCE_KIND_LABELS } from '../sources/source-form.ts';
import { activeLibraryFilterCount, NO_LIBRARY_FILTERS, SORT_LABELS } from './library-filters.ts';
import type { LibraryFilters } from './library-filters.ts';

export interface LibraryFilterBarProps {
  readonly filters: LibraryFilters;
  readonly onChange: (filters: LibraryFilters) => void;
}

/** Search, the filters (kind, publisher, language, grading, snapshot, citation) and the sort. */
export function LibraryFilterBar({ filters, onChange }: LibraryFilterBarProps) {
  const facets = useQuery('sources.facets', {}, ['sources', 'trash']);
  const publishers = withChosen(facets.data?.publishers ?? [], filters.publisher);
  const languages = withChosen(facets.data?.languages ?? [], filters.language);
  const set = (changes: Partial<LibraryFilters>) => onChange({ ...filters, ...changes });
  const active = activeLibraryFilterCount(filters);

  return (
    <div className="library-filters">
      <input
        type="search"
        autoComplete="off"
        className="input input-search"
        aria-label="Search sources"
        placeholder="Search sources"
        value={filters.query}
        onChange={(event) => set({ query: event.target.value })}
      />
      <div className="library-filter-grid">
        <select
          className="select select-small"
          aria-label="Kind"
          value={filters.kind}
          onChange={(event) => set({ kind: event.target.value as SourceKind | '' })}
        >
          <option value="">Any kind</option>
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SOURCE_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <select
          className="select select-small"
          aria-label="Publisher"
          value={filters.publisher}
          onChange={(event) => set({ publisher: event.target.value })}
        >
          <option value="">Any publisher</option>
          {publishers.map((publisher) => (
            <option key={publisher} value={publisher}>
              {publisher}
            </option>
          ))}
        </select>
        <select
          className="select select-small"
          aria-label="Language"
          value={filters.language}
          onChange={(event) => set({ language: event.target.value })}
        >
          <option value="">Any language</option>
          {languages.map((language) => (
            <option key={language} value={language}>
              {language}
            </option>
          ))}
        </select>
        <select
          className="select select-small"
          aria-label="Reliability"
          value={filters.reliability}
          onChange={(event) => set({ reliability: event.target.value as ReliabilityGrade | '' })}
        >
          <option value="">Any reliability</option>
          {RELIABILITY_GRADES.map((grade) => (
            <option key={grade} value={grade}>
              {grade} {RELIABILITY_MEANINGS[grade]}
            </option>
          ))}
        </select>
        <select
          className="select select-small"
          aria-label="Credibility"
          value={filters.credibility}
          onChange={(event) => set({ credibility: event.target.value })}
        >
          <option value="">Any credibility</option>
          {CREDIBILITY_GRADES.map((grade) => (
            <option key={grade} value={String(grade)}>
              {grade} {CREDIBILITY_MEANINGS[grade]}
            </option>
          ))}
        </select>
        <select
          className="select select-small"
          aria-label="Sort sources by"
          value={filters.sort}
          onChange={(event) => set({ sort: event.target.value as SourceSort })}
        >
          {SOURCE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <div className="library-filter-checks">
        <label className="library-check">
          <input
            type="checkbox"
            checked={filters.hasSnapshot}
            onChange={(event) => set({ hasSnapshot: event.target.checked })}
          />
          Has snapshot
        </label>
        <label className="library-check">
          <input
            type="checkbox"
            checked={filters.notCited}
            onChange={(event) => set({ notCited: event.target.checked })}
          />
          Not cited
        </label>
        {active > 0 && (
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => onChange({ ...NO_LIBRARY_FILTERS, query: filters.query, sort: filters.sort })}
          >
            Reset {active === 1 ? 'filter' : `${active} filters`}
          </button>
        )}
      </div>
    </div>
  );
}

/** The facet values, keeping the chosen one listed even if no source has it any more. */
function withChosen(values: readonly string[], chosen: string): readonly string[] {
  return chosen === '' || values.includes(chosen) ? values : [chosen, ...values];
}
