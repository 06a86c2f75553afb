import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { TrendingUp } from 'lucide-react';
import { type CreditHistoryInterval, describeError, retryFor, graphql } from '@kindling/web/data-access';
import { Card, CardTitle, EmptyState, ErrorState, LoadingState, TimeChart } from '@kindling/web/ui';
import { type MessageKey, useI18n } from '@kindling/web/util';

export const creditHistoryQuery = graphql(`
  query PersonCreditHistory($id: ID!, $interval: CreditHistoryInterval!, $periods: Int!) {
    node(id: $id) {
      id
      ... on Person {
        creditHistory(interval: $interval, periods: $periods) {
          start
          end
          total
          authored
          inherited
          pool
          ideas
        }
      }
    }
  }
`);

/** How far back each interval looks: about a year (weeks: a quarter, so the bars stay readable). */
const PERIODS: Record<CreditHistoryInterval, number> = { WEEK: 13, MONTH: 12, QUARTER: 8 };
const INTERVALS = Object.keys(PERIODS) as CreditHistoryInterval[];

/** Own ideas in the brand's ember, the two lineage directions in blue and green (distinct for colour-blind readers too). */
const SERIES = [
  { key: 'authored', color: '#ea580c' },
  { key: 'inherited', color: '#1d4ed8' },
  { key: 'pool', color: '#15803d' },
] as const;

/** The credit a person held at the end of each period, split into where it comes from. */
export function CreditHistoryCard({ personId }: { personId: string }) {
  const { t, formatNumber } = useI18n();
  const [interval, chooseInterval] = useState<CreditHistoryInterval>('MONTH');
  const { data, previousData, loading, error, refetch } = useQuery(creditHistoryQuery, { variables: { id: personId, interval, periods: PERIODS[interval] } });
  const shown = data ?? previousData;
  const points = shown?.node?.__typename === 'Person' ? shown.node.creditHistory : null;
  const formatCredit = (value: number) => formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const now = points?.at(-1);
  const earlier = points && points.length > 1 ? points[points.length - 2] : null;

  return (
    <Card aria-labelledby="credit-history-title">
      <div className="k-row" style={{ justifyContent: 'space-between', alignItems: 'flex-start', flexWrap: 'wrap', gap: 8 }}>
        <CardTitle level={2} id="credit-history-title" icon={<TrendingUp size={18} aria-hidden />}>
          {t('history.title')}
        </CardTitle>
        <div className="k-segmented" role="group" aria-label={t('history.interval')}>
          {INTERVALS.map((value) => (
            <button key={value} type="button" aria-pressed={interval === value} onClick={() => chooseInterval(value)}>
              {t(`history.interval.${value}` as MessageKey)}
            </button>
          ))}
        </div>
      </div>
      <p className="k-meta" style={{ marginTop: 0 }}>
        {t('history.lead')}
      </p>
      {error && !points ? (
        <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
      ) : !points ? (
        <LoadingState lines={4} />
      ) : !now || points.every((p) => p.total === 0) ? (
        <EmptyState title={t('person.noCredit')} />
      ) : (
        <div aria-busy={loading} data-testid="credit-history">
          <p style={{ margin: '0 0 12px' }}>
            <strong className="k-num" data-testid="credit-history-now">
              {formatCredit(now.total)}
            </strong>{' '}
            {t('history.now', { count: now.ideas })}
            {earlier && (
              <span className="k-meta">
                {' · '}
                {t(now.total >= earlier.total ? 'history.up' : 'history.down', { change: formatCredit(Math.abs(now.total - earlier.total)) })}
              </span>
            )}
          </p>
          <TimeChart
            label={t('history.chart')}
            series={SERIES.map((s) => ({ key: s.key, color: s.color, label: t(`history.${s.key}` as MessageKey) }))}
            points={points.map((p) => ({ at: p.end, values: [p.authored, p.inherited, p.pool] }))}
            formatValue={formatCredit}
          />
        </div>
      )}
    </Card>
  );
}
