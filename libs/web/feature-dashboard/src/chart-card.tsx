import type { ReactNode } from 'react';
import { Download } from 'lucide-react';
import { Button, Card, CardTitle } from '@kindling/web/ui';
import { downloadText, toCsv, useI18n } from '@kindling/web/util';

export type Cell = string | number | null;

/** A figure's data: the same rows feed its accessible table and its CSV export. */
export interface FigureData {
  /** Column headings as shown (localised). */
  columns: readonly string[];
  /** Which columns hold numbers (right-aligned). */
  numeric?: readonly number[];
  rows: readonly (readonly ReactNode[])[];
  /** The CSV: stable English column names and raw values, as the API gives them. */
  csv: { filename: string; header: readonly string[]; rows: readonly (readonly Cell[])[] };
}

export function DataTable({ caption, data }: { caption: string; data: FigureData }) {
  const { t } = useI18n();
  const numeric = new Set(data.numeric ?? []);
  if (data.rows.length === 0) return <p className="k-meta">{t('dashboard.noData')}</p>;
  return (
    // focusable: a table wider than a phone scrolls inside its card, by keyboard too
    <div className="k-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="k-table">
        <caption className="k-sr-only">{caption}</caption>
        <thead>
          <tr>
            {data.columns.map((c, i) => (
              <th key={c} scope="col" className={numeric.has(i) ? 'k-num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={numeric.has(i) ? 'k-num' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CsvButton({ data, label }: { data: FigureData; label: string }) {
  const { t } = useI18n();
  return (
    <Button
      size="sm"
      icon={<Download size={16} aria-hidden />}
      aria-label={t('dashboard.csvFor', { figure: label })}
      onClick={() => downloadText(data.csv.filename, toCsv([data.csv.header, ...data.csv.rows]))}
    >
      {t('dashboard.csv')}
    </Button>
  );
}

/**
 * One figure of the dashboard: its title, the chart (or figure itself), and its data as a table — shown, or
 * folded in a <details> when the chart is the figure — with a CSV export of the same rows.
 */
export function ChartCard({ id, title, lead, children, data, tableOpen }: { id: string; title: string; lead?: ReactNode; children?: ReactNode; data: FigureData; tableOpen?: boolean }) {
  const { t } = useI18n();
  return (
    <Card className="k-dash__card" aria-labelledby={`${id}-title`} id={id}>
      <div className="k-dash__head">
        <CardTitle id={`${id}-title`}>{title}</CardTitle>
        <CsvButton data={data} label={title} />
      </div>
      {lead && <p className="k-meta k-dash__lead">{lead}</p>}
      {children}
      {tableOpen ? (
        <DataTable caption={title} data={data} />
      ) : (
        <details className="k-dash__details">
          <summary>{t('dashboard.showData')}</summary>
          <DataTable caption={title} data={data} />
        </details>
      )}
    </Card>
  );
}
