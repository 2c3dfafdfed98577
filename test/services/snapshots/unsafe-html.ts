import { JSDOM } from 'jsdom';

const FORBIDDEN_ELEMENTS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'template',
  'noscript',
  'isindex',
  'keygen',
  'marquee',
  'bgsound',
  'body',
];
const XHTML = 'http://www.w3.org/1999/xhtml';

/** Everything wrong with sanitized html as the snapshot frame would parse it; empty when it is safe. */
export function problemsIn(html: string): string[] {
  const problems: string[] = [];
  if (/<\s*script/i.test(html)) problems.push('contains <script');
  if (/<\s*iframe/i.test(html)) problems.push('contains <iframe');
  const fragment = JSDOM.fragment(html);
  for (const element of fragment.querySelectorAll('*')) {
    if (element.namespaceURI !== XHTML) problems.push(`foreign element ${element.localName}`);
    if (FORBIDDEN_ELEMENTS.includes(element.localName)) problems.push(`element ${element.localName}`);
    for (const attribute of element.attributes) {
      const value = attribute.value.replace(/[\s\u0000-\u001f]+/g, '');
      if (/^on/i.test(attribute.name)) problems.push(`event handler ${attribute.name}`);
      if (/^(?:style|src|srcset|id|name|class|action|formaction|background|data)$/i.test(attribute.name))
        problems.push(`attribute ${attribute.name}`);
      if (/(?:java|vb)script:/i.test(value)) problems.push(`script URL in ${attribute.name}`);
      if (/^data:/i.test(value)) problems.push(`data URL in ${attribute.name}`);
      if (attribute.name === 'href' && !/^(?:https?|mailto):/i.test(value)) problems.push(`href ${value}`);
    }
  }
  return problems;
}

/** The checks acceptance criterion 1 names, on the stored text itself. */
export function rawProblemsIn(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('<script');
  if (/<iframe/i.test(html)) problems.push('<iframe');
  if (/<[^>]*\son\w+\s*=/i.test(html)) problems.push('event handler attribute');
  if (/javascript:/i.test(html)) problems.push('javascript:');
  return problems;
}
