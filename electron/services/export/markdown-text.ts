/** Escaping for text placed in Markdown, so a reader sees exactly the characters that were written. */

/** Backslash-escapes the characters that would start Markdown or HTML syntax inside a line. */
export function escapeMarkdownInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`).replace(/&(?=[#a-zA-Z0-9]+;)/g, '&amp;');
}

/** Escapes a line's start so it is not read as a heading, quote, list item or rule. */
export function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+=-]|\d+[.)])/, (_match, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`,
  );
}

/** Heading content: one line, and a closing run of "#" kept as text rather than read as the heading's end. */
export function markdownHeadingText(markdown: string): string {
  return markdown.replace(/\\?\n/g, ' ').replace(/#+\s*$/, (run) => `\\${run}`);
}

/** Text as one escaped Markdown paragraph (line breaks kept as hard breaks). */
export function markdownParagraph(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeLineStart(escapeMarkdownInline(line)))
    .join('\\\n');
}

/** A GFM table cell: pipes escaped, no line breaks (a cell is one line), never empty-looking. */
export function markdownCell(markdown: string): string {
  return markdown
    .replace(/(?<!\\)\|/g, '\\|')
    .replace(/[ \t]*\\?\r?\n\s*/g, '<br>')
    .trim();
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A link destination in angle brackets, so spaces and parentheses cannot end it early. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[<>\s]/g, (character) => encodeURIComponent(character))}>`;
}

/** A YAML scalar that always reads back as the same string. */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}
