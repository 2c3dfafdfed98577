import { dispatchAppEvent } from '../../app-events.ts';
import { SECTION_OF } from '../evidence/open-item.ts';
import { KIND_ORDER } from '../search/group-hits.ts';
import type { SearchHit } from '../search/group-hits.ts';
import { firstMatchedTerm } from '../search/snippet.ts';
import { findInPage } from '../snapshot/find-in-page.ts';

const CURRENT = 'data-find-current';
const HIGHLIGHT = 'case-find';

type HighlightConstructor = new (...ranges: Range[]) => unknown;

/** The CSS Custom Highlight API where the window has it (Chromium does; jsdom does not). */
function highlightApi(): { registry: Map<string, unknown>; Highlight: HighlightConstructor } | null {
  const view = window as unknown as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: HighlightConstructor };
  const registry = view.CSS?.highlights;
  return registry && view.Highlight ? { registry, Highlight: view.Highlight } : null;
}

/** A case's hits in the order its page shows them: overview, narrative, table, timeline, quotes… */
export function inPageOrder(hits: readonly SearchHit[]): SearchHit[] {
  return hits
    .map((hit, index) => ({ hit, index }))
    .sort((a, b) => KIND_ORDER.indexOf(a.hit.kind) - KIND_ORDER.indexOf(b.hit.kind) || a.index - b.index)
    .map(({ hit }) => hit);
}

/** Takes away the outline of the current hit and the highlighted words. */
export function clearFindMarks(): void {
  for (const element of document.querySelectorAll(`[${CURRENT}]`)) element.removeAttribute(CURRENT);
  highlightApi()?.registry.delete(HIGHLIGHT);
}

function itemElement(itemId: string): HTMLElement | null {
  const quoted = `"${itemId.replace(/["\\]/g, '\\$&')}"`;
  return document.querySelector<HTMLElement>(
    ['data-item-id', 'data-event-id', 'data-lesson-id', 'data-row-id'].map((name) => `[${name}=${quoted}]`).join(', '),
  );
}

function targetOf(hit: SearchHit): HTMLElement | null {
  if (hit.kind === 'narrative') return document.querySelector<HTMLElement>('.case-page [data-lexical-editor="true"]');
  if (hit.kind === 'case') return document.querySelector<HTMLElement>('.case-page [role="tabpanel"]');
  return itemElement(hit.id);
}

/**
 * What to look for in the page: the term the snippet marks, then the words and phrases of the query
 * (without its filters, exclusions and prefix stars).
 */
export function findTerms(hit: SearchHit, query: string): string[] {
  const terms: string[] = [];
  const marked = firstMatchedTerm(hit.snippet);
  if (marked !== null) terms.push(marked);
  for (const [, phrase, word] of query.matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (phrase ?? word ?? '').replace(/\*+$/, '').trim();
    if (term === '' || (word !== undefined && (word.startsWith('-') || word.includes(':')))) continue;
    terms.push(term);
  }
  return terms;
}

/** Highlights the first of `terms` found in text the page shows as text (the narrative); false when none is. */
function highlightWords(root: HTMLElement, terms: readonly string[]): boolean {
  const api = highlightApi();
  if (api === null) return false;
  const found = terms.map((term) => findInPage(root, term)).find((matches) => matches.length > 0) ?? [];
  if (found.length === 0) return false;
  const ranges = found.map((match) => {
    const range = document.createRange();
    range.setStart(match.startNode, match.startOffset);
    range.setEnd(match.endNode, match.endOffset);
    return range;
  });
  api.registry.set(HIGHLIGHT, new api.Highlight(...ranges));
  ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return true;
}

// Each reveal numbers itself, so a slower earlier one never outlines over a later one.
let revealCount = 0;

function outline(target: HTMLElement): void {
  for (const element of document.querySelectorAll(`[${CURRENT}]`)) element.removeAttribute(CURRENT);
  target.setAttribute(CURRENT, '');
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center' });
}

/** The section renders, then (for the narrative) the editor fills in: wait for what to show, a few frames. */
function revealSoon(hit: SearchHit, terms: readonly string[], reveal: number, attempts: number): void {
  if (reveal !== revealCount) return;
  const target = targetOf(hit);
  const words = hit.kind === 'narrative' && highlightApi() !== null && terms.length > 0;
  if (target !== null && words && highlightWords(target, terms)) return;
  if (target === null || words) {
    if (attempts > 0) requestAnimationFrame(() => revealSoon(hit, terms, reveal, attempts - 1));
    else if (target !== null) outline(target);
    return;
  }
  outline(target);
}

/**
 * Shows a hit of the case on screen without taking focus from the find bar: its section, the item
 * outlined and scrolled into view (in the narrative, the matched words highlighted where the browser can).
 */
export function revealHit(hit: SearchHit, query: string): void {
  clearFindMarks();
  const kind = hit.kind === 'source' ? null : hit.kind;
  if (kind === null) return;
  dispatchAppEvent('casebook:jump-to-section', { section: SECTION_OF[kind] });
  revealSoon(hit, findTerms(hit, query), ++revealCount, 30);
}
