/**
 * YAML front matter at the very start of a Markdown file ("---" … "---" or "..."), as Casebook's own
 * Markdown export and most note-taking tools write it. Only the title is read from it; the rest is handed on
 * as it is.
 */
export interface FrontMatter {
  /** The front matter's text, without its fences. */
  readonly raw: string;
  readonly title: string | null;
  /** The Markdown after the front matter. */
  readonly body: string;
}

const FENCED = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(markdown: string): FrontMatter | null {
  const match = FENCED.exec(markdown);
  if (!match) return null;
  const raw = match[1]!;
  // Front matter is "key: value" lines; a block that is not is an ordinary thematic break and text.
  if (!/^[A-Za-z_][\w-]*\s*:/m.test(raw)) return null;
  const titleLine = /^title\s*:[ \t]*(.*)$/m.exec(raw);
  return { raw, title: titleLine ? yamlScalar(titleLine[1]!) : null, body: markdown.slice(match[0].length) };
}

/** A one-line YAML scalar: double-quoted (JSON escapes), single-quoted ('' for '), or plain. */
function yamlScalar(text: string): string | null {
  const value = text.trim();
  if (value === '' || value === 'null' || value === '~') return null;
  if (value.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === 'string' ? parsed.trim() || null : null;
    } catch {
      return value.slice(1, value.lastIndexOf('"') > 0 ? value.lastIndexOf('"') : undefined).trim() || null;
    }
  }
  if (value.startsWith("'"))
    return (
      value
        .slice(1, value.endsWith("'") ? -1 : undefined)
        .replace(/''/g, "'")
        .trim() || null
    );
  return value.replace(/\s+#.*$/, '').trim() || null;
}
