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
    // Filters only change the view: they work in a read-only notebook too (see readonly-guard.ts).
    <div className="library-filters" data-readonly-ok>
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
        <FilterSelect
          label="Kind"
          any="Any kind"
          value={filters.kind}
          options={SOURCE_KINDS.map((kind) => [kind, SOURCE_KIND_LABELS[kind]])}
          onChange={(kind) => set({ kind: kind as SourceKind | '' })}
        />
        <FilterSelect
          label="Publisher"
          any="Any publisher"
          value={filters.publisher}
          options={publishers.map((publisher) => [publisher, publisher])}
          onChange={(publisher) => set({ publisher })}
        />
        <FilterSelect
          label="Language"
          any="Any language"
          value={filters.language}
          options={languages.map((language) => [language, language])}
          onChange={(language) => set({ language })}
        />
        <FilterSelect
          label="Reliability"
          any="Any reliability"
          value={filters.reliability}
          options={RELIABILITY_GRADES.map((grade) => [grade, `${grade} ${RELIABILITY_MEANINGS[grade]}`])}
          onChange={(reliability) => set({ reliability: reliability as ReliabilityGrade | '' })}
        />
        <FilterSelect
          label="Credibility"
          any="Any credibility"
          value={filters.credibility}
          options={CREDIBILITY_GRADES.map((grade) => [String(grade), `${grade} ${CREDIBILITY_MEANINGS[grade]}`])}
          onChange={(credibility) => set({ credibility })}
        />
        <FilterSelect
          label="Sort sources by"
          value={filters.sort}
          options={SOURCE_SORTS.map((sort) => [sort, SORT_LABELS[sort]])}
          onChange={(sort) => set({ sort: sort as SourceSort })}
        />
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

/** One select of the filter bar: an "Any …" choice first when the filter can be off. */
function FilterSelect({
  label,
  any,
  value,
  options,
  onChange,
}: {
  readonly label: string;
  readonly any?: string;
  readonly value: string;
  readonly options: readonly (readonly [value: string, label: string])[];
  readonly onChange: (value: string) => void;
}) {
  return (
    <select
      className="select select-small"
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      {any !== undefined && <option value="">{any}</option>}
      {options.map(([optionValue, optionLabel]) => (
        <option key={optionValue} value={optionValue}>
          {optionLabel}
        </option>
      ))}
    </select>
  );
}
