/**
 * Which case versions to keep: every version of the last day, the newest of each day for a month, the newest
 * of each week after that; then, while the total is over the size budget, the oldest versions go first. The
 * newest version of each case is always kept, whatever the budget.
 */

export interface VersionForThinning {
  readonly id: string;
  readonly caseId: string;
  /** Milliseconds since the epoch. */
  readonly createdAt: number;
  readonly byteLength: number;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
const KEEP_ALL_FOR_MS = DAY_MS;
const KEEP_DAILY_FOR_MS = 30 * DAY_MS;

/** The ids of the versions to delete. */
export function versionsToThin(versions: readonly VersionForThinning[], now: number, budgetBytes: number): string[] {
  const byCase = new Map<string, VersionForThinning[]>();
  for (const version of versions) {
    const list = byCase.get(version.caseId) ?? [];
    list.push(version);
    byCase.set(version.caseId, list);
  }
  const drop = new Set<string>();
  const newestOfCase = new Set<string>();
  for (const list of byCase.values()) {
    list.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
    newestOfCase.add(list[0]!.id);
    const seenBuckets = new Set<string>();
    for (const version of list) {
      const age = now - version.createdAt;
      if (age < KEEP_ALL_FOR_MS) continue;
      const bucket =
        age < KEEP_DAILY_FOR_MS ? `day:${dayIndex(version.createdAt)}` : `week:${weekIndex(version.createdAt)}`;
      // The list runs newest first, so the first version seen in a bucket is the one that stays.
      if (seenBuckets.has(bucket) && !newestOfCase.has(version.id)) drop.add(version.id);
      seenBuckets.add(bucket);
    }
  }
  let total = versions.reduce((sum, version) => sum + (drop.has(version.id) ? 0 : version.byteLength), 0);
  if (total > budgetBytes) {
    const oldestFirst = versions
      .filter((version) => !drop.has(version.id) && !newestOfCase.has(version.id))
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
    for (const version of oldestFirst) {
      if (total <= budgetBytes) break;
      drop.add(version.id);
      total -= version.byteLength;
    }
  }
  return [...drop];
}

function dayIndex(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** Weeks counted from Monday 1970-01-05, so a week runs Monday to Sunday (UTC). */
function weekIndex(time: number): number {
  return Math.floor((time - 4 * DAY_MS) / (7 * DAY_MS));
}
