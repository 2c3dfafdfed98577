import { findInPage } from './find-in-page.ts';
import type { FoundRange } from './find-in-page.ts';

const ALL = 'snapshot-find';
const CURRENT = 'snapshot-find-current';

interface HighlightWindow {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
}

function highlightsOf(
  root: Element,
): { registry: Map<string, unknown>; Highlight: new (...ranges: Range[]) => unknown } | null {
  const view = root.ownerDocument.defaultView as unknown as HighlightWindow | null;
  const registry = view?.CSS?.highlights;
  const Highlight = view?.Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

function unwrapMarks(root: Element): void {
  const marks = root.querySelectorAll(`mark.${ALL}`);
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (parent === null) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

function rangeOf(root: Element, found: FoundRange): Range {
  const range = root.ownerDocument.createRange();
  range.setStart(found.startNode, found.startOffset);
  range.setEnd(found.endNode, found.endOffset);
  return range;
}

function revealRange(range: Range | null): void {
  const element = range?.startContainer.parentElement;
  if (element && typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'center' });
}

/** Wraps each text node a match touches in <mark>, last match first so earlier offsets stay valid. */
function wrapInMarks(root: Element, found: readonly FoundRange[], current: number): Element | null {
  let currentMark: Element | null = null;
  for (let index = found.length - 1; index >= 0; index--) {
    const match = found[index] as FoundRange;
    const range = rangeOf(root, match);
    const walker = root.ownerDocument.createTreeWalker(range.commonAncestorContainer, 4);
    const nodes: Text[] = [];
    if (range.commonAncestorContainer.nodeType === 3) nodes.push(range.commonAncestorContainer as Text);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
      if (range.intersectsNode(node)) nodes.push(node as Text);
    for (const node of nodes.reverse()) {
      const start = node === match.startNode ? match.startOffset : 0;
      const end = node === match.endNode ? match.endOffset : node.data.length;
      if (end <= start) continue;
      const tail = node.splitText(start);
      tail.splitText(end - start);
      const mark = root.ownerDocument.createElement('mark');
      mark.className = index === current ? `${ALL} ${CURRENT}` : ALL;
      tail.parentNode?.insertBefore(mark, tail);
      mark.appendChild(tail);
      if (index === current) currentMark = mark;
    }
  }
  return currentMark;
}

/**
 * Shows every match of `query` under `root`, the `current` one (0-based) set apart and scrolled into
 * view, and answers how many there are. Uses the CSS Custom Highlight API where the root's window has
 * it (the DOM stays untouched); elsewhere wraps matches in <mark> (the root holds a copy, never the
 * stored HTML). An empty query clears everything.
 */
export function highlightMatches(root: Element, query: string, current: number): number {
  const highlights = highlightsOf(root);
  unwrapMarks(root);
  highlights?.registry.delete(ALL);
  highlights?.registry.delete(CURRENT);
  const found = findInPage(root, query);
  if (found.length === 0) return 0;
  const index = ((current % found.length) + found.length) % found.length;
  if (highlights) {
    const ranges = found.map((match) => rangeOf(root, match));
    highlights.registry.set(ALL, new highlights.Highlight(...ranges));
    const currentHighlight = new highlights.Highlight(ranges[index] as Range) as { priority: number };
    currentHighlight.priority = 1;
    highlights.registry.set(CURRENT, currentHighlight);
    revealRange(ranges[index] ?? null);
  } else {
    const mark = wrapInMarks(root, found, index);
    if (mark && typeof mark.scrollIntoView === 'function') mark.scrollIntoView({ block: 'center' });
  }
  return found.length;
}
