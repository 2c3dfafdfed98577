/** Where the child asks to be killed; 'random' kills come from the parent's timer instead. */
export const INJECTION_POINTS = ['begin', 'fts', 'commit', 'backup', 'migration'] as const;
export type InjectionPoint = (typeof INJECTION_POINTS)[number];
export type KillKind = InjectionPoint | 'random';

/** One transaction the child announced: the hash of every scope it changed, and whether it acknowledged it. */
export interface Announced {
  readonly tx: number;
  readonly operation: string;
  readonly hashes: Readonly<Record<string, string>>;
}

export type ChildLine =
  | { readonly kind: 'loaded'; readonly ms: number }
  | { readonly kind: 'ready'; readonly schemaVersion: number; readonly ms: number }
  | { readonly kind: 'pending'; readonly announced: Announced }
  | { readonly kind: 'ack'; readonly tx: number }
  | {
      readonly kind: 'refused';
      readonly tx: number;
      readonly operation: string;
      readonly code: string;
      readonly message: string;
    }
  | { readonly kind: 'kill'; readonly point: string }
  | { readonly kind: 'migrating' }
  | { readonly kind: 'migrated'; readonly ms: number; readonly rows: number }
  | { readonly kind: 'done' };

export function parseChildLine(line: string): ChildLine {
  const [word, ...rest] = line.split(' ');
  switch (word) {
    case 'LOADED':
      return { kind: 'loaded', ms: Number(rest[0]) };
    case 'READY':
      return { kind: 'ready', schemaVersion: Number(rest[0]), ms: Number(rest[1]) };
    case 'PENDING': {
      const json = rest.slice(2).join(' ');
      return {
        kind: 'pending',
        announced: {
          tx: Number(rest[0]),
          operation: rest[1] ?? '',
          hashes: JSON.parse(json) as Record<string, string>,
        },
      };
    }
    case 'ACK':
      return { kind: 'ack', tx: Number(rest[0]) };
    case 'REFUSED':
      return {
        kind: 'refused',
        tx: Number(rest[0]),
        operation: rest[1] ?? '',
        code: rest[2] ?? '',
        message: rest.slice(3).join(' '),
      };
    case 'KILL':
      return { kind: 'kill', point: rest[0] ?? '' };
    case 'MIGRATING':
      return { kind: 'migrating' };
    case 'MIGRATED':
      return { kind: 'migrated', ms: Number(rest[0]), rows: Number(rest[1]) };
    case 'DONE':
      return { kind: 'done' };
    default:
      throw new Error(`the torture child printed an unknown line: ${line.slice(0, 200)}`);
  }
}
