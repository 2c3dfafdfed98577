import type { Source } from '../../../shared/domain/case-document.ts';
import { call } from '../../api.ts';

/** Sources looked up by citation markers, once per source per window (cleared when sources change). */
const cache = new Map<string, Promise<Source | null>>();

export function lookUpSource(sourceId: string): Promise<Source | null> {
  let entry = cache.get(sourceId);
  if (entry === undefined) {
    entry = call('sources.get', { id: sourceId }).catch(() => null);
    cache.set(sourceId, entry);
  }
  return entry;
}

export function forgetSources(): void {
  cache.clear();
}
