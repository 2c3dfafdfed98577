import { useEffect, useId, useRef, useState } from 'react';
import { CASE_STATUSES } from '../../../../shared/domain/case-document.ts';
import type { CaseOverview } from '../../../../shared/domain/case-document.ts';
import { mutate } from '../../../api.ts';
import { useDebouncedEdit } from '../../../debounced-edit.ts';
import { recordEdit } from '../../../edit-history.ts';
import { STATUS_LABELS } from '../../../ui/status-badge.tsx';
import { CrisisFields } from './CrisisFields.tsx';
import { IntensifierFields } from './IntensifierFields.tsx';
import { DateField } from './DateField.tsx';
import { editLabel, inversePatch, patchFor, valuesOf } from './overview-draft.ts';
import type { OverviewField, OverviewPatch, OverviewValues } from './overview-draft.ts';
import { TagsField } from './TagsField.tsx';
import { TextField } from './TextField.tsx';
import './overview.css';

type Drafts = Partial<OverviewValues>;
type Errors = Partial<Record<OverviewField, string>>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The overview, saved as you type: a field's edit is committed AUTOSAVE_DELAY_MS after the last
 * keystroke (choices at once). What the person typed stays in the field until the notebook took it; an
 * invalid value shows why beside the field and is not sent.
 */
export interface OverviewFormProps {
  readonly overview: CaseOverview;
  /** Put the caret in the title once (a case just created), then report it. */
  readonly focusTitle: boolean;
  readonly onTitleFocused: () => void;
}

