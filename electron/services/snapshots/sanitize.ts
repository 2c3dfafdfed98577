import createDOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { parseHtmlDocument } from './parse-html.ts';

/**
 * The one sanitizer for HTML that Casebook shows: reader views of captured pages and HTML arriving in a
 * bundle. An allowlist of text and structure elements only: nothing that runs script, loads anything,
 * submits anything or changes how the rest of the page is read (no <base>, <meta>, <link>, <style>, forms,
 * frames, embeds, SVG or MathML). Images are remote resources: each becomes its alt text. Links keep their
 * href only for http, https and mailto.
 */
const ALLOWED_TAGS = [
  'a',
  'abbr',
  'address',
  'article',
  'aside',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
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
  'i',
  'ins',
  'kbd',
  'li',
  'main',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
];
/** Attributes that are never URLs; DOMPurify would otherwise hold their values to ALLOWED_URI_REGEXP. */
const PLAIN_VALUE_ATTR = ['lang', 'dir', 'colspan', 'rowspan', 'datetime', 'scope', 'start', 'reversed', 'abbr'];
const ALLOWED_ATTR = ['href', 'title', ...PLAIN_VALUE_ATTR];
/** Removed with everything inside them (their text is controls, code or fallback noise, not the article). */
const FORBID_CONTENTS = [
  'script',
  'style',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'select',
  'textarea',
  'button',
  'option',
  'datalist',
  'canvas',
  'audio',
  'video',
  'picture',
  'source',
  'track',
  'map',
  'head',
  'title',
  'xmp',
  'plaintext',
  'meta',
  'link',
  'base',
];
const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  FORBID_CONTENTS,
  ADD_URI_SAFE_ATTR: PLAIN_VALUE_ATTR,
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_XML: true,
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
};

let purifier: Purifier | null = null;

function getPurifier(): Purifier {
  if (purifier) return purifier;
  const window = parseHtmlDocument('<!DOCTYPE html><html><body></body></html>', null).window;
  const created = createDOMPurify(window);
  created.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'img' && node.parentNode) {
      const alt = (node as Element).getAttribute('alt')?.trim();
      if (alt) node.parentNode.insertBefore(window.document.createTextNode(alt), node);
    }
  });
  created.addHook('afterSanitizeAttributes', (element) => {
    if (!element.hasAttribute('href')) return;
    if (element.localName !== 'a' || !isSafeLink(element.getAttribute('href') ?? '')) element.removeAttribute('href');
  });
  purifier = created;
  return created;
}

function isSafeLink(href: string): boolean {
  try {
    return SAFE_LINK_PROTOCOLS.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

/** Sanitized HTML (a fragment for a reader view), safe to store and to show in the snapshot frame. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, CONFIG);
}
