import fc from 'fast-check';

type Path = readonly (string | number)[];

/** Every place in a request a mutation can reach (objects and arrays, a few levels deep). */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (out.length > 400 || prefix.length > 7) return out;
  if (Array.isArray(value)) {
    value.slice(0, 6).forEach((item, index) => {
      out.push([...prefix, index]);
      pathsOf(item, [...prefix, index], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsOf(item, [...prefix, key], out);
    }
  }
  return out;
}

/** Values that are wrong in the ways a buggy or hostile caller is wrong. */
function wrongValue(ids: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(null, '', ' ', 0, -1, 1.5, 2 ** 53, -(2 ** 31), true, [], {}, Number.NaN, Number.POSITIVE_INFINITY),
    fc.constantFrom(
      '01ARZ3NDEKTSV4RRFFQ69G5FAV',
      '../../../etc/passwd',
      '<script>alert(1)</script>',
      'javascript:alert(1)',
      '\u0000',
      '\uD800',
      '__proto__',
      '0000-00-00',
      '2026-13-45',
      'x'.repeat(70_000),
      '中'.repeat(5_000),
    ),
    ids.length > 0 ? fc.constantFrom(...ids) : fc.constant('no-ids'),
    fc.string({ maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.anything({ maxDepth: 2, maxKeys: 4 }),
  );
}

function cloneSet(value: unknown, path: Path, replacement: unknown, remove: boolean): unknown {
  if (path.length === 0) return remove ? undefined : replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && remove) copy.splice(Number(head), 1);
    else copy[Number(head)] = cloneSet(copy[Number(head)], rest, replacement, remove);
    return copy;
  }
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (rest.length === 0 && remove) delete copy[String(head)];
    else copy[String(head)] = cloneSet(copy[String(head)], rest, replacement, remove);
    return copy;
  }
  return value;
}

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );
}

/**
 * Requests one or a few steps away from a valid one: a field removed, set to a wrong type or value, an id of
 * the wrong kind or of nothing, an unknown key (`__proto__` included), an array item repeated or dropped.
 */
export function nearValid(valid: Record<string, unknown>, ids: readonly string[]): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  if (paths.length === 0) {
    return fc
      .record({ key: fc.constantFrom('id', 'extra', '__proto__', 'constructor'), value: wrongValue(ids) })
      .map(({ key, value }) => {
        const request: Record<string, unknown> = {};
        Object.defineProperty(request, key, { value, enumerable: true, writable: true, configurable: true });
        return request;
      });
  }
  const step = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), path: fc.constantFrom(...paths), value: wrongValue(ids) }),
    fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...paths) }),
    fc.record({
      kind: fc.constant('extra' as const),
      path: fc.constantFrom<Path>([], ...paths),
      key: fc.constantFrom('extra', '__proto__', 'constructor', 'id'),
      value: wrongValue(ids),
    }),
    fc.record({ kind: fc.constant('repeat' as const), path: fc.constantFrom<Path>([], ...paths) }),
  );
  return fc.array(step, { minLength: 1, maxLength: 3 }).map((steps) =>
    steps.reduce<unknown>((request, change) => {
      switch (change.kind) {
        case 'replace':
          return cloneSet(request, change.path, change.value, false);
        case 'remove':
          return cloneSet(request, change.path, undefined, true);
        case 'extra': {
          const target = getAt(request, change.path);
          if (target === null || typeof target !== 'object' || Array.isArray(target)) return request;
          const copy = { ...(target as Record<string, unknown>) };
          Object.defineProperty(copy, change.key, {
            value: change.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
          return cloneSet(request, change.path, copy, false);
        }
        case 'repeat': {
          const target = getAt(request, change.path);
          if (!Array.isArray(target)) return request;
          return cloneSet(request, change.path, [...target, ...target], false);
        }
      }
    }, valid),
  );
}

/** Every string in a value that looks like an id, to swap between fields (a row's id where a case's belongs). */
export function idsIn(value: unknown): string[] {
  const found = new Set<string>();
  const visit = (node: unknown) => {
    if (typeof node === 'string' && /^[0-9A-Z]{26}$/.test(node)) found.add(node);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(value);
  return [...found];
}
