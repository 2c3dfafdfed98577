/** What "Import an article" accepts: Markdown, plain text and saved web pages. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm'] as const;
/** The file chooser also takes Casebook bundles (.json), which import as cases. */
export const ARTICLE_ACCEPT = [...ARTICLE_EXTENSIONS, '.json'].join(',');
/** The most an import reads (the contract's limit on a file). */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export function isArticleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Why a file cannot be imported as an article, or null when it can. */
export function articleFileProblem(file: { readonly name: string; readonly size: number }): string | null {
  if (!isArticleFileName(file.name) && !file.name.toLowerCase().endsWith('.json'))
    return `“${file.name}” is not an article or a case bundle: import .md, .markdown, .txt, .html, .htm or Casebook .json files.`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > MAX_ARTICLE_BYTES)
    return `“${file.name}” is ${(file.size / (1024 * 1024)).toFixed(1)} MB; Casebook imports articles of up to 20 MB. Split it into smaller files.`;
  return null;
}

/** Pasted text reads as Markdown when it carries Markdown's marks (headings, lists, tables, links). */
export function pastedFormat(text: string): 'markdown' | 'text' {
  return /^(#{1,6} |[-*+] |\d+\. |\|.*\||> )|\]\(https?:/m.test(text) ? 'markdown' : 'text';
}