export function OverviewForm({ overview, focusTitle, onTitleFocused }: OverviewFormProps) {
  const [drafts, setDrafts] = useState<Drafts>({});
  const [errors, setErrors] = useState<Errors>({});
  const pending = useRef<OverviewPatch>({});
  const pendingDrafts = useRef<Drafts>({});
  // The overview as stored when the pending batch of edits began: what undo puts back.
  const batchBefore = useRef<CaseOverview | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const edit = useDebouncedEdit();
  const statusId = useId();

  const stored = valuesOf(overview);
  const values: OverviewValues = { ...stored, ...drafts };

  useEffect(() => {
    if (!focusTitle) return;
    titleRef.current?.focus();
    titleRef.current?.select();
    onTitleFocused();
  }, [focusTitle, onTitleFocused]);

  function focusedField(): string | null {
    const active = document.activeElement;
    return active instanceof HTMLElement && formRef.current?.contains(active)
      ? (active.getAttribute('name') ?? null)
      : null;
  }

  function commit(): void {
    const patch = pending.current;
    const committed = pendingDrafts.current;
    const before = batchBefore.current ?? overview;
    pending.current = {};
    pendingDrafts.current = {};
    batchBefore.current = null;
    if (Object.keys(patch).length === 0) return;
    const caseId = overview.id;
    mutate('cases.update', { id: caseId, patch }).then(
      () => {
        const undoPatch = inversePatch(patch, before);
        recordEdit({
          label: editLabel(patch),
          caseId,
          undo: async () => {
            await mutate('cases.update', { id: caseId, patch: undoPatch });
          },
          redo: async () => {
            await mutate('cases.update', { id: caseId, patch });
          },
        });
        const focused = focusedField();
        setDrafts((current) => {
          const next = { ...current };
          for (const key of Object.keys(committed) as OverviewField[]) {
            if (key !== focused && same(next[key], committed[key])) delete next[key];
          }
          return next;
        });
      },
      () => {
        // The status region shows the error; the drafts stay in the fields and go with the next commit.
        pending.current = { ...patch, ...pending.current };
        pendingDrafts.current = { ...committed, ...pendingDrafts.current };
        batchBefore.current = before;
      },
    );
  }

  function change<K extends OverviewField>(
    field: K,
    value: OverviewValues[K],
    options: { immediate?: boolean; also?: Drafts } = {},
  ): void {
    batchBefore.current ??= overview;
    const nextDrafts: Drafts = { ...drafts, [field]: value, ...options.also };
    setDrafts(nextDrafts);
    const nextValues: OverviewValues = { ...stored, ...nextDrafts };
    const fields = [field, ...(Object.keys(options.also ?? {}) as OverviewField[])];
    const nextErrors = { ...errors };
    let sendable = false;
    for (const name of fields) {
      const result = patchFor(name, nextValues[name], nextValues);
      const pendingPatch = pending.current as Record<string, unknown>;
      if (result.ok) {
        delete nextErrors[name];
        Object.assign(pending.current, result.patch);
        pendingDrafts.current = { ...pendingDrafts.current, [name]: nextValues[name] };
        sendable = true;
      } else {
        nextErrors[name] = result.message;
        delete pendingPatch[name];
        const { [name]: _dropped, ...rest } = pendingDrafts.current;
        pendingDrafts.current = rest;
      }
    }
    setErrors(nextErrors);
    if (!sendable && Object.keys(pending.current).length === 0) {
      batchBefore.current = null;
      edit.cancel();
      return;
    }
    edit.schedule(commit);
    if (options.immediate) edit.commitNow();
  }

  function onBlur(field: OverviewField): void {
    // A saved field may now show the notebook's own spelling of its value.
    if (!(field in pendingDrafts.current) && errors[field] === undefined)
      setDrafts((current) => {
        if (!(field in current) || field in pendingDrafts.current) return current;
        const { [field]: _saved, ...rest } = current;
        return rest;
      });
  }

  return (
    <form ref={formRef} className="overview-form" aria-label="Overview" onSubmit={(event) => event.preventDefault()}>
      <TextField
        label="Title"
        name="title"
        wide
        inputClassName="input-title"
        inputRef={titleRef}
        value={values.title}
        error={errors.title}
        onChange={(text) => change('title', text)}
        onBlur={() => onBlur('title')}
      />
      <TextField
        label="Summary"
        name="summary"
        wide
        multiline
        value={values.summary}
        error={errors.summary}
        onChange={(text) => change('summary', text)}
        onBlur={() => onBlur('summary')}
      />
      <div className="field">
        <label htmlFor={statusId}>Status</label>
        <select
          id={statusId}
          name="status"
          className="select"
          value={values.status}
          onChange={(event) => change('status', event.target.value as OverviewValues['status'], { immediate: true })}
        >
          {CASE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Industry"
        name="industry"
        value={values.industry}
        error={errors.industry}
        onChange={(text) => change('industry', text)}
        onBlur={() => onBlur('industry')}
      />
      <TextField
        label="Region"
        name="region"
        value={values.region}
        error={errors.region}
        onChange={(text) => change('region', text)}
        onBlur={() => onBlur('region')}
      />
      <DateField
        label="Started on"
        name="startedOn"
        value={values.startedOn}
        approx={values.startedApprox}
        error={errors.startedOn}
        onChange={(text) => change('startedOn', text)}
        onApproxChange={(approx) => change('startedApprox', approx, { immediate: true })}
        onBlur={() => onBlur('startedOn')}
      />
      <DateField
        label="Ended on"
        name="endedOn"
        value={values.endedOn}
        approx={values.endedApprox}
        error={errors.endedOn}
        onChange={(text) => change('endedOn', text)}
        onApproxChange={(approx) => change('endedApprox', approx, { immediate: true })}
        onBlur={() => onBlur('endedOn')}
      />
      <TagsField tags={values.tags} onChange={(tags) => change('tags', tags, { immediate: true })} />
      <CrisisFields
        cluster={values.crisisCluster}
        type={values.crisisType}
        onChange={(cluster, type) => change('crisisCluster', cluster, { immediate: true, also: { crisisType: type } })}
      />
      <IntensifierFields
        history={values.crisisHistory}
        reputation={values.priorReputation}
        onHistoryChange={(history) => change('crisisHistory', history, { immediate: true })}
        onReputationChange={(reputation) => change('priorReputation', reputation, { immediate: true })}
      />
    </form>
  );
}
