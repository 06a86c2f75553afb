import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { ArrowLeft, History, RotateCw } from 'lucide-react';
import { describeError, retryFor, getFragmentData, graphql, type WebhookDeliveryFieldsFragment as Delivery } from '@kindling/web/data-access';
import { Button, ButtonLink, Card, CardTitle, EmptyState, ErrorState, LoadingState, Notice, PageHeader } from '@kindling/web/ui';
import { useDocumentTitle, useI18n, type MessageKey } from '@kindling/web/util';
import { statusLabel, webhookEndpointFields } from './webhooks-page';

export const webhookDeliveryFields = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    eventType
    messageId
    status
    attempts
    lastResponseCode
    lastError
    createdAt
    lastAttemptAt
    nextAttemptAt
    deliveredAt
  }
`);

export const webhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($id: ID!, $after: String) {
    webhookEndpoint(id: $id) {
      ...WebhookEndpointFields
      deliveries(first: 25, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...WebhookDeliveryFields
          }
        }
      }
    }
  }
`);

const redeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery {
        ...WebhookDeliveryFields
      }
    }
  }
`);


/** Admins: one endpoint's delivery log, newest first — status, response, time and attempts — with Redeliver. */
export function WebhookPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(webhookDeliveriesQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const found = data?.webhookEndpoint;
  const endpoint = found ? { ...getFragmentData(webhookEndpointFields, found), deliveries: found.deliveries } : null;
  useDocumentTitle(endpoint ? t('webhooks.logName', { url: endpoint.url }) : t('webhooks.log'));
  const back = (
    <ButtonLink to="/admin/webhooks" variant="ghost" icon={<ArrowLeft size={16} aria-hidden />}>
      {t('webhooks.back')}
    </ButtonLink>
  );
  if (error && !data) return <Card><ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} /></Card>;
  if (!data && loading) return <LoadingState lines={4} />;
  if (!endpoint) return <Card><EmptyState title={t('common.notFound')} action={back}>{t('webhooks.notFound')}</EmptyState></Card>;
  const deliveries = endpoint.deliveries.edges.map((e) => getFragmentData(webhookDeliveryFields, e.node));
  return (
    <div className="k-webhooks">
      <PageHeader title={t('webhooks.log')} lead={<span className="k-webhooks__url">{endpoint.url} — {t(statusLabel(endpoint))}</span>} actions={back} />
      <Card aria-labelledby="webhook-deliveries">
        <CardTitle id="webhook-deliveries" icon={<History size={18} aria-hidden />}>
          {t('webhooks.deliveries')}
        </CardTitle>
        {deliveries.length === 0 ? (
          <EmptyState title={t('webhooks.noDeliveries')} />
        ) : (
          <ul className="k-tokens" data-testid="webhook-deliveries">
            {deliveries.map((delivery) => (
              <DeliveryItem key={delivery.id} delivery={delivery} />
            ))}
          </ul>
        )}
        {endpoint.deliveries.pageInfo.hasNextPage && (
          <Button onClick={() => void fetchMore({ variables: { after: endpoint.deliveries.pageInfo.endCursor } })}>{t('common.loadMore')}</Button>
        )}
      </Card>
    </div>
  );
}

function DeliveryItem({ delivery }: { delivery: Delivery }) {
  const { t, intlLocale } = useI18n();
  const format = useMemo(() => new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'medium' }), [intlLocale]);
  const [redeliver, state] = useMutation(redeliverWebhookMutation);
  const [queued, setQueued] = useState(false);
  const time = format.format(new Date(delivery.lastAttemptAt ?? delivery.createdAt));
  const ended = delivery.status !== 'DELIVERED' && delivery.status !== 'PENDING';
  return (
    <li className="k-tokens__item" data-testid="webhook-delivery">
      <div className="k-tokens__head">
        <strong>{delivery.eventType}</strong>
        <span className="k-tokens__badges">
          <span className={ended ? 'k-badge k-badge--ended' : 'k-badge'}>{t(`webhooks.status.${delivery.status}` as MessageKey)}</span>
        </span>
      </div>
      <dl className="k-tokens__meta">
        <div>
          <dt>{t('webhooks.response')}</dt>
          <dd>{delivery.lastResponseCode ?? delivery.lastError ?? t('webhooks.noResponse')}</dd>
        </div>
        <div>
          <dt>{t('webhooks.time')}</dt>
          <dd>
            <time dateTime={delivery.lastAttemptAt ?? delivery.createdAt}>{time}</time>
          </dd>
        </div>
        <div>
          <dt>{t('webhooks.attempts')}</dt>
          <dd>{delivery.attempts}</dd>
        </div>
        {delivery.status === 'PENDING' && delivery.nextAttemptAt && (
          <div>
            <dt>{t('webhooks.nextAttempt')}</dt>
            <dd>{format.format(new Date(delivery.nextAttemptAt))}</dd>
          </div>
        )}
      </dl>
      {delivery.lastError && delivery.lastResponseCode != null && <p className="k-meta">{delivery.lastError}</p>}
      <p className="k-meta">
        <code>{delivery.messageId}</code>
      </p>
      <div className="k-row">
        <Button
          size="sm"
          icon={<RotateCw size={16} aria-hidden />}
          busy={state.loading}
          aria-label={t('webhooks.redeliverName', { event: delivery.eventType, time })}
          onClick={async () => {
            const result = await redeliver({ variables: { input: { deliveryId: delivery.id } } }).catch(() => null);
            setQueued(Boolean(result?.data));
          }}
        >
          {t('webhooks.redeliver')}
        </Button>
        {queued && <span role="status">{t('webhooks.redelivered')}</span>}
      </div>
      {state.error && <Notice tone="error">{t('webhooks.failed', { message: describeError(t, state.error) })}</Notice>}
    </li>
  );
}
