/**
 * The document a snapshot frame shows: the stored (already sanitized) reader HTML inside a page that
 * carries its own Content-Security-Policy. The frame is sandboxed without allow-scripts, so nothing in it
 * runs; the policy also stops it loading anything but data: images.
 */
export const SNAPSHOT_FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export type SnapshotTheme = 'light' | 'dark';

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function snapshotSrcdoc(options: { html: string; language: string | null; theme: SnapshotTheme }): string {
  const lang =
    options.language !== null && LANGUAGE_TAG.test(options.language)
      ? ` lang="${escapeAttribute(options.language)}"`
      : '';
  return [
    '<!doctype html>',
    `<html${lang} dir="auto" class="snapshot-${options.theme}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(SNAPSHOT_FRAME_CSP)}">`,
    '<meta name="color-scheme" content="light dark">',
    '</head>',
    `<body dir="auto"><main class="snapshot-reader" dir="auto">${options.html}</main></body>`,
    '</html>',
  ].join('');
}

/**
 * The reader stylesheet. The frame inherits the window's policy, which forbids <style> elements, so the
 * parent adopts this as a constructed stylesheet into the frame's document once it has loaded.
 */
export const READER_CSS = `
html { color-scheme: light; background: #fbfaf7; color: #1f2328; }
html.snapshot-dark { color-scheme: dark; background: #1e1f22; color: #e4e4e6; }
body { margin: 0; padding: 28px 24px 48px; }
.snapshot-reader {
  max-width: 42rem; margin: 0 auto;
  /* Latin serifs first (as the window's --font-serif), so a CJK font with full-width quotation marks
     only sets the CJK text. */
  font-family: "Iowan Old Style", Charter, Georgia, Cambria, "Noto Serif", "Liberation Serif", "DejaVu Serif",
    "Times New Roman", "Noto Naskh Arabic", "Noto Serif CJK SC", "Noto Serif CJK TC", "Noto Serif CJK JP",
    "Songti SC", SimSun, serif;
  font-size: 18px; line-height: 1.65; overflow-wrap: break-word;
}
:lang(zh) .snapshot-reader, .snapshot-reader:lang(zh), :lang(ja) .snapshot-reader, :lang(ko) .snapshot-reader {
  line-height: 1.8; letter-spacing: 0.02em;
}
.snapshot-reader h1, .snapshot-reader h2, .snapshot-reader h3 { line-height: 1.25; margin: 1.4em 0 0.5em; }
.snapshot-reader h1 { font-size: 1.7em; }
.snapshot-reader p, .snapshot-reader ul, .snapshot-reader ol, .snapshot-reader blockquote { margin: 0 0 1em; }
.snapshot-reader blockquote { border-inline-start: 3px solid #c9c6bd; padding-inline-start: 1em; color: #4b5058; }
html.snapshot-dark .snapshot-reader blockquote { border-color: #4a4c52; color: #b9bcc2; }
.snapshot-reader a { color: #2158b8; text-decoration: underline; cursor: pointer; }
html.snapshot-dark .snapshot-reader a { color: #8fb3f7; }
.snapshot-reader img { max-width: 100%; height: auto; }
.snapshot-reader pre { white-space: pre-wrap; font-size: 0.85em; }
.snapshot-reader table { border-collapse: collapse; max-width: 100%; }
.snapshot-reader td, .snapshot-reader th { border: 1px solid #d8d6cf; padding: 4px 8px; }
html.snapshot-dark .snapshot-reader td, html.snapshot-dark .snapshot-reader th { border-color: #3d3f44; }
::selection { background: #b4d0fb; color: inherit; }
html.snapshot-dark ::selection { background: #2d4f8a; }
::highlight(snapshot-find) { background-color: #ffe48a; color: #1f2328; }
::highlight(snapshot-find-current) { background-color: #ff9d3b; color: #1f2328; }
mark.snapshot-find { background: #ffe48a; color: #1f2328; }
mark.snapshot-find-current { background: #ff9d3b; }
`;
