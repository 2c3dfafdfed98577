/** The entries of a parsed patch that were given (zod leaves absent keys out; this also drops undefined). */
export function definedEntries<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
