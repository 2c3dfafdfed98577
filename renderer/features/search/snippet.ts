/** A piece of a search snippet: plain text, or a matched term the service wrapped in « and ». */
export interface SnippetPart {
  readonly text: string;
  readonly matched: boolean;
}

/**
 * Splits a snippet at its « » markers. A marker without its partner is kept as text, so a snippet that
 * quotes a « of its own still reads right.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, matched: boolean): void => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.matched === matched) parts[parts.length - 1] = { text: last.text + text, matched };
    else parts.push({ text, matched });
  };
  let rest = snippet;
  for (;;) {
    const open = rest.indexOf('«');
    const close = open === -1 ? -1 : rest.indexOf('»', open + 1);
    if (open === -1 || close === -1) {
      push(rest, false);
      return parts;
    }
    push(rest.slice(0, open), false);
    push(rest.slice(open + 1, close), true);
    rest = rest.slice(close + 1);
  }
}

/** The first matched term of a snippet (what "find" should look for), or null when nothing is marked. */
export function firstMatchedTerm(snippet: string): string | null {
  return (
    snippetParts(snippet)
      .find((part) => part.matched)
      ?.text.trim() || null
  );
}
