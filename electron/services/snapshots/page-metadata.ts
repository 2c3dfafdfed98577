/**
 * What a page says about itself outside its article: <meta> tags (Open Graph, article:*, Dublin Core,
 * Highwire citation_*), <link rel=canonical>, <html lang> and JSON-LD. Used where Readability leaves a
 * field empty. Must run before Readability, which removes parts of the document.
 */
export interface PageMetadata {
  readonly title: string | null;
  readonly authors: readonly string[];
  readonly publisher: string | null;
  readonly publishedTime: string | null;
  readonly language: string | null;
  readonly canonicalUrl: string | null;
  readonly isNews: boolean;
  readonly isAcademic: boolean;
}

export function readPageMetadata(document: Document): PageMetadata {
  const meta = metaTags(document);
  const first = (...names: string[]): string | null => {
    for (const name of names) {
      const value = meta.get(name)?.[0];
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLdObjects(document);
  const ldArticle = ld.find((item) => typesOf(item).some((type) => /Article|Posting|Report|Blog/i.test(type)));
  const citationAuthors = meta.get('citation_author') ?? meta.get('dc.creator') ?? [];
  const ldAuthors = ldArticle ? namesOf(ldArticle.author) : [];
  const metaAuthor = first('author', 'article:author', 'sailthru.author', 'parsely-author');
  return {
    title: first('citation_title', 'og:title', 'twitter:title', 'dc.title') ?? stringOf(ldArticle?.headline),
    authors:
      citationAuthors.length > 0
        ? citationAuthors
        : ldAuthors.length > 0
          ? ldAuthors
          : metaAuthor && !isUrl(metaAuthor)
            ? [metaAuthor]
            : [],
    publisher:
      first('og:site_name', 'citation_publisher', 'citation_journal_title', 'dc.publisher', 'application-name') ??
      namesOf(ldArticle?.publisher)[0] ??
      null,
    publishedTime:
      stringOf(ldArticle?.datePublished) ??
      first('article:published_time', 'citation_publication_date', 'citation_date', 'dc.date', 'date', 'pubdate'),
    language:
      document.documentElement.getAttribute('lang')?.trim() ||
      first('content-language', 'dc.language', 'og:locale') ||
      stringOf(ldArticle?.inLanguage),
    canonicalUrl: document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim() || first('og:url'),
    isNews:
      (ldArticle !== undefined && typesOf(ldArticle).some((type) => /NewsArticle|Reportage/i.test(type))) ||
      document.querySelector('[itemtype*="schema.org/NewsArticle" i]') !== null ||
      meta.has('news_keywords') ||
      (first('og:type')?.toLowerCase() === 'article' &&
        (meta.has('article:section') || meta.has('og:article:section'))),
    isAcademic:
      meta.has('citation_title') || (ldArticle !== undefined && typesOf(ldArticle).includes('ScholarlyArticle')),
  };
}

/** Every <meta name|property|http-equiv> with content, by lower-case name, in page order. */
function metaTags(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const element of document.querySelectorAll('meta[content]')) {
    const content = element.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['name', 'property', 'http-equiv', 'itemprop']) {
      const name = element.getAttribute(attribute)?.trim().toLowerCase();
      if (name) tags.set(name, [...(tags.get(name) ?? []), content]);
    }
  }
  return tags;
}

type JsonObject = Record<string, unknown>;

function jsonLdObjects(document: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      collectObjects(JSON.parse(script.textContent ?? '') as unknown, objects);
    } catch {
      // A broken JSON-LD block says nothing; the page's other metadata still counts.
    }
  }
  return objects;
}

function collectObjects(value: unknown, into: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into);
  } else if (isObject(value)) {
    into.push(value);
    if (Array.isArray(value['@graph'])) collectObjects(value['@graph'], into);
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(item: JsonObject): string[] {
  const type = item['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function namesOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .map((item) => (isObject(item) ? stringOf(item.name) : stringOf(item)))
    .filter((name): name is string => name !== null && !isUrl(name));
}

function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}
