/** Size limits every way in shares: the window, the command line and imported bundles. */
export const MAX_TEXT_BYTES = 1_000_000;
export const MAX_NARRATIVE_BYTES = 20_000_000;
export const MAX_SHORT_TEXT_BYTES = 10_000;

/** UTF-8 byte length without relying on TextEncoder, which shared/ code cannot assume. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
