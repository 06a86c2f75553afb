import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ShieldAlert } from 'lucide-react';
import { describeError, retryFor, graphql, useViewer, type DashboardQuery, type MetricsPeriod } from '@kindling/web/data-access';
import { DepartmentFilter } from '@kindling/web/ideas';
import { Card, EmptyState, ErrorState, Field, LoadingState, PageHeader, Select } from '@kindling/web/ui';
import { useDocumentTitle, useI18n, type MessageKey } from '@kindling/web/util';
import { ChartCard, type FigureData } from './chart-card';

export const dashboardQuery = graphql(`
  query Dashboard($period: MetricsPeriod!, $departmentId: ID) {
    reviewMetrics(period: $period, departmentId: $departmentId) {
      promiseDays
      interval
      firstResponse {
        ...ResponseTimes_times
      }
      byDepartment {
        department {
          id
          name
        }
        times {
          ...ResponseTimes_times
        }
      }
      byReviewer {
        reviewer {
          id
          name
        }
        answered
        medianHours
        p90Hours
        answeredInTime
      }
      overTime {
        start
        times {
          ...ResponseTimes_times
        }
      }
      queue {
        count
        oldestWaitingHours
        bands {
          band
          fromDays
          toDays
          count
        }
      }
    }
    siloMap(period: $period) {
      interval
      buildOns
      crossDepartment
      crossDepartmentShare
      departments {
        id
        name
      }
      cells {
        from {
          id
        }
        to {
          id
        }
        count
      }
      overTime {
        start
        buildOns
        crossDepartment
        crossDepartmentShare
      }
    }
  }
`);

graphql(`
  fragment ResponseTimes_times on ResponseTimes {
    ideas
    answered
    medianHours
    p90Hours
    due
    answeredInTime
    withinPromiseShare
  }
`);

type Metrics = DashboardQuery['reviewMetrics'];
type Silo = DashboardQuery['siloMap'];

const PERIODS: readonly MetricsPeriod[] = ['LAST_30_DAYS', 'LAST_90_DAYS', 'LAST_365_DAYS', 'ALL_TIME'];
const DEFAULT_PERIOD: MetricsPeriod = 'LAST_365_DAYS';
const MEDIAN_COLOR = '#c2410c';
const P90_COLOR = '#1d4ed8';
const CROSS_COLOR = '#15803d';
const CHART_HEIGHT = 240;

