import { useId } from 'react';

/**
 * Hand-written SVG charts. Each is an image with a title and a description summarising it, and
 * carries its data as a visually hidden table, so screen-reader users get the numbers and sighted
 * users the picture. Values are drawn in a fixed viewBox and scale with the container.
 */

export interface Bar {
  readonly label: string;
  /** Drawn length, 0–`max`. */
  readonly value: number;
  /** What the bar says (e.g. "72% of 40"). */
  readonly valueText: string;
  readonly tone?: string;
  readonly lang?: string;
}

interface ChartText {
  readonly title: string;
  readonly desc: string;
  /** Column headers of the hidden data table. */
  readonly columns: readonly [string, string];
}

function DataTable({ text, rows }: { text: ChartText; rows: readonly { label: string; valueText: string; lang?: string }[] }) {
  return (
    // A table ignores `width`/`overflow`, so the hiding wrapper is a div (else it widens the page).
    <div className="visually-hidden">
      <table>
        <caption>{text.title}</caption>
      <thead>
        <tr>
          <th scope="col">{text.columns[0]}</th>
          <th scope="col">{text.columns[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <th scope="row" lang={r.lang}>
              {r.label}
            </th>
            <td>{r.valueText}</td>
          </tr>
        ))}
      </tbody>
      </table>
    </div>
  );
}

/** Horizontal bars with their labels above each bar (reads well at 360 px). */
export function BarChart({ text, bars, max }: { text: ChartText; bars: readonly Bar[]; max: number }) {
  const id = useId();
  const rowH = 34;
  const height = Math.max(rowH, bars.length * rowH);
  return (
    <figure className="chart">
      <svg className="chart__svg" viewBox={`0 0 320 ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-t`}>{text.title}</title>
        <desc id={`${id}-d`}>{text.desc}</desc>
        {bars.map((b, i) => {
          const w = max <= 0 ? 0 : Math.max(0, Math.min(1, b.value / max)) * 220;
          const y = i * rowH;
          return (
            <g key={i} aria-hidden="true">
              <text x="0" y={y + 12} className="chart__label" lang={b.lang}>
                {b.label.length > 44 ? `${b.label.slice(0, 43)}…` : b.label}
              </text>
              <rect x="0" y={y + 17} width="220" height="10" rx="5" className="chart__track" />
              <rect x="0" y={y + 17} width={w} height="10" rx="5" style={b.tone ? { fill: b.tone } : undefined} className="chart__bar" />
              <text x="228" y={y + 27} className="chart__value">
                {b.valueText}
              </text>
            </g>
          );
        })}
      </svg>
      <DataTable text={text} rows={bars} />
    </figure>
  );
}

export interface Point {
  readonly label: string;
  /** 0–1, or null where there is no data (the line breaks there). */
  readonly value: number | null;
  readonly valueText: string;
}

/** A line over evenly spaced points, 0–100 % on the y axis, labels under every other point. */
export function LineChart({ text, points }: { text: ChartText; points: readonly Point[] }) {
  const id = useId();
  const W = 320;
  const H = 160;
  const left = 30;
  const bottom = 128;
  const top = 10;
  const step = points.length > 1 ? (W - left - 24) / (points.length - 1) : 0;
  const xy = (i: number, v: number) => [left + i * step, bottom - v * (bottom - top)] as const;
  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    const [x, y] = xy(i, p.value);
    current += `${current ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <figure className="chart">
      <svg className="chart__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{text.title}</title>
        <desc id={`${id}-d`}>{text.desc}</desc>
        <g aria-hidden="true">
          {[0, 0.5, 1].map((v) => {
            const [, y] = xy(0, v);
            return (
              <g key={v}>
                <line x1={left} x2={W - 10} y1={y} y2={y} className="chart__grid" />
                <text x={left - 4} y={y + 4} className="chart__axis" textAnchor="end">
                  {Math.round(v * 100)}%
                </text>
              </g>
            );
          })}
          {segments.map((d, i) => (
            <path key={i} d={d} className="chart__line" />
          ))}
          {points.map((p, i) => {
            if (p.value === null) return null;
            const [x, y] = xy(i, p.value);
            return <circle key={i} cx={x} cy={y} r="3.5" className="chart__dot" />;
          })}
          {points.map((p, i) =>
            i % 2 === points.length % 2 ? null : (
              <text key={`l${i}`} x={xy(i, 0)[0]} y={H - 14} className="chart__axis" textAnchor="middle">
                {p.label}
              </text>
            ),
          )}
        </g>
      </svg>
      <DataTable text={text} rows={points} />
    </figure>
  );
}
