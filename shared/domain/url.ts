/**
 * URL normalization for merging sources: lower-case scheme and host, no default port, no fragment,
 * tracking parameters removed, a lone trailing slash on the path removed. The source keeps its URL as
 * given; only the normalized form is compared.
 */
const TRACKING_PARAMETERS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid', 'yclid',
  '_hsenc', '_hsmi', 'mkt_tok', 'ref_src', 'spm', 'share_source', 'vero_id', 'oly_anon_id', 'oly_enc_id',
  // Share links (YouTube, Spotify: "si"), Google Analytics cross-site and Ads, X, TikTok, LinkedIn, Google Search.
  'si', '_ga', '_gl', 'gad_source', 'twclid', 'ttclid', 'li_fat_id', 'srsltid',
]);

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower);
}

/** Returns the normalized form of an http(s) URL, or null when the text is not an http(s) URL. */
export function normalizeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTrackingParameter(name));
  url.search = '';
  for (const [name, value] of kept) url.searchParams.append(name, value);
  let text = url.toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
    text = text.replace(/\/(\?|$)/, '$1');
  }
  if (url.pathname === '/' && url.search === '') text = text.replace(/\/$/, '');
  return text;
}
