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

/** What the notebook's codebook says about a code, as the pickers need it. */
export interface NotebookCode extends CodeOption {
  readonly kind: 'crisis-type' | 'scct-strategy' | 'benoit-strategy';
  readonly posture: Posture | null;
  readonly family: string | null;
  readonly retired: boolean;
}

const OWN_CODES = 'This notebook’s codes';

function optionOf(code: NotebookCode): CodeOption {
  return { id: code.id, label: code.retired ? `${code.label} (retired)` : code.label, definition: code.definition };
}

/**
 * The notebook's strategies (renamed labels, its own codes) grouped by SCCT posture or Benoit family.
 * Retired codes are left out unless `keep` is one of them: a past coding still shows, marked "(retired)".
 */
export function notebookCodeGroups(
  scheme: CodingScheme,
  codes: readonly NotebookCode[],
  keep: string | null,
): readonly CodeGroup[] {
  const kind = scheme === 'scct' ? 'scct-strategy' : 'benoit-strategy';
  const offered = codes.filter((code) => code.kind === kind && (!code.retired || code.id === keep));
  const groupNames: { key: string; label: string }[] =
    scheme === 'scct'
      ? POSTURES.map((posture) => ({ key: posture, label: POSTURE_LABELS[posture] }))
      : [...new Set(BENOIT_STRATEGIES.map((strategy) => strategy.family))].map((family) => ({
          key: family,
          label: capitalized(family),
        }));
  const groupOf = (code: NotebookCode): string | null => (scheme === 'scct' ? code.posture : code.family);
  const groups: CodeGroup[] = groupNames.map(({ key, label }) => ({
    label,
    options: offered.filter((code) => groupOf(code) === key).map(optionOf),
  }));
  const known = new Set<string>(groupNames.map((group) => group.key));
  const others = offered.filter((code) => {
    const group = groupOf(code);
    return group === null || !known.has(group);
  });
  if (others.length > 0) groups.push({ label: OWN_CODES, options: others.map(optionOf) });
  return groups.filter((group) => group.options.length > 0);
}

/** The code and its group's name in the notebook's codebook, retired or not. */
export function findNotebookCode(
  scheme: CodingScheme,
  codes: readonly NotebookCode[],
  id: string,
): { code: CodeOption; group: string } | undefined {
  for (const group of notebookCodeGroups(scheme, codes, id)) {
    const code = group.options.find((option) => option.id === id);
    if (code) return { code, group: group.label };
  }
  return undefined;
}
