import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on what it renders; styled in narrative-editor.css. */
export const NARRATIVE_THEME: EditorThemeClasses = {
  paragraph: 'editor-paragraph',
  heading: { h1: 'editor-h1', h2: 'editor-h2', h3: 'editor-h3' },
  quote: 'editor-quote',
  pullQuote: 'editor-pull-quote',
  list: {
    ul: 'editor-ul',
    ol: 'editor-ol',
    listitem: 'editor-li',
    nested: { listitem: 'editor-nested-li' },
  },
  link: 'editor-link',
  text: {
    bold: 'editor-bold',
    italic: 'editor-italic',
    underline: 'editor-underline',
    strikethrough: 'editor-strikethrough',
    underlineStrikethrough: 'editor-underline-strikethrough',
  },
  table: 'editor-table',
  tableRow: 'editor-table-row',
  tableCell: 'editor-table-cell',
  tableCellHeader: 'editor-table-cell-header',
  tableSelection: 'editor-table-selection',
  hr: 'editor-hr',
};
