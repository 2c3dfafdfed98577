import { useId, useState } from 'react';
import { CASE_SORTS } from '../../../shared/contract/procedures.ts';
import type { CaseSort } from '../../../shared/contract/procedures.ts';
import { CASE_STATUSES } from '../../../shared/domain/case-document.ts';
import type { CaseStatus } from '../../../shared/domain/case-document.ts';
import { CRISIS_CLUSTERS } from '../../../shared/domain/codebook.ts';
import type { CrisisCluster } from '../../../shared/domain/codebook.ts';
import { useQuery } from '../../api.ts';
import { CLUSTER_INFO } from '../../ui/crisis-clusters.ts';
import { STATUS_LABELS } from '../../ui/status-badge.tsx';
import { activeFilterCount, NO_FILTERS, SORT_LABELS, yearOf } from './case-filters.ts';
import type { CaseFilters } from './case-filters.ts';

/**
 * "Sort by" and a "Filters" disclosure (status, tag, crisis cluster, year) under the filter box. The
 * filters stay folded away until asked for, so the sidebar is calm and their names ("Status", "Crisis
 * cluster") do not compete with the overview's fields.
 */
export function CaseListControls({
  filters,
  onChange,
}: {
  filters: CaseFilters;
  onChange: (filters: CaseFilters) => void;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const count = activeFilterCount(filters);
  const set = (patch: Partial<CaseFilters>) => onChange({ ...filters, ...patch });
  return (
    <>
      <div className="case-list-controls">
        <button
          type="button"
          className="button button-quiet button-small"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((current) => !current)}
        >
          Filters
          {count > 0 && (
            <>
              <span className="filter-count" aria-hidden="true">
                {count}
              </span>
              <span className="visually-hidden">, {count} active</span>
            </>
          )}
        </button>
        <label className="sort-select">
          Sort by
          <select
            className="select select-small"
            value={filters.sort}
            onChange={(event) => set({ sort: event.target.value as CaseSort })}
          >
            {CASE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {open && (
        <FilterPanel
          id={panelId}
          filters={filters}
          set={set}
          onClear={() => onChange({ ...NO_FILTERS, query: filters.query, sort: filters.sort })}
        />
      )}
    </>
  );
}

function FilterPanel({
  id,
  filters,
  set,
  onClear,
}: {
  id: string;
  filters: CaseFilters;
  set: (patch: Partial<CaseFilters>) => void;
  onClear: () => void;
}) {
  const tags = useQuery('tags.list', {}, ['tags', 'cases']);
  const yearInvalid = filters.year.trim() !== '' && yearOf(filters.year) === null;
  const tagOptions = tags.data?.tags ?? [];
  const yearHintId = useId();
  return (
    <div id={id} className="case-list-filters" role="group" aria-label="Filters">
      <label>
        Status
        <select
          className="select"
          value={filters.status}
          onChange={(event) => set({ status: event.target.value as CaseStatus | '' })}
        >
          <option value="">Any status</option>
          {CASE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <select className="select" value={filters.tag} onChange={(event) => set({ tag: event.target.value })}>
          <option value="">Any tag</option>
          {filters.tag !== '' && !tagOptions.some((tag) => tag.name === filters.tag) && (
            <option value={filters.tag}>{filters.tag}</option>
          )}
          {tagOptions.map((tag) => (
            <option key={tag.name} value={tag.name}>
              {tag.name} ({tag.cases})
            </option>
          ))}
        </select>
      </label>
      <label>
        Crisis cluster
        <select
          className="select"
          value={filters.cluster}
          onChange={(event) => set({ cluster: event.target.value as CrisisCluster | '' })}
        >
          <option value="">Any cluster</option>
          {CRISIS_CLUSTERS.map((cluster) => (
            <option key={cluster} value={cluster}>
              {CLUSTER_INFO[cluster].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Year
        <input
          className="input"
          inputMode="numeric"
          autoComplete="off"
          placeholder="Any year"
          maxLength={4}
          value={filters.year}
          aria-invalid={yearInvalid || undefined}
          aria-describedby={yearInvalid ? yearHintId : undefined}
          onChange={(event) => set({ year: event.target.value })}
        />
      </label>
      {yearInvalid && (
        <p id={yearHintId} className="field-error case-list-filters-actions">
          A year is a number from 1 to 9999.
        </p>
      )}
      {tags.status === 'error' && <p className="field-error case-list-filters-actions">Tags could not be read.</p>}
      <div className="case-list-filters-actions">
        <button type="button" className="button button-quiet button-small" onClick={onClear}>
          Clear filters
        </button>
      </div>
    </div>
  );
}
