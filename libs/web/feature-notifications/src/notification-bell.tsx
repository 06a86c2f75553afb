import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { Bell } from 'lucide-react';
import { graphql } from '@kindling/web/data-access';
import { ButtonLink } from '@kindling/web/ui';
import { useI18n } from '@kindling/web/util';

export const notificationBellQuery = graphql(`
  query NotificationBell {
    viewer {
      id
      unreadNotificationCount
    }
  }
`);

export const notificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      read
      updatedAt
    }
  }
`);

/** The header's bell: the unread count, kept live by `notificationAdded` (which also refreshes an open notification list). */
export function NotificationBell() {
  const { t } = useI18n();
  const client = useApolloClient();
  const { data } = useQuery(notificationBellQuery);
  useSubscription(notificationAddedSubscription, {
    onData: () => void client.refetchQueries({ include: ['NotificationBell', 'Notifications'] }).catch(() => undefined),
  });
  const count = data?.viewer?.unreadNotificationCount ?? 0;
  const shown = count > 99 ? '99+' : String(count);
  // the accessible name contains the figure the badge shows (axe: label-content-name-mismatch)
  const label = t('notifications.bellLabel', { count, shown });
  return (
    <ButtonLink to="/notifications" variant="ghost" className="k-bell" icon={<Bell size={18} aria-hidden />} aria-label={label} title={label} data-testid="notification-bell">
      {count > 0 ? (
        <span className="k-bell__count" aria-hidden>
          {shown}
        </span>
      ) : undefined}
    </ButtonLink>
  );
}
