/**
 * The window's Content-Security-Policy: the same text goes in the built index.html and in every app://
 * response header, and the end-to-end rig serves the renderer under it too. No eval, no inline script,
 * no remote origin, no network connection of any kind. Style attributes are allowed because the editor
 * and virtualized lists position elements with them; <style> elements and remote styles are not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "child-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
