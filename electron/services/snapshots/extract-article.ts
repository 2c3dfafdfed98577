import { Readability } from '@mozilla/readability';
import { authorsFromByline } from './byline.ts';
import { languageTag } from './language-tag.ts';
import { readPageMetadata } from './page-metadata.ts';
import { withParsedDocument } from './parse-html.ts';
import { partialDateFromPublished } from './published-date.ts';

export interface ExtractedArticle {
  readonly title: string | null;
  readonly byline: string | null;
  readonly authors: readonly string[];
  readonly publisher: string | null;
  /** A partial date (case-format.md "Dates"). */
  readonly publishedOn: string | null;
  /** A BCP 47 tag. */
  readonly language: string | null;
  readonly dir: 'ltr' | 'rtl' | null;
  readonly excerpt: string | null;
  /** The reader view, NOT yet sanitized. */
  readonly contentHtml: string;
  readonly textContent: string;
  /** The page's own absolute http(s) address for itself (<link rel=canonical>, og:url). */
  readonly canonicalUrl: string | null;
  readonly kind: 'news' | 'academic' | null;
  /** False when Readability found no article and the whole page body was kept. */
  readonly foundArticle: boolean;
}

/**
 * Readability over a jsdom document of the page (with its URL when known, so relative links resolve);
 * where Readability leaves a field empty, the page's <meta> tags and JSON-LD fill it.
 */
export function extractArticle(html: string, url: string | null): ExtractedArticle {
  return withParsedDocument(html, url, (document) => {
    const meta = readPageMetadata(document);
    const canonicalUrl = absoluteHttpUrl(meta.canonicalUrl, url);
    // Without a known address, the page's own (canonical) address is where its relative links point.
    if (url === null && canonicalUrl !== null) {
      const base = document.createElement('base');
      base.setAttribute('href', canonicalUrl);
      document.head.prepend(base);
    }
    const pageTitle = document.title.trim() || null;
    const bodyHtml = document.body?.innerHTML ?? '';
    const bodyText = document.body?.textContent ?? '';
    const article = new Readability(document).parse();
    const byline = clean(article?.byline);
    const authors = byline ? authorsFromByline(byline) : [...meta.authors];
    return {
      title: clean(article?.title) ?? clean(meta.title) ?? pageTitle,
      byline: byline ?? (meta.authors.length > 0 ? meta.authors.join(', ') : null),
      authors,
      publisher: clean(article?.siteName) ?? clean(meta.publisher),
      publishedOn: partialDateFromPublished(article?.publishedTime) ?? partialDateFromPublished(meta.publishedTime),
      language: languageTag(article?.lang) ?? languageTag(meta.language),
      dir: article?.dir === 'rtl' || article?.dir === 'ltr' ? article.dir : null,
      excerpt: clean(article?.excerpt),
      contentHtml: article?.content ?? bodyHtml,
      textContent: article?.textContent ?? bodyText,
      canonicalUrl,
      kind: meta.isAcademic ? 'academic' : meta.isNews ? 'news' : null,
      foundArticle: Boolean(article?.content),
    };
  });
}

function clean(text: string | null | undefined): string | null {
  const trimmed = text?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

/** An absolute http(s) URL (relative ones resolved against base), or null. */
export function absoluteHttpUrl(raw: string | null | undefined, base: string | null): string | null {
  if (!raw?.trim()) return null;
  try {
    const parsed = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
