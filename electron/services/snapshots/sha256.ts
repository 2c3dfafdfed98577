import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of the text's UTF-8 bytes: how a snapshot's html is fingerprinted. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
