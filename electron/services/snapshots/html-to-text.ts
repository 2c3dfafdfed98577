import { JSDOM } from 'jsdom';

/**
 * The plain text a reader sees in a (sanitized) reader view: one paragraph per block, separated by a blank
 * line; whitespace collapsed as a browser does, except inside <pre>; table cells separated by tabs.
 */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  let line = '';
  const endParagraph = () => {
    const text = line.replace(/[ \t]+$/gm, '').replace(/^\n+|\s+$/g, '');
    if (text !== '') paragraphs.push(text);
    line = '';
  };
  const walk = (node: Node, inPre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      const collapsed = inPre ? value : value.replace(/\s+/g, ' ');
      line += !inPre && (line === '' || /\s$/.test(line)) ? collapsed.replace(/^ /, '') : collapsed;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as Element).localName;
    if (name === 'br') {
      line = line.trimEnd() + '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) endParagraph();
    for (const child of node.childNodes) walk(child, inPre || name === 'pre');
    if (name === 'td' || name === 'th') line = line.trimEnd() + '\t';
    if (block) endParagraph();
  };
  for (const child of JSDOM.fragment(html).childNodes) walk(child, false);
  endParagraph();
  return paragraphs.join('\n\n');
}
