import { readFileSync } from 'node:fs'; // error: casebook/layer-imports
import path from 'path'; // error: casebook/layer-imports
import type { ReactElement } from 'react';

export function FileName({ file }: { file: string }): ReactElement {
  return <span title={readFileSync(file, 'utf8')}>{path.basename(file)}</span>;
}

export async function loadOs(): Promise<string> {
  const os = await import('node:os'); // error: casebook/layer-imports
  return os.platform();
}
