import type { RequestOf } from '../../../../shared/contract/procedures.ts';
import type { CaseOverview, CaseStatus, Tag } from '../../../../shared/domain/case-document.ts';
import type { PRIOR_REPUTATIONS } from '../../../../shared/domain/case-document.ts';

type PriorReputation = (typeof PRIOR_REPUTATIONS)[number];
import { dateInputText, parseDateInput } from './date-input.ts';

/** The overview as the form shows it: text fields as typed, everything else as stored. */
export interface OverviewValues {
  title: string;
  summary: string;
  status: CaseStatus;
  industry: string;
  region: string;
  startedOn: string;
  startedApprox: boolean;
  endedOn: string;
  endedApprox: boolean;
  tags: Tag[];
  crisisCluster: string;
  crisisType: string;
  /** SCCT intensifiers: '' is unknown. */
  crisisHistory: '' | 'yes' | 'no';
  priorReputation: '' | PriorReputation;
}
export type OverviewField = keyof OverviewValues;
export type OverviewPatch = RequestOf<'cases.update'>['patch'];

export function valuesOf(overview: CaseOverview): OverviewValues {
  return {
    title: overview.title,
    summary: overview.summary,
    status: overview.status,
    industry: overview.industry ?? '',
    region: overview.region ?? '',
    startedOn: dateInputText(overview.startedOn),
    startedApprox: overview.startedApprox,
    endedOn: dateInputText(overview.endedOn),
    endedApprox: overview.endedApprox,
    tags: overview.tags,
    crisisCluster: overview.crisisCluster ?? '',
    crisisType: overview.crisisType ?? '',
    crisisHistory: overview.crisisHistory === null ? '' : overview.crisisHistory ? 'yes' : 'no',
    priorReputation: overview.priorReputation ?? '',
  };
}

/** The patch for one edited field, or the specific reason it cannot be saved as it is. */
export function patchFor<K extends OverviewField>(
  field: K,
  value: OverviewValues[K],
  values: OverviewValues,
): { ok: true; patch: OverviewPatch } | { ok: false; message: string } {
  switch (field) {
    case 'title': {
      const title = value as string;
      return title.trim() === '' ? { ok: false, message: 'A case needs a title.' } : { ok: true, patch: { title } };
    }
    case 'industry':
    case 'region': {
      const text = (value as string).trim();
      return { ok: true, patch: { [field]: text === '' ? null : text } };
    }
    case 'startedOn':
    case 'endedOn': {
      const parsed = parseDateInput(value as string);
      if (!parsed.ok) return { ok: false, message: parsed.message };
      const other = parseDateInput(field === 'startedOn' ? values.endedOn : values.startedOn);
      if (parsed.value !== null && other.ok && other.value !== null) {
        const [start, end] = field === 'startedOn' ? [parsed.value, other.value] : [other.value, parsed.value];
        if (end.slice(0, 10) < start.slice(0, Math.min(10, end.length)))
          return {
            ok: false,
            message:
              field === 'startedOn'
                ? 'The case cannot start after it ended.'
                : 'The case cannot end before it started.',
          };
      }
      return { ok: true, patch: { [field]: parsed.value } };
    }
    case 'crisisCluster':
    case 'crisisType': {
      const text = value as string;
      const patch: OverviewPatch = { [field]: text === '' ? null : text };
      return { ok: true, patch };
    }
    case 'crisisHistory': {
      const answer = value as OverviewValues['crisisHistory'];
      return { ok: true, patch: { crisisHistory: answer === '' ? null : answer === 'yes' } };
    }
    case 'priorReputation': {
      const reputation = value as OverviewValues['priorReputation'];
      return { ok: true, patch: { priorReputation: reputation === '' ? null : reputation } };
    }
    default: {
      const patch: OverviewPatch = { [field]: value };
      return { ok: true, patch };
    }
  }
}

/** What a person would call an edit of these fields, for the undo toast ("Undone: Edit title"). */
export const FIELD_EDIT_LABELS: Record<OverviewField, string> = {
  title: 'Edit title',
  summary: 'Edit summary',
  status: 'Change status',
  industry: 'Edit industry',
  region: 'Edit region',
  startedOn: 'Edit start date',
  startedApprox: 'Change “Approximate” start',
  endedOn: 'Edit end date',
  endedApprox: 'Change “Approximate” end',
  tags: 'Edit tags',
  crisisCluster: 'Change crisis cluster',
  crisisType: 'Change crisis type',
  crisisHistory: 'Change crisis history',
  priorReputation: 'Change prior reputation',
};

/** The stored values of the fields a patch changes: the patch that takes it back. */
export function inversePatch(patch: OverviewPatch, before: CaseOverview): OverviewPatch {
  const inverse: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) inverse[key] = before[key as keyof CaseOverview];
  return inverse;
}

/** The label of an edit made of these patched fields. */
export function editLabel(patch: OverviewPatch): string {
  const keys = Object.keys(patch);
  const field = keys.find((key): key is OverviewField => key in FIELD_EDIT_LABELS && key !== 'crisisType') ?? keys[0];
  if (keys.includes('crisisType')) return FIELD_EDIT_LABELS.crisisType;
  return field && field in FIELD_EDIT_LABELS ? FIELD_EDIT_LABELS[field as OverviewField] : 'Edit overview';
}
