import type { CaseDocument } from '../../../shared/domain/case-document.ts';
import { listCodeOverrides } from '../../store/code-overrides.ts';
import type { NotebookDb } from '../../store/database.ts';

/**
 * Reads the notebook's renamed codes once, and gives each case as a reader of an export should see it: the
 * built-in codes this notebook renamed carry their new labels (as label-only codebook entries, which is where
 * the exporters look labels up). For exports only: a bundle keeps its codebook to the case's own custom codes.
 */
export function withRenamedCodeLabels(db: NotebookDb): (document: CaseDocument) => CaseDocument {
  const overrides = listCodeOverrides(db).filter((override) => override.label !== null);
  return (document) => {
    const renamed = overrides.filter(
      (override) => !document.codebook.some((code) => code.kind === override.kind && code.id === override.id),
    );
    if (renamed.length === 0) return document;
    return {
      ...document,
      codebook: [
        ...document.codebook,
        ...renamed.map((override) => ({
          kind: override.kind,
          id: override.id,
          label: override.label ?? '',
          definition: '',
        })),
      ],
    };
  };
}
