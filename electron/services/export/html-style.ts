/** The export's stylesheet: the app's typography (serif narrative, sans-serif furniture) and print rules. */
export const EXPORT_CSS = `
:root {
  --font-sans: -apple-system, BlinkMacSystemFont, 'Segoe UI', 'Inter', Roboto, 'Helvetica Neue', Arial, 'Noto Sans',
    'Noto Sans CJK SC', 'Noto Sans CJK TC', 'Noto Sans CJK JP', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
    'Source Han Sans SC', sans-serif;
  --font-serif: 'Iowan Old Style', 'Charter', Georgia, Cambria, 'Noto Serif', 'Liberation Serif', 'DejaVu Serif',
    'Times New Roman', 'Noto Serif CJK SC', 'Noto Serif CJK TC', 'Noto Serif CJK JP', 'Songti SC', SimSun, serif;
  --text: #1f1f1f; --muted: #6b6b6b; --rule: #dedede; --accent: #2f5d8a;
}
html { color: var(--text); background: #fff; }
body { font-family: var(--font-sans); font-size: 15px; line-height: 1.5; max-width: 46rem; margin: 2.5rem auto; padding: 0 1.5rem; }
h1, h2, h3, h4, h5, h6 { font-family: var(--font-sans); line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 2rem; margin-top: 0; }
h2 { font-size: 1.35rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; }
.summary { font-family: var(--font-serif); font-size: 1.15rem; color: var(--muted); }
.narrative, blockquote, .quote { font-family: var(--font-serif); font-size: 1.08rem; line-height: 1.65; }
blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid var(--rule); }
blockquote.pull-quote { border: none; font-size: 1.35rem; font-style: italic; text-align: center; color: var(--accent); }
.quote footer { font-family: var(--font-sans); font-size: 0.9rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: 0.92rem; }
th, td { border: 1px solid var(--rule); padding: 0.4em 0.55em; text-align: left; vertical-align: top; }
th { background: #f7f7f5; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
dl.fields dt { color: var(--muted); }
dl.fields dd { margin: 0; }
.timeline { list-style: none; padding: 0; }
.timeline li { margin: 0.4em 0; }
.timeline time { font-weight: 600; }
.note, .status { color: var(--muted); font-size: 0.9em; }
img { max-width: 100%; height: auto; }
sup { line-height: 0; }
sup.footnote-ref a { text-decoration: none; }
a { color: var(--accent); }
.bibliography p { padding-left: 2em; text-indent: -2em; margin: 0.4em 0; }
.footnotes { font-size: 0.88rem; border-top: 1px solid var(--rule); margin-top: 2rem; }
li.nested { list-style: none; }
@page { margin: 2cm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  /* The title page holds the title block and overview; the narrative and the bibliography start new pages. */
  section.page-start { break-before: page; page-break-before: always; }
  tr, blockquote, .quote, img, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
}
`;
