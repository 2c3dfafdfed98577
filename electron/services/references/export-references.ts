import type { ParsedRequestOf, ResponseOf } from '../../../shared/contract/procedures.ts';
import type { NotebookDb } from '../../store/database.ts';
import { listLiveSources, type SourceFields } from '../../store/sources.ts';
import { readCaseDocument } from '../case-document.ts';
import { invalid } from '../errors.ts';
import { requireLiveSource } from '../sources.ts';
import { formatBiblatex } from './citation-js-bridge.ts';
import type { CslItem } from './csl-item.ts';
import { cslItemOf } from './csl-mapping.ts';
import { formatRis } from './ris.ts';
import type { ReferenceFormat } from './reference-formats.ts';

const PAGE = 500;

function withoutSnapshot(source: SourceFields & { snapshot?: unknown }): SourceFields {
  const { snapshot: _snapshot, ...fields } = source;
  return fields;
}

/** The given sources, a case's cited sources (first citation first), or the whole library by title. */
function sourcesToExport(db: NotebookDb, request: ParsedRequestOf<'sources.exportReferences'>): SourceFields[] {
  if (request.sourceIds !== undefined && request.caseId !== undefined)
    throw invalid('sourceIds', 'give either sourceIds or caseId, not both.');
  if (request.sourceIds !== undefined) return [...new Set(request.sourceIds)].map((id) => withoutSnapshot(requireLiveSource(db, id)));
  if (request.caseId !== undefined) return readCaseDocument(db, request.caseId).sources.map(withoutSnapshot);
  const all: SourceFields[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = listLiveSources(db, { limit: PAGE, offset });
    all.push(...page);
    if (page.length < PAGE) return all;
  }
}

export function formatReferences(format: ReferenceFormat, items: readonly CslItem[]): string {
  if (items.length === 0) return format === 'csl-json' ? '[]\n' : '';
  if (format === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
  if (format === 'ris') return formatRis(items);
  return formatBiblatex(items);
}

export function exportReferences(
  db: NotebookDb,
  request: ParsedRequestOf<'sources.exportReferences'>,
): ResponseOf<'sources.exportReferences'> {
  return { text: formatReferences(request.format, sourcesToExport(db, request).map(cslItemOf)) };
}
