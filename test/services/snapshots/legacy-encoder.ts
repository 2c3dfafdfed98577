/**
 * Node can decode legacy charsets (TextDecoder, full ICU) but not encode them. An encoder is the decoder
 * inverted: decode every one- and two-byte sequence once and remember which bytes gave which character.
 */
const encoders = new Map<string, Map<string, number[]>>();

function tableFor(encoding: string): Map<string, number[]> {
  const cached = encoders.get(encoding);
  if (cached) return cached;
  const decoder = new TextDecoder(encoding, { fatal: true });
  const table = new Map<string, number[]>();
  const learn = (bytes: number[]) => {
    try {
      const char = decoder.decode(new Uint8Array(bytes));
      if ([...char].length === 1 && !table.has(char)) table.set(char, bytes);
    } catch {
      // not a character in this encoding
    }
  };
  for (let byte = 0; byte < 256; byte++) learn([byte]);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) learn([lead, trail]);
  }
  encoders.set(encoding, table);
  return table;
}

export function encodeAs(encoding: string, text: string): Uint8Array {
  const table = tableFor(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const encoded = table.get(char);
    if (!encoded) throw new Error(`${JSON.stringify(char)} has no ${encoding} encoding`);
    bytes.push(...encoded);
  }
  return new Uint8Array(bytes);
}

/** Characters this encoding can write, for generated text. */
export function repertoire(encoding: string): string[] {
  return [...tableFor(encoding).keys()].filter((char) => char.codePointAt(0)! >= 0x20);
}
