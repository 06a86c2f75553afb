import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { AlarmClock, Inbox } from 'lucide-react';
import { graphql, describeError, retryFor } from '@kindling/web/data-access';
import { DepartmentFilter } from '@kindling/web/ideas';
import { Button, Card, EmptyState, ErrorState, LoadingState, Notice, PageHeader, PersonChip } from '@kindling/web/ui';
import { useDocumentTitle, useI18n } from '@kindling/web/util';

export const reviewQueueQuery = graphql(`
  query ReviewQueue($first: Int!, $after: String, $departmentId: ID, $overdueOnly: Boolean) {
    reviewQueue(first: $first, after: $after, departmentId: $departmentId, overdueOnly: $overdueOnly) {
      totalCount
      overdueCount
      edges {
        cursor
        node {
          postedAt
          dueAt
          overdue
          claim {
            expiresAt
            by {
              id
              name
            }
          }
          idea {
            id
            title
            postedBy {
              id
              name
              department {
                id
                name
              }
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const claimFromQueueMutation = graphql(`
  mutation ClaimFromQueue($input: IdeaRefInput!) {
    claimIdea(input: $input) {
      idea {
        id
      }
    }
  }
`);

const DAY = 86_400_000;

/** Reviewers' queue: ideas awaiting a first response, oldest first, with the response promise and claims. */
export function ReviewQueuePage() {
  const { t, formatDate, formatNumber } = useI18n();
  useDocumentTitle(t('review.queueTitle'));
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('dept') ?? '';
  const overdueOnly = params.get('overdue') === '1';
  const variables = { first: 20, departmentId: departmentId || null, overdueOnly };
  const { data, loading, error, refetch, fetchMore } = useQuery(reviewQueueQuery, { variables, fetchPolicy: 'cache-and-network' });
  const [claim, claimState] = useMutation(claimFromQueueMutation, { refetchQueries: ['ReviewQueue'], awaitRefetchQueries: true });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const queue = data?.reviewQueue;
  const filtered = !!departmentId || overdueOnly;

  return (
    <div className="k-stack">
      <PageHeader title={t('review.queueTitle')} lead={t('review.queueLead')} />
      <Card>
        <div className="k-row k-review-filters">
          <DepartmentFilter id="review-dept" value={departmentId} onChange={(dept) => set('dept', dept)} />
          <label className="k-row k-review-check">
            <input type="checkbox" checked={overdueOnly} onChange={(e) => set('overdue', e.target.checked ? '1' : '')} />
            {t('review.overdueOnly')}
          </label>
        </div>
        {queue && (
          <p className="k-meta" style={{ margin: '12px 0 0' }} aria-live="polite">
            {t('review.count', { count: queue.totalCount })} · {t('review.overdueCount', { count: queue.overdueCount })}
          </p>
        )}
      </Card>
      {claimState.error && <Notice tone="error">{describeError(t, claimState.error)}</Notice>}
      {error && !data ? (
        <Card>
          <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
        </Card>
      ) : !queue ? (
        <Card>
          <LoadingState lines={6} />
        </Card>
      ) : queue.edges.length === 0 ? (
        <Card>
          <EmptyState title={filtered ? t('review.emptyFiltered') : t('review.empty')} icon={<Inbox size={40} aria-hidden />} />
        </Card>
      ) : (
        <ol className="k-plainlist k-stack" aria-label={t('review.queueTitle')}>
          {queue.edges.map(({ node }) => {
            const days = Math.floor((Date.now() - Date.parse(node.postedAt)) / DAY);
            return (
              <li key={node.idea.id} className="k-card k-review-item">
                <h2 className="k-review-item__title">
                  <Link to={`/ideas/${encodeURIComponent(node.idea.id)}`}>{node.idea.title}</Link>
                </h2>
                <div className="k-row k-meta">
                  <PersonChip person={node.idea.postedBy} meta={node.idea.postedBy.department.name} size={24} />
                  <span>{days < 1 ? t('review.postedToday') : t('review.postedAgo', { count: days })}</span>
                  <span>{t('review.due', { date: formatDate(node.dueAt) })}</span>
                  {node.overdue && (
                    <span className="k-badge k-badge--overdue">
                      <AlarmClock size={12} aria-hidden /> {t('review.overdue')}
                    </span>
                  )}
                </div>
                <div className="k-row" style={{ marginTop: 8 }}>
                  {node.claim ? (
                    <span className="k-meta">{t('review.claimedBy', { name: node.claim.by.name, date: formatDate(node.claim.expiresAt) })}</span>
                  ) : (
                    <Button
                      size="sm"
                      busy={claimState.loading && claimState.called}
                      aria-label={t('review.claimFor', { title: node.idea.title })}
                      onClick={() => void claim({ variables: { input: { ideaId: node.idea.id } } }).catch(() => undefined)}
                    >
                      {t('review.claim')}
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {queue?.pageInfo.hasNextPage && (
        <div className="k-row" style={{ justifyContent: 'center' }}>
          <Button busy={loading} onClick={() => void fetchMore({ variables: { after: queue.pageInfo.endCursor } })}>
            {t('common.loadMore')} ({formatNumber(queue.totalCount - queue.edges.length)})
          </Button>
        </div>
      )}
    </div>
  );
}