/** Leadership's dashboard: how fast reviewers answer against the promise, and whose ideas each department builds on. */
export function DashboardPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  useDocumentTitle(t('dashboard.title'));
  const [params, setParams] = useSearchParams();
  const period = (PERIODS as readonly string[]).includes(params.get('period') ?? '') ? (params.get('period') as MetricsPeriod) : DEFAULT_PERIOD;
  const departmentId = params.get('dept') ?? '';
  const allowed = viewer?.role === 'REVIEWER' || viewer?.role === 'ADMIN';
  const { data, error, loading, refetch } = useQuery(dashboardQuery, { variables: { period, departmentId: departmentId || null }, skip: !allowed });

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  if (!allowed)
    return (
      <Card>
        <EmptyState title={t('dashboard.forbidden')} icon={<ShieldAlert size={40} aria-hidden />}>
          {t('dashboard.forbiddenText')}
        </EmptyState>
      </Card>
    );

  return (
    <div className="k-dash">
      <PageHeader title={t('dashboard.title')} lead={t('dashboard.lead')} />
      <div className="k-card k-board-filters">
        <Field id="dash-period" label={t('dashboard.period')}>
          <Select id="dash-period" value={period} onChange={(e) => set('period', e.target.value === DEFAULT_PERIOD ? '' : e.target.value)}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`dashboard.period.${p}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
        <DepartmentFilter id="dash-dept" value={departmentId} onChange={(dept) => set('dept', dept)} />
      </div>
      {error && !data ? (
        <Card>
          <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
        </Card>
      ) : !data || loading ? (
        <Card>
          <LoadingState lines={8} />
        </Card>
      ) : (
        <>
          <h2 className="k-dash__section">{t('dashboard.responses')}</h2>
          <div className="k-dash__grid">
            <PromiseFigure metrics={data.reviewMetrics} />
            <QueueFigure metrics={data.reviewMetrics} />
          </div>
          <ResponseOverTime metrics={data.reviewMetrics} />
          <div className="k-dash__grid">
            <ByDepartment metrics={data.reviewMetrics} />
            <ByReviewer metrics={data.reviewMetrics} />
          </div>
          <h2 className="k-dash__section">{t('dashboard.silos')}</h2>
          <SiloMatrix silo={data.siloMap} />
          <CrossOverTime silo={data.siloMap} />
        </>
      )}
    </div>
  );
}

type Times = { ideas: number; answered: number; medianHours?: number | null; p90Hours?: number | null; due: number; answeredInTime: number; withinPromiseShare?: number | null };

/** The fragment's fields, typed loosely: every figure reads the same seven numbers. */
function times(value: unknown): Times {
  return value as Times;
}

function useFormat() {
  const i18n = useI18n();
  const days = (hours: number | null | undefined) => (hours == null ? '–' : i18n.formatNumber(hours / 24, { maximumFractionDigits: 1 }));
  const share = (value: number | null | undefined) => (value == null ? '–' : i18n.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 }));
  const bucket = (start: string, interval: string) =>
    new Intl.DateTimeFormat(i18n.intlLocale, interval === 'WEEK' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(start));
  return { ...i18n, days, share, bucket };
}

function PromiseFigure({ metrics }: { metrics: Metrics }) {
  const { t, share, formatNumber } = useFormat();
  const overall = times(metrics.firstResponse);
  const data: FigureData = {
    columns: [t('dashboard.figure'), t('dashboard.value')],
    numeric: [1],
    rows: [
      [t('dashboard.withinPromise'), share(overall.withinPromiseShare)],
      [t('dashboard.answeredInTime'), formatNumber(overall.answeredInTime)],
      [t('dashboard.due'), formatNumber(overall.due)],
      [t('dashboard.ideas'), formatNumber(overall.ideas)],
      [t('dashboard.answered'), formatNumber(overall.answered)],
    ],
    csv: {
      filename: 'kindling-response-promise.csv',
      header: ['promise_days', 'ideas', 'answered', 'due', 'answered_in_time', 'within_promise_share', 'median_hours', 'p90_hours'],
      rows: [[metrics.promiseDays, overall.ideas, overall.answered, overall.due, overall.answeredInTime, overall.withinPromiseShare ?? null, overall.medianHours ?? null, overall.p90Hours ?? null]],
    },
  };
  return (
    <ChartCard id="dash-promise" title={t('dashboard.promise', { days: metrics.promiseDays })} data={data}>
      <p className="k-dash__big" data-testid="within-promise">
        {share(overall.withinPromiseShare)}
      </p>
      <p className="k-meta">{t('dashboard.promiseCounts', { inTime: overall.answeredInTime, due: overall.due, days: metrics.promiseDays })}</p>
    </ChartCard>
  );
}

function QueueFigure({ metrics }: { metrics: Metrics }) {
  const { t, formatNumber, days } = useFormat();
  const bands = metrics.queue.bands.map((b) => ({ ...b, label: t(`dashboard.band.${b.band}` as MessageKey, { from: b.fromDays, to: b.toDays ?? 0 }) }));
  const data: FigureData = {
    columns: [t('dashboard.band'), t('dashboard.waiting')],
    numeric: [1],
    rows: bands.map((b) => [b.label, formatNumber(b.count)]),
    csv: { filename: 'kindling-queue-age.csv', header: ['band', 'from_days', 'to_days', 'ideas'], rows: metrics.queue.bands.map((b) => [b.band, b.fromDays, b.toDays ?? null, b.count]) },
  };
  return (
    <ChartCard
      id="dash-queue"
      title={t('dashboard.queue')}
      lead={t('dashboard.queueLead', { count: metrics.queue.count, oldest: days(metrics.queue.oldestWaitingHours) })}
      data={data}
    >
      <ResponsiveContainer width="100%" height={180}>
        <BarChart data={bands} layout="vertical" margin={{ left: 8, right: 16 }} title={t('dashboard.queue')}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="count" name={t('dashboard.waiting')} fill={MEDIAN_COLOR} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

function ResponseOverTime({ metrics }: { metrics: Metrics }) {
  const { t, days, bucket, formatNumber } = useFormat();
  const points = metrics.overTime.map((b) => {
    const x = times(b.times);
    return { label: bucket(b.start, metrics.interval), start: b.start, median: x.medianHours == null ? null : x.medianHours / 24, p90: x.p90Hours == null ? null : x.p90Hours / 24, x };
  });
  const data: FigureData = {
    columns: [t(metrics.interval === 'WEEK' ? 'dashboard.week' : 'dashboard.month'), t('dashboard.ideas'), t('dashboard.answered'), t('dashboard.medianDays'), t('dashboard.p90Days')],
    numeric: [1, 2, 3, 4],
    rows: points.map((p) => [p.label, formatNumber(p.x.ideas), formatNumber(p.x.answered), days(p.x.medianHours), days(p.x.p90Hours)]),
    csv: {
      filename: 'kindling-response-times-over-time.csv',
      header: ['start', 'ideas', 'answered', 'median_hours', 'p90_hours', 'due', 'answered_in_time'],
      rows: points.map((p) => [p.start, p.x.ideas, p.x.answered, p.x.medianHours ?? null, p.x.p90Hours ?? null, p.x.due, p.x.answeredInTime]),
    },
  };
  return (
    <ChartCard id="dash-over-time" title={t('dashboard.overTime')} lead={t('dashboard.overTimeLead')} data={data}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={points} margin={{ left: 0, right: 16, top: 8 }} title={t('dashboard.overTime')}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
          <YAxis tick={{ fontSize: 12 }} width={40} />
          <Tooltip formatter={(value) => days(Number(value) * 24)} />
          <Legend />
          <Line type="monotone" dataKey="median" name={t('dashboard.medianDays')} stroke={MEDIAN_COLOR} strokeWidth={2} connectNulls dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="p90" name={t('dashboard.p90Days')} stroke={P90_COLOR} strokeWidth={2} strokeDasharray="6 3" connectNulls dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

function ByDepartment({ metrics }: { metrics: Metrics }) {
  const { t, days, share, formatNumber } = useFormat();
  const rows = metrics.byDepartment.map((d) => ({ name: d.department.name, x: times(d.times) }));
  // a department nobody answered yet gets no bar, not a zero one
  const bars = rows.map((r) => ({ name: r.name, median: r.x.medianHours == null ? null : r.x.medianHours / 24, p90: r.x.p90Hours == null ? null : r.x.p90Hours / 24 }));
  const data: FigureData = {
    columns: [t('dashboard.department'), t('dashboard.ideas'), t('dashboard.answered'), t('dashboard.medianDays'), t('dashboard.p90Days'), t('dashboard.withinPromise')],
    numeric: [1, 2, 3, 4, 5],
    rows: rows.map((r) => [r.name, formatNumber(r.x.ideas), formatNumber(r.x.answered), days(r.x.medianHours), days(r.x.p90Hours), share(r.x.withinPromiseShare)]),
    csv: {
      filename: 'kindling-response-times-by-department.csv',
      header: ['department', 'ideas', 'answered', 'median_hours', 'p90_hours', 'due', 'answered_in_time', 'within_promise_share'],
      rows: rows.map((r) => [r.name, r.x.ideas, r.x.answered, r.x.medianHours ?? null, r.x.p90Hours ?? null, r.x.due, r.x.answeredInTime, r.x.withinPromiseShare ?? null]),
    },
  };
  return (
    <ChartCard id="dash-departments" title={t('dashboard.byDepartment')} lead={t('dashboard.byDepartmentLead')} data={data}>
      {/* one row per department, names beside their bars: long names stay readable on a phone */}
      <ResponsiveContainer width="100%" height={60 + 36 * bars.length}>
        <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 16, top: 8 }} title={t('dashboard.byDepartment')}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => days(Number(value) * 24)} />
          <Legend />
          <Bar dataKey="median" name={t('dashboard.medianDays')} fill={MEDIAN_COLOR} isAnimationActive={false} />
          <Bar dataKey="p90" name={t('dashboard.p90Days')} fill={P90_COLOR} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

function ByReviewer({ metrics }: { metrics: Metrics }) {
  const { t, days, formatNumber } = useFormat();
  const data: FigureData = {
    columns: [t('dashboard.reviewer'), t('dashboard.answered'), t('dashboard.medianDays'), t('dashboard.p90Days'), t('dashboard.answeredInTime')],
    numeric: [1, 2, 3, 4],
    rows: metrics.byReviewer.map((r) => [r.reviewer.name, formatNumber(r.answered), days(r.medianHours), days(r.p90Hours), formatNumber(r.answeredInTime)]),
    csv: {
      filename: 'kindling-response-times-by-reviewer.csv',
      header: ['reviewer_id', 'reviewer', 'answered', 'median_hours', 'p90_hours', 'answered_in_time'],
      rows: metrics.byReviewer.map((r) => [r.reviewer.id, r.reviewer.name, r.answered, r.medianHours, r.p90Hours, r.answeredInTime]),
    },
  };
  return <ChartCard id="dash-reviewers" title={t('dashboard.byReviewer')} lead={t('dashboard.byReviewerLead')} data={data} tableOpen />;
}

function SiloMatrix({ silo }: { silo: Silo }) {
  const { t, formatNumber, share } = useFormat();
  const count = new Map(silo.cells.map((c) => [`${c.from.id}→${c.to.id}`, c.count]));
  const max = Math.max(1, ...silo.cells.map((c) => c.count));
  const names = new Map(silo.departments.map((d) => [d.id, d.name]));
  const data: FigureData = {
    columns: [t('dashboard.from'), t('dashboard.to'), t('dashboard.buildOns')],
    numeric: [2],
    rows: silo.cells.map((c) => [names.get(c.from.id), names.get(c.to.id), formatNumber(c.count)]),
    csv: { filename: 'kindling-silo-map.csv', header: ['from_department', 'to_department', 'build_ons'], rows: silo.cells.map((c) => [names.get(c.from.id) ?? '', names.get(c.to.id) ?? '', c.count]) },
  };
  return (
    <ChartCard
      id="dash-silo"
      title={t('dashboard.siloMap')}
      lead={t('dashboard.siloLead', { share: share(silo.crossDepartmentShare), cross: silo.crossDepartment, total: silo.buildOns })}
      data={data}
    >
      <div className="k-table-wrap" tabIndex={0} role="region" aria-label={t('dashboard.siloMap')}>
        <table className="k-table k-silo">
          <caption className="k-sr-only">{t('dashboard.siloCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.fromTo')}</th>
              {silo.departments.map((d) => (
                <th key={d.id} scope="col" className="k-num">
                  {d.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {silo.departments.map((from) => (
              <tr key={from.id}>
                <th scope="row">{from.name}</th>
                {silo.departments.map((to) => {
                  const n = count.get(`${from.id}→${to.id}`) ?? 0;
                  const strength = n / max;
                  return (
                    <td
                      key={to.id}
                      className={`k-num k-silo__cell${from.id === to.id ? ' k-silo__cell--own' : ''}`}
                      // darker means more build-ons; at most 70 % of the accent, so the dark text keeps its contrast
                      style={{ background: n ? `rgb(194 65 12 / ${Math.round(10 + strength * 60)}%)` : undefined }}
                    >
                      {formatNumber(n)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="k-meta">{t('dashboard.siloLegend')}</p>
    </ChartCard>
  );
}

function CrossOverTime({ silo }: { silo: Silo }) {
  const { t, share, bucket, formatNumber } = useFormat();
  const points = silo.overTime.map((b) => ({ label: bucket(b.start, silo.interval), share: b.crossDepartmentShare == null ? null : b.crossDepartmentShare * 100, b }));
  const data: FigureData = {
    columns: [t(silo.interval === 'WEEK' ? 'dashboard.week' : 'dashboard.month'), t('dashboard.buildOns'), t('dashboard.crossDepartment'), t('dashboard.crossShare')],
    numeric: [1, 2, 3],
    rows: points.map((p) => [p.label, formatNumber(p.b.buildOns), formatNumber(p.b.crossDepartment), share(p.b.crossDepartmentShare)]),
    csv: {
      filename: 'kindling-cross-department-over-time.csv',
      header: ['start', 'build_ons', 'cross_department', 'cross_department_share'],
      rows: points.map((p) => [p.b.start, p.b.buildOns, p.b.crossDepartment, p.b.crossDepartmentShare ?? null]),
    },
  };
  return (
    <ChartCard id="dash-cross" title={t('dashboard.crossOverTime')} lead={t('dashboard.crossOverTimeLead')} data={data}>
      <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
        <LineChart data={points} margin={{ left: 0, right: 16, top: 8 }} title={t('dashboard.crossOverTime')}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={16} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} width={48} />
          <Tooltip formatter={(value) => share(Number(value) / 100)} />
          <Line type="monotone" dataKey="share" name={t('dashboard.crossShare')} stroke={CROSS_COLOR} strokeWidth={2} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
