import { Island } from './island';

/**
 * A server-rendered horizontal bar chart that reflows to 320 px: each bar is a row with its label
 * and value as text (so nothing depends on reading the bar or its colour), and the bar itself
 * as a small SVG. The figure's caption states the chart's message; its data table follows it.
 */
export type Bar = {
  label: string;
  lang?: string;
  /** Bars of one row, each a series (drawn solid, then hatched). */
  values: { value: number | null; text: string }[];
  /** An optional goal marker (same scale); its text follows the bar's value. */
  goal?: { value: number; text: string } | null;
};

/** The chart as server HTML only: no copy in the page's payload, no hydration (island.tsx). */
export function BarChart(props: Parameters<typeof BarChartView>[0]) {
  return (
    <Island>
      <BarChartView {...props} />
    </Island>
  );
}

function BarChartView({
  id,
  title,
  summary,
  goalNote,
  bars,
  max,
  series,
  tableId,
  tableLink,
}: {
  id: string;
  title: string;
  summary: string;
  /** What the dashed goal line marks, in words (shown with a sample of the line). */
  goalNote?: string;
  bars: Bar[];
  max: number;
  /** Series names for the legend (one per value in each bar). */
  series: string[];
  tableId: string;
  tableLink: string;
}) {
  const pct = (v: number) => `${Math.max(0, Math.min(100, (100 * v) / (max || 1)))}%`;
  return (
    <figure className="bar-chart" id={id} aria-labelledby={`${id}-title`}>
      <figcaption>
        <p className="bar-chart__title" id={`${id}-title`}>
          {title}
        </p>
        <p className="muted">{summary}</p>
        {series.length > 1 ? (
          <ul className="bar-chart__legend">
            {series.map((s, i) => (
              <li key={s}>
                <svg width="24" height="14" aria-hidden="true" focusable="false">
                  <rect
                    x="1"
                    y="1"
                    width="22"
                    height="12"
                    className={i === 0 ? 'bar-chart__bar' : 'bar-chart__bar--alt'}
                  />
                </svg>{' '}
                {s}
              </li>
            ))}
          </ul>
        ) : null}
        {goalNote ? (
          <p className="bar-chart__goal-note">
            <svg width="24" height="14" aria-hidden="true" focusable="false">
              <line x1="12" x2="12" y1="0" y2="14" className="bar-chart__goal" />
            </svg>{' '}
            {goalNote}
          </p>
        ) : null}
        <a href={`#${tableId}`}>{tableLink}</a>
      </figcaption>
      <ul className="bar-chart__rows">
        {bars.map((b) => (
          <li key={b.label}>
            <span className="bar-chart__label" lang={b.lang}>
              {b.label}
            </span>
            {b.values.map((v, i) => (
              <span className="bar-chart__row" key={i}>
                <svg
                  className="bar-chart__svg"
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  {/* Mirrored on right-to-left pages (globals.css): bars grow from the start side. */}
                  <g className="bar-chart__plot">
                    {v.value !== null ? (
                      <rect
                        x="0"
                        y="1"
                        height="8"
                        width={pct(v.value)}
                        className={i === 0 ? 'bar-chart__bar' : 'bar-chart__bar--alt'}
                      />
                    ) : null}
                    {b.goal ? (
                      <line
                        x1={pct(b.goal.value)}
                        x2={pct(b.goal.value)}
                        y1="0"
                        y2="10"
                        className="bar-chart__goal"
                      />
                    ) : null}
                  </g>
                </svg>
                <span className="bar-chart__value">
                  {series.length > 1 ? `${series[i]}: ` : null}
                  {v.text}
                  {b.goal ? ` (${b.goal.text})` : null}
                </span>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </figure>
  );
}
