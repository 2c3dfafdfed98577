import { BENOIT_STRATEGIES, POSTURES, SCCT_STRATEGIES } from '../../../shared/domain/codebook.ts';
import type { Posture } from '../../../shared/domain/codebook.ts';

export type CodingScheme = 'scct' | 'benoit';

export interface CodeOption {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
}
export interface CodeGroup {
  readonly label: string;
  readonly options: readonly CodeOption[];
}

/** SCCT's response postures (Coombs), as a reader would name them. */
export const POSTURE_LABELS: Readonly<Record<Posture, string>> = {
  deny: 'Deny',
  diminish: 'Diminish',
  rebuild: 'Rebuild',
  bolster: 'Bolster',
  base: 'Base response: information',
};

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The codebook's strategies grouped by SCCT posture or Benoit family, in the codebook's order. */
export function codeGroups(scheme: CodingScheme): readonly CodeGroup[] {
  if (scheme === 'scct')
    return POSTURES.map((posture) => ({
      label: POSTURE_LABELS[posture],
      options: SCCT_STRATEGIES.filter((strategy) => strategy.posture === posture),
    }));
  const families = [...new Set(BENOIT_STRATEGIES.map((strategy) => strategy.family))];
  return families.map((family) => ({
    label: capitalized(family),
    options: BENOIT_STRATEGIES.filter((strategy) => strategy.family === family),
  }));
}

/** The code and the name of its group, or undefined for an id not in the built-in codebook. */
export function findCode(scheme: CodingScheme, id: string): { code: CodeOption; group: string } | undefined {
  for (const group of codeGroups(scheme)) {
    const code = group.options.find((option) => option.id === id);
    if (code) return { code, group: group.label };
  }
  return undefined;
}

export function codeLabel(scheme: CodingScheme, id: string | null): string | null {
  if (id === null) return null;
  return findCode(scheme, id)?.code.label ?? id;
}
