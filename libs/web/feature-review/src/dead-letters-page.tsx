import { useMutation, useQuery } from '@apollo/client/react';
import { CircleCheck, RotateCcw } from 'lucide-react';
import { graphql, describeError, retryFor, describeRefusal, readRefusal, type FailedJobsQuery } from '@kindling/web/data-access';
import { Button, Card, CardTitle, EmptyState, ErrorState, LoadingState, Notice, PageHeader } from '@kindling/web/ui';
import { useI18n, useDocumentTitle } from '@kindling/web/util';

/** The design system's buttons are 40 px high; this page's are touch targets of at least 44 px. */
const TOUCH = { minHeight: 44 };

export const deliveryHealthQuery = graphql(`
  query DeliveryHealth {
    deliveryHealth {
      queue
      queued
      retrying
      active
      failed
      oldestQueuedAt
    }
  }
`);

export const failedJobsQuery = graphql(`
  query FailedJobs($after: String) {
    failedJobs(first: 20, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          queue
          label
          attempts
          maxAttempts
          createdAt
          failedAt
          lastError
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const retryMutation = graphql(`
  mutation RetryFailedJobs($input: RetryFailedJobsInput!) {
    retryFailedJobs(input: $input) {
      retried
    }
  }
`);

type FailedJob = FailedJobsQuery['failedJobs']['edges'][number]['node'];

/** A queue's name, breakable after its dots on a narrow screen (`outbox.` / `notifications`). */
function QueueName({ name }: { name: string }) {
  const parts = name.split('.');
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              .<wbr />
            </>
          )}
        </span>
      ))}
    </>
  );
}

/** Per queue: what waits, runs and failed, and how long the oldest waiting job has waited. */
function Health() {
  const { t, formatNumber, formatRelative } = useI18n();
  const { data, error, refetch } = useQuery(deliveryHealthQuery, { fetchPolicy: 'cache-and-network' });
  const queues = data?.deliveryHealth;
  return (
    <Card aria-labelledby="deliveries-health">
      <CardTitle id="deliveries-health">{t('deliveries.health')}</CardTitle>
      {error && !queues ? (
        <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
      ) : !queues ? (
        <LoadingState lines={2} />
      ) : queues.length === 0 ? (
        <p className="k-meta">{t('deliveries.noQueues')}</p>
      ) : (
        <div className="k-table-wrap" tabIndex={0} role="region" aria-label={t('deliveries.healthCaption')}>
          <table className="k-table">
            <caption className="k-sr-only">{t('deliveries.healthCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('deliveries.queue')}</th>
                <th scope="col" className="k-num">{t('deliveries.queued')}</th>
                <th scope="col" className="k-num">{t('deliveries.active')}</th>
                <th scope="col" className="k-num">{t('deliveries.failed')}</th>
                <th scope="col">{t('deliveries.oldest')}</th>
              </tr>
            </thead>
            <tbody>
              {queues.map((q) => (
                <tr key={q.queue}>
                  <th scope="row" style={{ textTransform: 'none', letterSpacing: 0, fontSize: 'inherit', color: 'inherit', whiteSpace: 'normal' }}>
                    <QueueName name={q.queue} />
                  </th>
                  <td className="k-num">
                    {formatNumber(q.queued)}
                    {q.retrying > 0 && <span className="k-meta"> ({t('deliveries.retrying')} {formatNumber(q.retrying)})</span>}
                  </td>
                  <td className="k-num">{formatNumber(q.active)}</td>
                  <td className="k-num">{q.failed > 0 ? <strong>{formatNumber(q.failed)}</strong> : formatNumber(q.failed)}</td>
                  <td>{q.oldestQueuedAt ? formatRelative(q.oldestQueuedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

function JobItem({ job, onRetry, busy }: { job: FailedJob; onRetry: () => void; busy: boolean }) {
  const { t, formatRelative } = useI18n();
  return (
    <li className="k-stack" style={{ gap: 6, padding: '12px 0', borderTop: '1px solid var(--k-line)' }}>
      <div className="k-row" style={{ justifyContent: 'space-between', alignItems: 'flex-start', flexWrap: 'wrap', gap: 8 }}>
        <div className="k-stack" style={{ gap: 2, minWidth: 0, flex: '1 1 14rem' }}>
          <strong style={{ overflowWrap: 'anywhere' }}>{job.label}</strong>
          <span className="k-meta" style={{ overflowWrap: 'anywhere' }}>
            {job.queue} · {t('deliveries.attempts', { attempts: job.attempts, max: job.maxAttempts })} · {t('deliveries.failedAt', { when: formatRelative(job.failedAt) })} ·{' '}
            {t('deliveries.createdAt', { when: formatRelative(job.createdAt) })}
          </span>
        </div>
        <Button style={TOUCH} icon={<RotateCcw size={16} aria-hidden />} busy={busy} onClick={onRetry} aria-label={t('deliveries.retryOne', { label: job.label })}>
          {t('deliveries.retry')}
        </Button>
      </div>
      {job.lastError ? (
        <code style={{ display: 'block', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: '0.85rem' }}>{job.lastError}</code>
      ) : (
        <span className="k-meta">{t('deliveries.noError')}</span>
      )}
    </li>
  );
}

/** /admin/deliveries, for admins: the job queues' health and the dead letters, each retryable, or all at once. */
export function DeadLettersPage() {
  const { t, formatNumber } = useI18n();
  useDocumentTitle(t('deliveries.title'));
  const { data, loading, error, refetch, fetchMore } = useQuery(failedJobsQuery, { fetchPolicy: 'cache-and-network', notifyOnNetworkStatusChange: true });
  const [retry, retryState] = useMutation(retryMutation, { refetchQueries: ['FailedJobs', 'DeliveryHealth'], awaitRefetchQueries: true });
  const jobs = data?.failedJobs;
  const refusal = retryState.error ? readRefusal(retryState.error) : null;
  const send = (input: { ids: string[] } | { all: true }) => void retry({ variables: { input } }).catch(() => undefined);
  const retried = retryState.data?.retryFailedJobs.retried;
  return (
    <div className="k-stack">
      <PageHeader
        title={t('deliveries.title')}
        lead={t('deliveries.lead')}
        actions={
          jobs && jobs.totalCount > 0 ? (
            <Button variant="primary" style={TOUCH} icon={<RotateCcw size={16} aria-hidden />} busy={retryState.loading} onClick={() => send({ all: true })}>
              {t('deliveries.retryAll')}
            </Button>
          ) : undefined
        }
      />
      <div aria-live="polite">
        {retried != null && !retryState.loading && !refusal && <Notice tone="ok">{t('deliveries.retried', { count: retried })}</Notice>}
        {refusal && <Notice tone="error">{describeRefusal(t, refusal)}</Notice>}
      </div>
      <Health />
      <Card aria-labelledby="deliveries-failed">
        <CardTitle id="deliveries-failed">{t('deliveries.failedJobs')}</CardTitle>
        {error && !jobs ? (
          <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
        ) : !jobs ? (
          <LoadingState lines={3} />
        ) : jobs.edges.length === 0 ? (
          <EmptyState title={t('deliveries.empty')} icon={<CircleCheck size={36} aria-hidden />}>
            {t('deliveries.emptyLead')}
          </EmptyState>
        ) : (
          <>
            <p className="k-meta" style={{ margin: 0 }}>
              {t('deliveries.count', { count: jobs.totalCount, formatted: formatNumber(jobs.totalCount) })}
            </p>
            <ul className="k-plainlist">
              {jobs.edges.map((e) => (
                <JobItem key={e.node.id} job={e.node} busy={retryState.loading} onRetry={() => send({ ids: [e.node.id] })} />
              ))}
            </ul>
            {jobs.pageInfo.hasNextPage && (
              <div className="k-row" style={{ justifyContent: 'center' }}>
                <Button style={TOUCH} busy={loading} onClick={() => void fetchMore({ variables: { after: jobs.pageInfo.endCursor } })}>
                  {t('common.loadMore')}
                </Button>
              </div>
            )}
          </>
        )}
      </Card>
    </div>
  );
}
