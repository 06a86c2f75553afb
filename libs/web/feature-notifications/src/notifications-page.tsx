import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Bell, CheckCheck, Settings } from 'lucide-react';
import { describeError, retryFor, graphql } from '@kindling/web/data-access';
import { Button, ButtonLink, Card, CardTitle, EmptyState, ErrorState, LoadingState, PageHeader } from '@kindling/web/ui';
import { shownTitle, useDocumentTitle, useI18n } from '@kindling/web/util';
import { useState } from 'react';
import { NotificationText } from './notification-text';

export const notificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        cursor
        node {
          id
          read
          path
          updatedAt
          idea {
            id
            title
          }
          ...NotificationText
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const markNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadNotificationCount
    }
  }
`);

const PAGE = 30;

/** /notifications: what the viewer heard, grouped by idea, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t, formatRelative } = useI18n();
  useDocumentTitle(t('notifications.title'));
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(notificationsQuery, { variables: { first: PAGE, unreadOnly }, notifyOnNetworkStatusChange: true });
  const [markRead, marking] = useMutation(markNotificationsReadMutation, { refetchQueries: ['NotificationBell', 'Notifications'] });
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  // groups by idea in the order of their newest notification
  const groups: Array<{ key: string; idea: { id: string; title: string } | null; items: typeof items }> = [];
  for (const item of items) {
    const key = item.idea?.id ?? 'none';
    const group = groups.find((g) => g.key === key);
    if (group) group.items.push(item);
    else groups.push({ key, idea: item.idea ?? null, items: [item] });
  }
  return (
    <div className="k-stack">
      <PageHeader
        title={t('notifications.title')}
        lead={t('notifications.lead')}
        actions={
          <>
            <Button icon={<CheckCheck size={16} aria-hidden />} busy={marking.loading} onClick={() => void markRead({ variables: { input: { all: true } } })}>
              {t('notifications.markAllRead')}
            </Button>
            <ButtonLink to="/settings/notifications" variant="ghost" icon={<Settings size={16} aria-hidden />}>
              {t('notifications.settings')}
            </ButtonLink>
          </>
        }
      />
      <label className="k-check">
        <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
        {t('notifications.unreadOnly')}
      </label>
      {error && !data ? (
        <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
      ) : !data && loading ? (
        <LoadingState lines={4} />
      ) : groups.length === 0 ? (
        <EmptyState icon={<Bell size={20} aria-hidden />} title={unreadOnly ? t('notifications.noneUnread') : t('notifications.none')} />
      ) : (
        groups.map((group) => {
          const headingId = `notifications-${group.key}`;
          return (
            <Card key={group.key} aria-labelledby={headingId}>
              <CardTitle id={headingId} level={2}>
                {group.idea ? <Link to={`/ideas/${encodeURIComponent(group.idea.id)}`}>{shownTitle(t, group.idea.title)}</Link> : t('notifications.general')}
              </CardTitle>
              <ul className="k-plainlist k-notifications">
                {group.items.map((n) => (
                  <li key={n.id} className={n.read ? 'k-notification' : 'k-notification k-notification--unread'} data-testid="notification">
                    <Link to={n.path} className="k-notification__link" onClick={() => (n.read ? undefined : void markRead({ variables: { input: { ids: [n.id] } } }))}>
                      {!n.read && <span className="k-sr-only">{t('notifications.unread')} </span>}
                      <NotificationText notification={n} />
                    </Link>
                    <span className="k-meta">{formatRelative(n.updatedAt)}</span>
                  </li>
                ))}
              </ul>
            </Card>
          );
        })
      )}
      {data?.notifications.pageInfo.hasNextPage && (
        <div>
          <Button busy={loading} onClick={() => void fetchMore({ variables: { after: data.notifications.pageInfo.endCursor } })}>
            {t('common.loadMore')}
          </Button>
        </div>
      )}
    </div>
  );
}
