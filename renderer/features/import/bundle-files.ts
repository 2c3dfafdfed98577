import { CASE_FORMAT, NOTEBOOK_FORMAT } from '../../../shared/domain/case-document.ts';

export function isJsonFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.json');
}

/**
 * Reads a .json file's text as a Casebook bundle (a case or a whole notebook); throws a message a person can
 * act on when it is not JSON, or JSON of another kind (CSL-JSON references belong in the source library).
 */
export function parseBundleText(name: string, text: string): unknown {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new Error(`“${name}” is not valid JSON.`);
  }
  const format =
    typeof document === 'object' && document !== null ? (document as { format?: unknown }).format : undefined;
  if (format !== CASE_FORMAT && format !== NOTEBOOK_FORMAT) {
    throw new Error(
      `“${name}” is not a Casebook case or notebook bundle (its "format" is not "${CASE_FORMAT}" or "${NOTEBOOK_FORMAT}"). References in CSL-JSON are imported from the source library.`,
    );
  }
  return document;
}
