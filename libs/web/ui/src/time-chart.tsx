import { useEffect, useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useI18n } from '@kindling/web/util';

export interface TimeSeries {
  key: string;
  label: string;
  color: string;
}

export interface TimePoint {
  /** ISO date-time */
  at: string;
  /** One value per series, in the order of `series`; values are ≥ 0. */
  values: readonly number[];
}

export interface TimeChartProps {
  series: readonly TimeSeries[];
  points: readonly TimePoint[];
  /** Names the chart for assistive technology and captions its data table. */
  label: string;
  formatValue: (value: number) => string;
  height?: number;
}

// Used until the container is measured (and in tests, where jsdom has no ResizeObserver).
const FALLBACK_WIDTH = 640;
const PAD_TOP = 12;
const PAD_RIGHT = 12;
const PAD_BOTTOM = 28;
// Rough widths at the 12 px tick font; good enough to keep labels apart without measuring text.
const CHAR_PX = 7;
const X_LABEL_PX = 96;

/** Round ticks from 0 past `max` in steps of 1, 2 or 5 × 10ⁿ: 3 to 5 ticks, never a zero range. */
function niceTicks(max: number): number[] {
  // All zeros still get an axis; whole numbers survive any formatValue.
  const target = max > 0 ? max : 4;
  const raw = target / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const count = Math.ceil(target / step - 1e-9);
  // toPrecision drops float dust such as 0.30000000000000004
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** First days of the months inside [from, to], thinned to at most `max` on calendar-aligned months (quarters, years …). */
function monthTicks(from: number, to: number, max: number): Date[] {
  const months: Date[] = [];
  const start = new Date(from);
  for (let d = new Date(start.getFullYear(), start.getMonth(), 1); d.getTime() <= to; d = new Date(d.getFullYear(), d.getMonth() + 1, 1)) {
    if (d.getTime() >= from) months.push(d);
  }
  const every = [1, 2, 3, 6, 12, 24, 60, 120].find((k) => Math.ceil(months.length / k) <= max) ?? Math.ceil(months.length / max);
  return months.filter((d) => (d.getFullYear() * 12 + d.getMonth()) % every === 0);
}

// Negative or broken numbers would turn the stack inside out; the contract is ≥ 0.
const clean = (value: number | undefined) => (value !== undefined && Number.isFinite(value) && value > 0 ? value : 0);
const num = (value: number) => value.toFixed(1);

/** Follows the element's width, so the SVG is drawn in real pixels (text stays crisp and unstretched). */
function useWidth(element: Element | null): number {
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry.contentRect.width) || FALLBACK_WIDTH));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/**
 * Values of several series over time as stacked areas (the first series at the bottom) with a line for
 * the total. Pointer or arrow keys show the values at one date; a hidden table carries the same data.
 */
