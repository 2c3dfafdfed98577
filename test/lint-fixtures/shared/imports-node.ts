import path from 'node:path'; // error: casebook/layer-imports
import { readFileSync } from 'fs'; // error: casebook/layer-imports
import type { Buffer } from 'buffer'; // error: casebook/layer-imports

export function readName(file: string): string {
  return path.basename(file) + readFileSync(file, 'utf8');
}
export type Bytes = Buffer;
