import { benchDocument } from './bench-document.tsx';
import './bench-page.css';

interface SerializedNode {
  readonly type: string;
  readonly text?: string;
  readonly tag?: string;
  readonly listType?: string;
  readonly url?: string;
  readonly headerState?: number;
  readonly children?: readonly SerializedNode[];
}

const BLOCK_TAGS: Readonly<Record<string, string>> = {
  paragraph: 'p',
  quote: 'blockquote',
  listitem: 'li',
  table: 'table',
  tablerow: 'tr',
};

/** The same document as plain DOM in one contenteditable element: the browser's own floor, no editor code. */
function elementFor(node: SerializedNode): Node {
  if (node.type === 'text') return document.createTextNode(node.text ?? '');
  let tag = BLOCK_TAGS[node.type] ?? 'span';
  if (node.type === 'heading') tag = node.tag ?? 'h2';
  if (node.type === 'list') tag = node.listType === 'number' ? 'ol' : 'ul';
  if (node.type === 'link') tag = 'a';
  if (node.type === 'tablecell') tag = (node.headerState ?? 0) > 0 ? 'th' : 'td';
  const element = document.createElement(tag);
  if (node.type === 'link' && node.url !== undefined) element.setAttribute('href', node.url);
  const children = node.children ?? [];
  if (node.type === 'table') {
    const body = document.createElement('tbody');
    for (const child of children) body.append(elementFor(child));
    element.append(body);
  } else {
    for (const child of children) element.append(elementFor(child));
  }
  return element;
}

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root.');
const editable = document.createElement('div');
editable.contentEditable = 'true';
editable.setAttribute('role', 'textbox');
editable.setAttribute('aria-multiline', 'true');
editable.setAttribute('aria-label', 'Narrative');
const state = benchDocument() as { root: SerializedNode };
for (const child of state.root.children ?? []) editable.append(elementFor(child));
root.append(editable);
