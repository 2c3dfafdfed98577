import type { CaseDocument } from '../../../shared/domain/case-document.ts';

/** A place in the case that cites a source, named as a reader would look for it. */
export interface CitingPlace {
  readonly label: string;
  readonly section: 'narrative' | 'issues' | 'timeline' | 'quotes' | 'facts';
}

function truncated(text: string, length = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** Source ids cited from the narrative's Lexical state (citation nodes carry a sourceId). */
export function narrativeSourceIds(lexical: unknown): Set<string> {
  const ids = new Set<string>();
  const pending: unknown[] = [lexical];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...(node as unknown[]));
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record['type'] === 'citation' && typeof record['sourceId'] === 'string') ids.add(record['sourceId']);
      pending.push(...Object.values(record));
    }
  }
  return ids;
}

/** For each source of the case, the places that cite it, in the order of the case's sections. */
export function whereCited(document: CaseDocument): Map<string, CitingPlace[]> {
  const places = new Map<string, CitingPlace[]>();
  function add(sourceId: string, place: CitingPlace): void {
    const list = places.get(sourceId) ?? [];
    if (!list.some((existing) => existing.label === place.label)) list.push(place);
    places.set(sourceId, list);
  }
  for (const sourceId of narrativeSourceIds(document.narrative.lexical))
    add(sourceId, { label: 'Narrative', section: 'narrative' });
  document.issueRows.forEach((row, index) => {
    for (const { sourceId } of row.citations) add(sourceId, { label: `Row ${index + 1}`, section: 'issues' });
  });
  for (const event of document.events)
    for (const { sourceId } of event.citations)
      add(sourceId, { label: `Event “${truncated(event.title)}”`, section: 'timeline' });
  for (const quote of document.quotes)
    for (const { sourceId } of quote.citations)
      add(sourceId, { label: `Quote “${truncated(quote.text)}”`, section: 'quotes' });
  for (const fact of document.facts)
    for (const { sourceId } of fact.citations)
      add(sourceId, { label: `Fact “${truncated(fact.statement)}”`, section: 'facts' });
  return places;
}
