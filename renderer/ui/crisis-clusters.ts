import type { CrisisCluster } from '../../shared/domain/codebook.ts';

/** SCCT's three clusters by attributed responsibility. Proposed for shared/domain/codebook.ts. */
export const CLUSTER_INFO: Record<CrisisCluster, { label: string; definition: string }> = {
  victim: {
    label: 'Victim',
    definition: 'The organization is a victim of the crisis too: weak attribution of crisis responsibility.',
  },
  accidental: {
    label: 'Accidental',
    definition:
      'The organization’s actions leading to the crisis were unintentional: minimal attribution of responsibility.',
  },
  preventable: {
    label: 'Preventable',
    definition:
      'The organization knowingly placed people at risk, acted inappropriately or broke a law or regulation: strong attribution of responsibility.',
  },
};
