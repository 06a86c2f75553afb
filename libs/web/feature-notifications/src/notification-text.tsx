import type { ReactNode } from 'react';
import { type FragmentType, getFragmentData, graphql } from '@kindling/web/data-access';
import { type MessageKey, shownTitle, useI18n } from '@kindling/web/util';

export const notificationTextFragment = graphql(`
  fragment NotificationText on Notification {
    id
    kind
    actorCount
    actors {
      id
      name
    }
    share {
      percent
    }
    toStatus
    retention
    reason
    moderationAction
    accepted
    creditFrom {
      percent
    }
    creditTo {
      percent
    }
    cause
    webhookUrl
    splitFrom {
      percent
    }
    splitTo {
      percent
    }
    splitOutcome
    leaverGaveShare
    awaitsYourAnswer
    idea {
      id
      title
    }
    childIdea {
      id
      title
    }
    intoIdea {
      id
      title
    }
  }
`);

/** The sentence of a notification in the reader's language, built from its kind and data, the idea's title emphasised. */
export function NotificationText(props: { notification: FragmentType<typeof notificationTextFragment> }) {
  const n = getFragmentData(notificationTextFragment, props.notification);
  const { t, formatPercent } = useI18n();
  const actor = n.actors[0]?.name ?? t('notifications.someone');
  const values: Record<string, string | number> = { actor, count: n.actorCount };
  let key: MessageKey;
  switch (n.kind) {
    case 'STATUS_CHANGED':
      key = 'notifications.text.STATUS_CHANGED';
      values.status = n.toStatus ? t(`status.${n.toStatus}` as MessageKey) : '';
      break;
    case 'MERGED':
      key = 'notifications.text.MERGED';
      values.into = n.intoIdea ? shownTitle(t, n.intoIdea.title) : '';
      break;
    case 'RETENTION_CHANGED':
      key = 'notifications.text.RETENTION_CHANGED';
      values.retention = formatPercent((n.retention ?? 0) * 100, 0);
      break;
    case 'MODERATED':
      key = n.moderationAction === 'HIDDEN' ? 'notifications.text.HIDDEN' : 'notifications.text.UNHIDDEN';
      values.reason = n.reason ?? '';
      break;
    case 'BUILT_ON':
      key = 'notifications.text.BUILT_ON';
      values.child = n.childIdea ? shownTitle(t, n.childIdea.title) : '';
      break;
    case 'COAUTHOR_ANSWERED':
      key = n.accepted ? 'notifications.text.COAUTHOR_ACCEPTED' : 'notifications.text.COAUTHOR_DECLINED';
      break;
    case 'CREDIT_CHANGED': {
      const from = n.creditFrom?.percent ?? 0;
      const to = n.creditTo?.percent ?? 0;
      key = to >= from ? 'notifications.text.CREDIT_ROSE' : 'notifications.text.CREDIT_FELL';
      values.from = formatPercent(from, 1);
      values.to = formatPercent(to, 1);
      values.cause = t(`notifications.cause.${n.cause ?? 'OTHER'}` as MessageKey);
      break;
    }
    case 'WEBHOOK_DISABLED':
      key = 'notifications.text.WEBHOOK_DISABLED';
      values.url = n.webhookUrl ?? '';
      values.reason = n.reason ?? '';
      break;
    case 'AUTHOR_SPLIT_PROPOSED':
      key = 'notifications.text.AUTHOR_SPLIT_PROPOSED';
      values.from = formatPercent(n.splitFrom?.percent ?? 0, 1);
      values.to = formatPercent(n.splitTo?.percent ?? 0, 1);
      break;
    case 'AUTHOR_SPLIT_DECIDED':
      key = `notifications.text.AUTHOR_SPLIT_${n.splitOutcome ?? 'OUTDATED'}` as MessageKey;
      values.to = formatPercent(n.splitTo?.percent ?? 0, 1);
      break;
    case 'AUTHOR_LEFT':
      key = n.leaverGaveShare ? 'notifications.text.AUTHOR_LEFT_GAVE' : 'notifications.text.AUTHOR_LEFT_KEPT';
      values.to = formatPercent(n.splitTo?.percent ?? 0, 1);
      break;
    default:
      key = `notifications.text.${n.kind}` as MessageKey;
  }
  const title = n.idea ? shownTitle(t, n.idea.title) : '';
  // the idea's title is its own element: split the sentence where it goes
  const [before, after = ''] = t(key, { ...values, idea: '\u0000' }).split('\u0000');
  const sentence: ReactNode = (
    <>
      {before}
      {n.idea && <strong>{title}</strong>}
      {after}
    </>
  );
  return (
    <span>
      {sentence}
      {n.share && n.share.percent > 0 ? t('notifications.yourShare', { percent: formatPercent(n.share.percent, 1) }) : null}
      {n.awaitsYourAnswer ? t('notifications.text.AUTHOR_SPLIT_WAITS') : null}
    </span>
  );
}