export function TimeChart({ series, points, label, formatValue, height = 220 }: TimeChartProps) {
  const { t, formatDate, intlLocale } = useI18n();
  const [plot, setPlot] = useState<HTMLDivElement | null>(null);
  const width = useWidth(plot);
  const [active, setActive] = useState<{ index: number; by: 'pointer' | 'keyboard' } | null>(null);
  const hintId = useId();
  const monthFormat = useMemo(() => new Intl.DateTimeFormat(intlLocale, { month: 'short', year: 'numeric' }), [intlLocale]);

  // Rows in time order with their running sums: stack[s] is the top of series s.
  const rows = useMemo(
    () =>
      points
        .map((p) => ({ at: p.at, time: Date.parse(p.at), values: series.map((_, s) => clean(p.values[s])) }))
        .filter((row) => Number.isFinite(row.time))
        .sort((a, b) => a.time - b.time)
        .map((row) => {
          let sum = 0;
          const stack = row.values.map((v) => (sum += v));
          return { ...row, stack, total: sum };
        }),
    [points, series],
  );
  if (rows.length === 0) return null;

  const ticks = niceTicks(Math.max(...rows.map((r) => r.total)));
  const yMax = ticks[ticks.length - 1];
  const tickLabels = ticks.map(formatValue);
  const left = Math.min(Math.max(...tickLabels.map((l) => l.length)) * CHAR_PX + 12, width / 3);
  const right = width - PAD_RIGHT;
  const plotWidth = Math.max(right - left, 1);
  const bottom = Math.max(height - PAD_BOTTOM, PAD_TOP + 1);
  const from = rows[0].time;
  const to = rows[rows.length - 1].time;
  const span = to - from;
  const xOf = (time: number) => (span > 0 ? left + ((time - from) / span) * plotWidth : left + plotWidth / 2);
  const yOf = (value: number) => bottom - (value / yMax) * (bottom - PAD_TOP);

  // One point has no width to draw an area over, so it becomes a level band across the plot.
  const columns = span > 0 ? rows.map((r) => ({ x: xOf(r.time), row: r })) : [{ x: left, row: rows[0] }, { x: right, row: rows[0] }];
  const line = (top: (row: (typeof rows)[number]) => number) => columns.map((c, i) => `${i ? 'L' : 'M'}${num(c.x)},${num(yOf(top(c.row)))}`).join('');
  const layers = series.map((s, index) => {
    const top = line((r) => r.stack[index]);
    const base = [...columns].reverse().map((c) => `L${num(c.x)},${num(yOf(index ? c.row.stack[index - 1] : 0))}`).join('');
    return { series: s, top, area: `${top}${base}Z` };
  });
  const totalLine = line((r) => r.total);

  const maxLabels = Math.max(1, Math.floor(plotWidth / X_LABEL_PX));
  const months = span > 0 ? monthTicks(from, to, maxLabels) : [];
  // Spans shorter than two months get their first and last date instead of a lone month name.
  const xLabels =
    months.length >= 2
      ? months.map((d) => ({ x: xOf(d.getTime()), text: monthFormat.format(d) }))
      : (span > 0 && maxLabels >= 2 ? [rows[0], rows[rows.length - 1]] : [rows[0]]).map((r) => ({ x: xOf(r.time), text: formatDate(r.at) }));
  const anchorFor = (x: number) => (x - left < X_LABEL_PX / 2 ? 'start' : right - x < X_LABEL_PX / 2 ? 'end' : 'middle');

  const current = active && active.index < rows.length ? { ...active, row: rows[active.index] } : null;
  const crossX = current ? xOf(current.row.time) : 0;

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    if (!box.width) return;
    const x = ((e.clientX - box.left) / box.width) * width;
    let nearest = 0;
    rows.forEach((r, i) => {
      if (Math.abs(xOf(r.time) - x) < Math.abs(xOf(rows[nearest].time) - x)) nearest = i;
    });
    setActive({ index: nearest, by: 'pointer' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = rows.length - 1;
    const at = current?.index;
    // Before any point is shown, → starts at the first point and ← at the last.
    const moves: Record<string, number> = {
      ArrowRight: at === undefined ? 0 : Math.min(at + 1, last),
      ArrowLeft: at === undefined ? last : Math.max(at - 1, 0),
      Home: 0,
      End: last,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault(); // the keys would otherwise scroll the page
    setActive({ index: next, by: 'keyboard' });
  };

  const summary = (row: (typeof rows)[number]) =>
    [...series.map((s, i) => `${s.label} ${formatValue(row.values[i])}`), `${t('chart.total')} ${formatValue(row.total)}`].join(', ');

  return (
    <figure className="k-timechart">
      <div
        ref={setPlot}
        className="k-timechart__plot"
        role="img"
        aria-label={label}
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
        onPointerMove={onPointerMove}
        onPointerDown={onPointerMove}
        onPointerLeave={() => setActive((a) => (a?.by === 'pointer' ? null : a))}
      >
        <svg width="100%" height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden>
          {ticks.map((tick, i) => (
            <g key={tick}>
              <line className="k-timechart__grid" x1={left} x2={right} y1={yOf(tick)} y2={yOf(tick)} />
              <text className="k-timechart__tick" x={left - 8} y={yOf(tick)} textAnchor="end" dominantBaseline="middle">
                {tickLabels[i]}
              </text>
            </g>
          ))}
          {layers.map((layer) => (
            <g key={layer.series.key}>
              <path d={layer.area} fill={layer.series.color} fillOpacity={0.7} />
              <path d={layer.top} fill="none" stroke={layer.series.color} strokeWidth={1.5} />
            </g>
          ))}
          <path className="k-timechart__total" d={totalLine} />
          {xLabels.map((l) => (
            <text key={l.x} className="k-timechart__tick" x={l.x} y={bottom + 18} textAnchor={anchorFor(l.x)}>
              {l.text}
            </text>
          ))}
          {current && (
            <g>
              <line className="k-timechart__cross" x1={crossX} x2={crossX} y1={PAD_TOP} y2={bottom} />
              {series.map((s, i) => (
                <circle key={s.key} className="k-timechart__dot" cx={crossX} cy={yOf(current.row.stack[i])} r={3.5} fill={s.color} />
              ))}
              <circle className="k-timechart__dot k-timechart__dot--total" cx={crossX} cy={yOf(current.row.total)} r={4} />
            </g>
          )}
        </svg>
        {current && (
          <div
            className="k-timechart__readout"
            data-testid="time-chart-readout"
            // beside the crosshair, on whichever side has more room
            style={{ left: `${(crossX / width) * 100}%`, transform: crossX > width / 2 ? 'translateX(calc(-100% - 12px))' : 'translateX(12px)' }}
          >
            <div className="k-timechart__readout-date">{formatDate(current.row.at)}</div>
            {series.map((s, i) => (
              <div key={s.key} className="k-timechart__readout-row">
                <span className="k-swatch" style={{ background: s.color }} />
                <span>{s.label}</span>
                <span className="k-num">{formatValue(current.row.values[i])}</span>
              </div>
            ))}
            <div className="k-timechart__readout-row k-timechart__readout-total">
              <span />
              <span>{t('chart.total')}</span>
              <span className="k-num">{formatValue(current.row.total)}</span>
            </div>
          </div>
        )}
      </div>
      <p id={hintId} className="k-sr-only">
        {t('chart.keys')}
      </p>
      {/* Announces keyboard moves only: hovering would flood a screen reader. */}
      <p className="k-sr-only" aria-live="polite">
        {current?.by === 'keyboard' ? `${formatDate(current.row.at)}: ${summary(current.row)}` : ''}
      </p>
      <ul className="k-timechart__legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className="k-swatch" style={{ background: s.color }} aria-hidden />
            {s.label}
          </li>
        ))}
      </ul>
      {/* a table is as wide as its cells whatever its own width: the wrapper clips it, so the page never scrolls sideways */}
      <div className="k-sr-only">
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.date')}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
              <th scope="col">{t('chart.total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{formatDate(r.at)}</th>
                {r.values.map((v, s) => (
                  <td key={series[s].key}>{formatValue(v)}</td>
                ))}
                <td>{formatValue(r.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
