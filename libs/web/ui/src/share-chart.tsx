import type { ReactNode } from 'react';
import { useI18n } from '@kindling/web/util';
import { colorFor } from './components';

export interface ChartShare {
  key: string;
  label: string;
  ppm: number;
  percent: number;
}

/**
 * Shares of a whole as one stacked bar plus a legend list. `ppm` are parts per million that add
 * up to 1,000,000; the bar uses them directly so the picture is exactly the numbers.
 */
export function ShareChart({ shares, label, renderAction, renderLabel }: { shares: readonly ChartShare[]; label: string; renderAction?: (share: ChartShare) => ReactNode; renderLabel?: (share: ChartShare) => ReactNode }) {
  const { formatPercent } = useI18n();
  const total = shares.reduce((sum, s) => sum + s.ppm, 0) || 1;
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="k-sr-only">{label}</figcaption>
      <div className="k-sharebar" aria-hidden>
        {shares.map((s) => (
          <span key={s.key} title={`${s.label}: ${formatPercent(s.percent, 2)}`} style={{ width: `${(s.ppm / total) * 100}%`, background: colorFor(s.key) }} />
        ))}
      </div>
      <ul className="k-sharelist">
        {shares.map((s) => (
          <li key={s.key}>
            <span className="k-swatch" style={{ background: colorFor(s.key) }} aria-hidden />
            <span style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>{renderLabel ? renderLabel(s) : s.label}</span>
            <span className="k-num">{formatPercent(s.percent, 2)}</span>
            <span>{renderAction?.(s)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
