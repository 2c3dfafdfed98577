/** The only links a narrative may hold: they open in the system browser or mail client. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedLinkUrl(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

export type LinkUrlCheck =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

const LOOKS_LIKE_HOST = /^[\w-]+(\.[\w-]+)+(:\d+)?([/?#].*)?$/;
const LOOKS_LIKE_EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;

/**
 * What a person typed in the link dialog, as a URL to store: "example.com/x" gets https://, a bare
 * e-mail address gets mailto:; anything else must already be an http, https or mailto URL.
 */
export function checkLinkUrl(typed: string): LinkUrlCheck {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: false, message: 'Type a web address (https://…) or an e-mail address.' };
  const candidate = LOOKS_LIKE_EMAIL.test(trimmed)
    ? `mailto:${trimmed}`
    : LOOKS_LIKE_HOST.test(trimmed)
      ? `https://${trimmed}`
      : trimmed;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return {
      ok: false,
      message: `“${trimmed}” is not a web address. Links must start with https://, http:// or mailto:.`,
    };
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol))
    return {
      ok: false,
      message: `Links to “${parsed.protocol}” addresses are not allowed: only https://, http:// and mailto: links.`,
    };
  return { ok: true, url: parsed.href };
}
