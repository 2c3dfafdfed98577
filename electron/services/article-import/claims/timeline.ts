/**
 * Dated list items under a "Timeline" heading are the author's own chronology: each becomes one event.
 * A date in the prose that such an item already covers — the same day, or the same month when the prose
 * date is only month-precise — adds no second event.
 */

const TIMELINE_HEADING = /\b(?:timeline|chronology|key dates|sequence of events|what happened when)\b/i;

export function isTimelineSection(section: string | null): boolean {
  return section !== null && TIMELINE_HEADING.test(section);
}

/** True when an event on `proseOn` is already represented by one of the timeline's dates. */
export function coveredByTimeline(proseOn: string, timelineDates: readonly string[]): boolean {
  return timelineDates.some((on) => on === proseOn || (proseOn.length === 7 && on.startsWith(`${proseOn}-`)));
}
