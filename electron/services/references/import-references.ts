import type { ParsedRequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import { CasebookError, describeZodError } from '../../../shared/contract/result.ts';
import { sourceSchema } from '../../../shared/domain/case-document.ts';
import type { NotebookDb } from '../../store/database.ts';
import { newId, nowTimestamp } from '../../store/ids.ts';
import { findSourceByNormalizedUrl, insertSource } from '../../store/sources.ts';
import { normalizedUrlOf, restoreSource } from '../sources.ts';
import { MAPPED_CSL_FIELDS, sourceOfCslItem } from './csl-mapping.ts';
import { readReferences } from './read-references.ts';
import { detectReferenceFormat, FORMAT_NAMES, type ReferenceFormat } from './reference-formats.ts';

function formatOf(requested: ReferenceFormat | undefined, text: string): ReferenceFormat {
  if (requested !== undefined) return requested;
  const detected = detectReferenceFormat(text);
  if (detected === null)
    throw new CasebookError('invalid-request', 'text: this is not BibTeX, RIS or CSL-JSON (no "@type{", "TY  - " or JSON found).');
  return detected;
}

/**
 * Adds the references of a BibTeX, RIS or CSL-JSON file to the library, in the caller's transaction.
 * A reference whose normalized URL is already in the library (even in the trash, or earlier in the same
 * file) is merged into that source, which keeps its own fields; a reference without a URL is always new.
 * Any invalid reference stops the whole import.
 */
export function importReferences(
  db: NotebookDb,
  request: ParsedRequestOf<'sources.importReferences'>,
): ResponseOf<'sources.importReferences'> {
  const format = formatOf(request.format, request.text);
  const references = readReferences(format, request.text);
  const warnings: string[] = [];
  const unkept = new Map<string, number>();
  const sources: { id: string; title: string }[] = [];
  let merged = 0;
  const at = nowTimestamp();
  for (const { label, item, unkept: unkeptTags } of references) {
    for (const field of [...unkeptTags, ...Object.keys(item).filter((key) => !MAPPED_CSL_FIELDS.has(key))])
      unkept.set(field, (unkept.get(field) ?? 0) + 1);
    const fields = sourceOfCslItem(item, label, warnings);
    if (fields.title === '') {
      warnings.push(`${label}: has no title; not imported.`);
      continue;
    }
    const parsed = sourceSchema.safeParse({ ...fields, id: newId() });
    if (!parsed.success)
      throw new CasebookError('invalid-request', `text: ${FORMAT_NAMES[format]} ${label}: ${describeZodError(parsed.error)}`);
    const { snapshot: _none, ...source } = parsed.data;
    const normalized = normalizedUrlOf(source.url);
    const existing = normalized === null ? undefined : findSourceByNormalizedUrl(db, normalized);
    if (existing) {
      if (existing.deletedAt !== null) restoreSource(db, existing.source.id);
      merged += 1;
      sources.push({ id: existing.source.id, title: existing.source.title });
      continue;
    }
    insertSource(db, source, normalized, at);
    sources.push({ id: source.id, title: source.title });
  }
  if (sources.length === 0) throw new CasebookError('invalid-request', `text: no reference in this ${FORMAT_NAMES[format]} has a title.`);
  if (unkept.size > 0) {
    const list = [...unkept].map(([field, count]) => `${field} (${count})`).join(', ');
    warnings.push(`Casebook keeps no field for these, so they were not imported: ${list}.`);
  }
  return { sources, merged, warnings };
}
