import { useId, useState } from 'react';
import type { ComparedCase, CompareEvent } from '../../../shared/contract/compare.ts';
import { EVENT_KINDS, type EventKind } from '../../../shared/domain/case-document.ts';
import { formatPartialDate } from '../../../shared/domain/partial-date.ts';
import { EVENT_KIND_LABELS } from '../timeline/event-kinds.ts';
import { dayScale, EVENT_KIND_SHAPES, formatOffset, OVERLAY } from './overlay-layout.ts';

interface Placed {
  readonly compared: ComparedCase;
  readonly lane: number;
  readonly event: CompareEvent & { offsetDays: number };
}

function describe(placed: Placed): string {
  const { event, compared } = placed;
  const approx = event.approx ? ' (approximate)' : '';
  return `${compared.title}: ${EVENT_KIND_LABELS[event.kind]}, ${event.title}, ${formatPartialDate(event.on)}${approx}, ${formatOffset(event.offsetDays)}`;
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * The cases' confirmed timelines on one axis, each shifted so that its day 0 sits at 0: one lane per case,
 * event kinds marked by shape and colour (with a legend), every event focusable with its description.
 */
export function TimelineOverlay({ cases }: { cases: readonly ComparedCase[] }) {
  const titleId = useId();
  const [active, setActive] = useState<string | null>(null);
  const placed: Placed[] = cases.flatMap((compared, lane) =>
    compared.events.flatMap((event) =>
      event.offsetDays === null ? [] : [{ compared, lane, event: { ...event, offsetDays: event.offsetDays } }],
    ),
  );
  const scale = dayScale(placed.map((entry) => entry.event.offsetDays));
  const nudges = stackNudges(placed, scale.x);
  const laneY = (lane: number) => OVERLAY.top + lane * OVERLAY.laneHeight + OVERLAY.laneHeight / 2;
  const axisY = OVERLAY.top + cases.length * OVERLAY.laneHeight;
  const height = axisY + OVERLAY.axisHeight;
  const kindsShown = EVENT_KINDS.filter((kind) => placed.some((entry) => entry.event.kind === kind));
  const activeEntry = placed.find((entry) => `${entry.compared.id}:${entry.event.id}` === active);
  const withoutEvents = cases.filter((compared) => compared.events.length === 0);

  return (
    <figure className="overlay">
      <figcaption id={titleId} className="overlay-caption">
        Timelines aligned at day 0 (each case’s first trigger, else first allegation, else earliest event)
      </figcaption>
      {placed.length === 0 ? (
        <p className="compare-empty-note">None of these cases has a confirmed timeline event yet.</p>
      ) : (
        <svg
          className="overlay-svg"
          viewBox={`0 0 ${OVERLAY.width} ${height}`}
          role="group"
          aria-labelledby={titleId}
          onMouseLeave={() => setActive(null)}
        >
          <line className="overlay-zero" x1={scale.x(0)} x2={scale.x(0)} y1={OVERLAY.top - 14} y2={axisY} />
          <text className="overlay-zero-label" x={scale.x(0)} y={OVERLAY.top - 18} textAnchor="middle">
            day 0
          </text>
          {cases.map((compared, lane) => (
            <g key={compared.id}>
              <line
                className="overlay-lane"
                x1={OVERLAY.labelWidth}
                x2={OVERLAY.width - OVERLAY.rightPad}
                y1={laneY(lane)}
                y2={laneY(lane)}
              />
              <text className="overlay-lane-label" x={8} y={laneY(lane) + 4}>
                {shorten(compared.title, 26)}
                <title>{compared.title}</title>
              </text>
            </g>
          ))}
          <line
            className="overlay-axis"
            x1={OVERLAY.labelWidth}
            x2={OVERLAY.width - OVERLAY.rightPad}
            y1={axisY}
            y2={axisY}
          />
          {scale.ticks.map((tick) => (
            <g key={tick} className="overlay-tick" aria-hidden="true">
              <line x1={scale.x(tick)} x2={scale.x(tick)} y1={axisY} y2={axisY + 5} />
              <text x={scale.x(tick)} y={axisY + 18} textAnchor="middle">
                {tick === 0 ? '0' : `${tick > 0 ? '+' : '−'}${Math.abs(tick)}`}
              </text>
            </g>
          ))}
          <text className="overlay-axis-label" x={OVERLAY.width - OVERLAY.rightPad} y={axisY + 34} textAnchor="end">
            days from day 0
          </text>
          {placed.map((entry) => {
            const key = `${entry.compared.id}:${entry.event.id}`;
            const x = scale.x(entry.event.offsetDays);
            return (
              <g
                key={key}
                className={`overlay-event kind-${entry.event.kind}${entry.event.approx ? ' is-approx' : ''}`}
                transform={`translate(${x} ${laneY(entry.lane) + (nudges.get(key) ?? 0)})`}
                tabIndex={0}
                role="img"
                aria-label={describe(entry)}
                data-offset-days={entry.event.offsetDays}
                data-x={x}
                onFocus={() => setActive(key)}
                onBlur={() => setActive((current) => (current === key ? null : current))}
                onMouseEnter={() => setActive(key)}
              >
                <title>{describe(entry)}</title>
                <path d={EVENT_KIND_SHAPES[entry.event.kind]} />
              </g>
            );
          })}
          {activeEntry && (
            <Tooltip
              entry={activeEntry}
              x={scale.x(activeEntry.event.offsetDays)}
              y={laneY(activeEntry.lane) + (nudges.get(active ?? '') ?? 0)}
            />
          )}
        </svg>
      )}
      {placed.length > 0 && <Legend kinds={kindsShown} />}
      {withoutEvents.length > 0 && placed.length > 0 && (
        <p className="compare-empty-note">
          No confirmed events yet: {withoutEvents.map((compared) => compared.title).join(', ')}.
        </p>
      )}
      {cases.some((compared) => compared.eventsTruncated) && (
        <p className="compare-empty-note">Long timelines show their first 500 confirmed events.</p>
      )}
    </figure>
  );
}

/** Marks closer than this many units in one lane are drawn above and below each other, not on top. */
const STACK_DISTANCE = 13;
const STACK_OFFSETS = [0, -13, 13];

function stackNudges(placed: readonly Placed[], x: (days: number) => number): Map<string, number> {
  const nudges = new Map<string, number>();
  const byLane = new Map<number, Placed[]>();
  for (const entry of placed) byLane.set(entry.lane, [...(byLane.get(entry.lane) ?? []), entry]);
  for (const entries of byLane.values()) {
    const sorted = [...entries].sort((a, b) => a.event.offsetDays - b.event.offsetDays);
    let groupStart = Number.NEGATIVE_INFINITY;
    let indexInGroup = 0;
    for (const entry of sorted) {
      const at = x(entry.event.offsetDays);
      if (at - groupStart > STACK_DISTANCE) {
        groupStart = at;
        indexInGroup = 0;
      } else indexInGroup += 1;
      nudges.set(`${entry.compared.id}:${entry.event.id}`, STACK_OFFSETS[indexInGroup % STACK_OFFSETS.length] ?? 0);
    }
  }
  return nudges;
}

function Tooltip({ entry, x, y }: { entry: Placed; x: number; y: number }) {
  const lines = [
    shorten(entry.event.title, 48),
    `${EVENT_KIND_LABELS[entry.event.kind]} · ${formatPartialDate(entry.event.on)}${entry.event.approx ? ' (approx.)' : ''} · ${formatOffset(entry.event.offsetDays)}`,
  ];
  const width = Math.max(...lines.map((line) => line.length)) * 6.6 + 16;
  const left = Math.min(Math.max(x - width / 2, 4), OVERLAY.width - width - 4);
  const top = y - 56 < 0 ? y + 14 : y - 56;
  return (
    <g className="overlay-tooltip" aria-hidden="true" pointerEvents="none">
      <rect x={left} y={top} width={width} height={42} rx={6} />
      {lines.map((line, index) => (
        <text key={index} x={left + 8} y={top + 17 + index * 16}>
          {line}
        </text>
      ))}
    </g>
  );
}

function Legend({ kinds }: { kinds: readonly EventKind[] }) {
  return (
    <ul className="overlay-legend" aria-label="Event kinds">
      {kinds.map((kind) => (
        <li key={kind}>
          <svg
            viewBox="-10 -10 20 20"
            width="16"
            height="16"
            aria-hidden="true"
            className={`overlay-event kind-${kind}`}
          >
            <path d={EVENT_KIND_SHAPES[kind]} />
          </svg>
          {EVENT_KIND_LABELS[kind]}
        </li>
      ))}
    </ul>
  );
}
