import createDOMPurify from 'dompurify';
import type { DOMPurify, WindowLike } from 'dompurify';
import { ATTACHMENT_ATTRIBUTE } from '../nodes/ImageNode.tsx';

/**
 * Pasted HTML comes from anywhere (web pages, mail, office suites). Before Lexical imports it, it is
 * reduced to the structure the narrative can hold: no script, style, frames, objects, forms, SVG or
 * MathML, no event handlers, links only to http, https and mailto, and no remote images (only images
 * copied from a narrative, which carry an attachment id and no address, come back).
 */
const ALLOWED_TAGS = [
  'p',
  'br',
  'div',
  'span',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'strike',
  'del',
  'sub',
  'sup',
  'code',
  'mark',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'colgroup',
  'col',
  'img',
];
const ALLOWED_ATTR = ['href', 'title', 'alt', 'colspan', 'rowspan', 'start', 'value', 'style'];
/** The data attributes a narrative's own copy carries (citations, pull quotes, images); others go. */
const ALLOWED_DATA_ATTR = new Set([
  'data-lexical-citation',
  'data-source-id',
  'data-locator',
  'data-pull-quote',
  ATTACHMENT_ATTRIBUTE,
]);
/** Inline styles Lexical turns into text formats; every other declaration (url(), positions…) goes. */
const ALLOWED_STYLES = ['font-weight', 'font-style', 'text-decoration', 'text-decoration-line', 'vertical-align'];
const SAFE_URL = /^(?:https?:|mailto:)/i;

let purifier: DOMPurify | null = null;

function keepSafeStyles(element: Element): void {
  if (!('style' in element) || !element.hasAttribute('style')) return;
  const styled = element as HTMLElement;
  const kept = ALLOWED_STYLES.map((name) => [name, styled.style.getPropertyValue(name)] as const).filter(
    ([, value]) => value !== '' && !/url\s*\(|expression\s*\(/i.test(value),
  );
  styled.removeAttribute('style');
  for (const [name, value] of kept) styled.style.setProperty(name, value);
}

function purifierFor(window: Window): DOMPurify {
  if (purifier !== null) return purifier;
  const instance = createDOMPurify(window as unknown as WindowLike);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const element = node;
    for (const { name } of [...element.attributes])
      if (name.startsWith('data-') && !ALLOWED_DATA_ATTR.has(name)) element.removeAttribute(name);
    keepSafeStyles(element);
    if (element.tagName === 'A') {
      const href = element.getAttribute('href');
      if (href !== null && !SAFE_URL.test(href.trim())) element.removeAttribute('href');
    }
  });
  purifier = instance;
  return instance;
}

/** The pasted HTML as a sanitized fragment, ready for $generateNodesFromDOM. */
export function sanitizePastedHtml(html: string, window: Window = globalThis.window): DocumentFragment {
  const fragment = purifierFor(window).sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: true,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: SAFE_URL,
    RETURN_DOM_FRAGMENT: true,
  });
  for (const image of fragment.querySelectorAll('img')) {
    if (!image.getAttribute(ATTACHMENT_ATTRIBUTE)) image.remove();
    else for (const attribute of ['src', 'srcset']) image.removeAttribute(attribute);
  }
  return fragment;
}
