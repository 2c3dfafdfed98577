import { bridge } from '../../api.ts';
import { isAllowedLinkUrl } from './link-url.ts';

/** Opens an http, https or mailto link in the system browser or mail client; nothing else is ever opened. */
export function openExternalLink(url: string): void {
  if (!isAllowedLinkUrl(url)) return;
  const opening = bridge().openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK -- window.casebook's method: the main process opens only http/https/mailto (isSafeExternalUrl)
  void opening.catch(() => undefined);
}
