import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
let lastTime = -1;
let lastRandom: number[] = [];

/**
 * A ULID ("01J…"): 48-bit millisecond time + 80 random bits, Crockford base 32. Ids made in the same
 * millisecond increase monotonically so they still sort in creation order.
 */
export function newId(now: number = Date.now()): string {
  let random: number[];
  if (now === lastTime) {
    random = incremented(lastRandom);
  } else {
    random = [...randomBytes(16)].map((byte) => byte & 31);
    lastTime = now;
  }
  lastRandom = random;
  let time = '';
  let rest = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD.charAt(rest % 32) + time;
    rest = Math.floor(rest / 32);
  }
  return time + random.map((digit) => CROCKFORD.charAt(digit)).join('');
}

function incremented(digits: readonly number[]): number[] {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    const digit = next[i] ?? 0;
    if (digit < 31) {
      next[i] = digit + 1;
      return next;
    }
    next[i] = 0;
  }
  return next;
}

/** The current time as an ISO 8601 timestamp in UTC, as stored in every created_at/updated_at column. */
export function nowTimestamp(): string {
  return new Date().toISOString();
}
