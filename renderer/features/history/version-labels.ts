import type { VersionCounted, VersionReason, VersionSection } from '../../../shared/domain/version-history.ts';

export const REASON_LABELS: Record<VersionReason, string> = {
  pause: 'After a pause in editing',
  switch: 'When another case was opened',
  import: 'Import',
  bulk: 'Before a bulk change',
  'before-restore': 'Before a restore',
  manual: 'Kept by hand',
};

export const SECTION_LABELS: Record<VersionSection, string> = {
  overview: 'Overview',
  narrative: 'Narrative',
  issueRows: 'Issue / response / impact',
  events: 'Timeline',
  actors: 'Actors',
  quotes: 'Quotes',
  facts: 'Facts',
  lessons: 'Lessons',
  sources: 'Sources',
};

const COUNT_NOUNS: Record<VersionCounted, [string, string]> = {
  narrativeWords: ['word', 'words'],
  issueRows: ['row', 'rows'],
  events: ['event', 'events'],
  actors: ['actor', 'actors'],
  quotes: ['quote', 'quotes'],
  facts: ['fact', 'facts'],
  lessons: ['lesson', 'lessons'],
  sources: ['source', 'sources'],
};

function counted(size: number, [one, many]: [string, string]): string {
  return `${size.toLocaleString('en')} ${size === 1 ? one : many}`;
}

/** "198 words · 3 rows · 1 quote · …". */
export function describeCounts(counts: Readonly<Record<VersionCounted, number>>): string {
  return (Object.keys(COUNT_NOUNS) as VersionCounted[])
    .map((key) => counted(counts[key], COUNT_NOUNS[key]))
    .join(' · ');
}

/** "+1 event, −120 words". */
export function describeCountChanges(changes: Readonly<Record<string, number>>): string {
  return Object.entries(changes)
    .filter(([key]) => key in COUNT_NOUNS)
    .map(([key, delta]) => {
      const [one, many] = COUNT_NOUNS[key as VersionCounted];
      const size = Math.abs(delta);
      return `${delta > 0 ? '+' : '−'}${size.toLocaleString('en')} ${size === 1 ? one : many}`;
    })
    .join(', ');
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** "512 B", "3.2 MB", "256 MB" (no ".0"). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 || Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${UNITS[unit]}`;
}

/** "Today 14:05", "Yesterday 09:12", "Mon 17 Nov 2026 18:40". */
export function formatVersionTime(iso: string, now: Date = new Date()): string {
  const time = new Date(iso);
  const clock = time.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (time.getTime() >= startOfToday) return `Today ${clock}`;
  if (time.getTime() >= startOfToday - 24 * 60 * 60 * 1000) return `Yesterday ${clock}`;
  const day = time.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  return `${day} ${clock}`;
}

export const BUDGET_CHOICES = [64, 256, 1024, 4096].map((megabytes) => megabytes * 1024 * 1024);
