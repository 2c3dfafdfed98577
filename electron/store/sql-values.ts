/** Conversions between SQLite's storage classes and entity fields. */
export function toFlag(value: boolean): number {
  return value ? 1 : 0;
}

export function fromFlag(value: number): boolean {
  return value === 1;
}

export function toNullableFlag(value: boolean | null): number | null {
  return value === null ? null : toFlag(value);
}

export function fromNullableFlag(value: number | null): boolean | null {
  return value === null ? null : fromFlag(value);
}

/** A timestamp converted to UTC ISO form, so that timestamps written with any offset sort correctly. */
export function sortableTimestamp(timestamp: string): string {
  return new Date(timestamp).toISOString();
}
