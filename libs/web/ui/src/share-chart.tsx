import { useState, type ReactNode } from 'react';
import { apportionPpm, unitsToPercent, useI18n } from '@kindling/web/util';
import { SHARE_REST_COLOR, shareColor } from './components';

export interface ChartShare {
  key: string;
  label: string;
  /** Parts per million of the whole. */
  ppm: number;
  /** The folded rest of the smaller shares ("n more contributors"): drawn in a neutral colour. */
  rest?: boolean;
}

/**
 * Shares of a whole as one stacked bar plus a legend list. The bar uses the ppm directly, so the picture is
 * exactly the numbers; the legend shows them in 0.01 % rounded by largest remainder (`apportionPpm`), so the
 * shown rows add up to exactly the shown total. Colours go by rank, so neighbours never look alike; the
 * legend names every colour, and hovering or focusing a row marks its part of the bar.
 */
export function ShareChart({ shares, label, renderAction, renderLabel }: { shares: readonly ChartShare[]; label: string; renderAction?: (share: ChartShare) => ReactNode; renderLabel?: (share: ChartShare) => ReactNode }) {
  const { t, formatPercent } = useI18n();
  const [marked, setMarked] = useState<string | null>(null);
  const total = shares.reduce((sum, s) => sum + s.ppm, 0) || 1;
  const units = apportionPpm(shares.map((s) => s.ppm));
  const colors = shares.map((s, i) => (s.rest ? SHARE_REST_COLOR : shareColor(i)));
  const shown = (i: number) => formatPercent(unitsToPercent(units[i]), 2);
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="k-sr-only">{label}</figcaption>
      <div className="k-sharebar" aria-hidden>
        {shares.map((s, i) => (
          <span
            key={s.key}
            className={marked === s.key ? 'k-sharebar__part k-sharebar__part--marked' : 'k-sharebar__part'}
            title={t('credit.barSegment', { name: s.label, value: shown(i) })}
            style={{ width: `${(s.ppm / total) * 100}%`, background: colors[i] }}
          />
        ))}
      </div>
      <ul className="k-sharelist" onMouseLeave={() => setMarked(null)}>
        {shares.map((s, i) => (
          <li key={s.key} onMouseEnter={() => setMarked(s.key)} onFocus={() => setMarked(s.key)} onBlur={() => setMarked(null)} data-share-units={units[i]}>
            <span className="k-swatch" style={{ background: colors[i] }} aria-hidden />
            <span style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>{renderLabel ? renderLabel(s) : s.label}</span>
            <span className="k-num">{shown(i)}</span>
            <span>{renderAction?.(s)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
