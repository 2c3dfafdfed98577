import fc from 'fast-check';

/** How a real file goes wrong: bytes flipped, inserted or deleted, cut short, sections repeated or swapped. */
type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly bit: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'duplicate'; readonly at: number; readonly length: number }
  | { readonly kind: 'swap'; readonly a: number; readonly b: number; readonly length: number };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const nasty = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    '\u0000',
    '\uFFFD',
    '\uD800',
    '"',
    '\\',
    '{',
    '}',
    '[',
    ']',
    '<',
    '>',
    '&',
    '|',
    '\n',
    '\r\n',
    '@',
    '%',
    'TY  - ',
    'ER  - ',
    '</',
    '<!--',
    '<script>',
    '\u202E',
    '😀',
    '中',
  ),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, bit: fc.integer({ min: 0, max: 15 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, text: nasty }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 2_000 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: position, b: position, length: fc.integer({ min: 1, max: 500 }) }),
);

function apply(text: string, change: Mutation): string {
  const at = (fraction: number) => Math.floor(fraction * text.length);
  switch (change.kind) {
    case 'flip': {
      const index = Math.min(at(change.at), text.length - 1);
      if (index < 0) return text;
      return (
        text.slice(0, index) + String.fromCharCode(text.charCodeAt(index) ^ (1 << change.bit)) + text.slice(index + 1)
      );
    }
    case 'insert':
      return text.slice(0, at(change.at)) + change.text + text.slice(at(change.at));
    case 'delete':
      return text.slice(0, at(change.at)) + text.slice(at(change.at) + change.length);
    case 'truncate':
      return text.slice(0, at(change.at));
    case 'duplicate': {
      const section = text.slice(at(change.at), at(change.at) + change.length);
      return text.slice(0, at(change.at)) + section + section + text.slice(at(change.at) + change.length);
    }
    case 'swap': {
      const [first, second] = [at(change.a), at(change.b)].sort((x, y) => x - y) as [number, number];
      const length = Math.min(change.length, second - first);
      if (length <= 0) return text;
      return (
        text.slice(0, first) +
        text.slice(second, second + length) +
        text.slice(first + length, second) +
        text.slice(first, first + length) +
        text.slice(second + length)
      );
    }
  }
}

/** A real input with one to five mutations applied. */
export function mutated(original: string): fc.Arbitrary<string> {
  return fc.array(mutation, { minLength: 1, maxLength: 5 }).map((changes) => changes.reduce(apply, original));
}

/** How many runs each property makes: modest in CI, FUZZ_RUNS=5000 for a long hunt. */
export function fuzzRuns(normal: number): number {
  const raised = Number(process.env['FUZZ_RUNS']);
  return Number.isInteger(raised) && raised > 0 ? raised : normal;
}
