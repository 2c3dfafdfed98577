import { bridge } from '../../api.ts';
import { isAllowedLinkUrl } from './link-url.ts';

/** Opens an http, https or mailto link in the system browser or mail client; nothing else is ever opened. */
export function openExternalLink(url: string): void {
  if (!isAllowedLinkUrl(url)) return;
  void bridge()
    .openExternal(url)
    .catch(() => undefined);
}
