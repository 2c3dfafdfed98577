import { useId } from 'react';

export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

const WIDTH = 520;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 54;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * A horizontal bar chart in SVG with its labels and values as text, and the same numbers as a table for
 * screen readers (the drawing is hidden from them: the table says everything it shows).
 */
export function BarChart({ title, bars, unit }: { title: string; bars: readonly Bar[]; unit: string }) {
  const captionId = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * ROW_HEIGHT + 8;
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  return (
    <figure className="dashboard-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="dashboard-chart-title">
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p className="dashboard-empty-note">Nothing to count yet.</p>
      ) : (
        <>
          <svg className="dashboard-bars" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true">
            {bars.map((bar, index) => {
              const y = 4 + index * ROW_HEIGHT;
              const length = Math.max(2, (bar.value / max) * barSpace);
              return (
                <g key={bar.key} data-bar={bar.key}>
                  <text className="dashboard-bar-label" x={LABEL_WIDTH - 8} y={y + 13} textAnchor="end">
                    {shorten(bar.label, 26)}
                  </text>
                  <rect className="dashboard-bar" x={LABEL_WIDTH} y={y} width={length} height={BAR_HEIGHT} rx={3} />
                  <text className="dashboard-bar-value" x={LABEL_WIDTH + length + 6} y={y + 13}>
                    {bar.value.toLocaleString('en')}
                  </text>
                </g>
              );
            })}
          </svg>
          <table className="visually-hidden">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{title.split(' by ')[1] ?? 'Value'}</th>
                <th scope="col">{unit}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar) => (
                <tr key={bar.key}>
                  <th scope="row">{bar.label}</th>
                  <td>{bar.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
