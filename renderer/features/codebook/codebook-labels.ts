import type { CodebookEntry } from '../../../shared/contract/codebook.ts';
import { CLUSTER_INFO } from '../../ui/crisis-clusters.ts';
import { POSTURE_LABELS } from '../coding/codebook-groups.ts';

export const KIND_TITLES: Readonly<Record<CodebookEntry['kind'], string>> = {
  'crisis-type': 'Crisis types',
  'scct-strategy': 'SCCT response strategies',
  'benoit-strategy': 'Benoit image repair strategies',
};

export const KIND_SINGULAR: Readonly<Record<CodebookEntry['kind'], string>> = {
  'crisis-type': 'Crisis type',
  'scct-strategy': 'SCCT response strategy',
  'benoit-strategy': 'Benoit strategy',
};

export const CODE_KIND_ORDER: readonly CodebookEntry['kind'][] = ['crisis-type', 'scct-strategy', 'benoit-strategy'];

/** Where a code sits in its scheme: the cluster of a crisis type, the posture of an SCCT strategy, the family of a Benoit one. */
export function codePlace(code: CodebookEntry): string | null {
  if (code.cluster) return `${CLUSTER_INFO[code.cluster].label} cluster`;
  if (code.posture) return `${POSTURE_LABELS[code.posture]} posture`;
  if (code.family) return `Family: ${code.family}`;
  return null;
}

export function usesText(uses: number, kind: CodebookEntry['kind']): string {
  const noun = kind === 'crisis-type' ? 'case' : 'item';
  return uses === 0 ? `No ${noun}s use it` : `${uses} ${noun}${uses === 1 ? '' : 's'}`;
}
