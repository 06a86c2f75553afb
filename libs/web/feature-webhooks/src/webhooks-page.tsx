import { useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Plus, RotateCw, Webhook } from 'lucide-react';
import { describeError, retryFor, getFragmentData, graphql, readRefusal, type WebhookEndpointFieldsFragment } from '@kindling/web/data-access';
import { Button, ButtonLink, Card, CardTitle, EmptyState, ErrorState, Field, LoadingState, Notice, PageHeader, SecretOnce, Select, TextInput, useFieldId, useFocusFirstError } from '@kindling/web/ui';
import { useDocumentTitle, useI18n, type MessageKey } from '@kindling/web/util';

/** The public events, in the order the API lists them (docs/webhooks.md). */
export const WEBHOOK_EVENTS = ['idea.posted', 'idea.built_on', 'idea.status_changed', 'idea.merged', 'comment.created', 'credit.changed'] as const;
const OVERLAP_HOURS = [24, 1, 72, 168, 0];

export const webhookEndpointFields = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    events
    enabled
    disabledReason
    disabledAt
    previousSecretUntil
    createdAt
  }
`);

export const webhookEndpointsQuery = graphql(`
  query WebhookEndpoints($after: String) {
    webhookEndpoints(first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...WebhookEndpointFields
        }
      }
    }
  }
`);

const createWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

const updateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

const deleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($input: DeleteWebhookEndpointInput!) {
    deleteWebhookEndpoint(input: $input) {
      deletedId
    }
  }
`);

const rotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

type Endpoint = WebhookEndpointFieldsFragment;
type Shown = { title: string; warning: string; secret: string };

export const eventLabel = (event: string): MessageKey => `webhooks.event.${event}` as MessageKey;
export const statusLabel = (endpoint: Pick<Endpoint, 'enabled' | 'disabledReason'>): MessageKey =>
  endpoint.enabled ? 'webhooks.enabled' : (`webhooks.disabled.${endpoint.disabledReason ?? 'ADMIN'}` as MessageKey);

/** Admins: the webhook endpoints — add one (its secret shown once), turn on and off, rotate the secret, delete. */
export function WebhooksPage() {
  const { t } = useI18n();
  useDocumentTitle(t('webhooks.title'));
  const { data, loading, error, refetch } = useQuery(webhookEndpointsQuery, { fetchPolicy: 'cache-and-network' });
  const [shown, setShown] = useState<Shown | null>(null);
  const endpoints = (data?.webhookEndpoints.edges ?? []).map((e) => getFragmentData(webhookEndpointFields, e.node));
  return (
    <div className="k-webhooks">
      <PageHeader title={t('webhooks.title')} lead={t('webhooks.lead')} />
      <div className="k-stack">
        {shown ? (
          <SecretOnce
            titleId="webhook-secret-title"
            title={<span className="k-webhooks__url">{shown.title}</span>}
            warning={shown.warning}
            secretLabel={t('webhooks.secret')}
            secret={shown.secret}
            testId="webhook-secret"
            onDone={() => setShown(null)}
          />
        ) : (
          <CreateEndpoint onCreated={setShown} />
        )}
        <Card aria-labelledby="webhooks-list">
          <CardTitle id="webhooks-list" icon={<Webhook size={18} aria-hidden />}>
            {t('webhooks.list')}
          </CardTitle>
          {error && !data ? (
            <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
          ) : !data && loading ? (
            <LoadingState lines={3} />
          ) : endpoints.length === 0 ? (
            <EmptyState title={t('webhooks.none')} />
          ) : (
            <ul className="k-tokens" data-testid="webhook-endpoints">
              {endpoints.map((endpoint) => (
                <EndpointItem key={endpoint.id} endpoint={endpoint} onRotated={setShown} />
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}

function CreateEndpoint({ onCreated }: { onCreated: (shown: Shown) => void }) {
  const { t } = useI18n();
  const urlId = useFieldId('webhook-url');
  const descriptionId = useFieldId('webhook-description');
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<string[]>(['idea.posted', 'idea.status_changed']);
  const [create, state] = useMutation(createWebhookEndpointMutation, { refetchQueries: [webhookEndpointsQuery], awaitRefetchQueries: true });
  const refusal = state.error ? readRefusal(state.error) : null;
  const fieldError = (field: string) => (refusal?.field === field ? describeError(t, state.error) : null);

  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ variables: { input: { url: url.trim(), events, description } } }).catch(() => null);
    if (!result?.data) focusFirstError();
    if (result?.data) {
      const made = result.data.createWebhookEndpoint;
      onCreated({ title: t('webhooks.created', { url: url.trim() }), warning: t('webhooks.once'), secret: made.secret });
      setUrl('');
      setDescription('');
    }
  };

  return (
    <Card aria-labelledby="webhooks-create">
      <CardTitle id="webhooks-create" icon={<Plus size={18} aria-hidden />}>
        {t('webhooks.create')}
      </CardTitle>
      <form ref={formRef} onSubmit={submit} noValidate className="k-tokens__form">
        <Field id={urlId} label={t('webhooks.url')} help={t('webhooks.urlHelp')} error={fieldError('url')}>
          <TextInput id={urlId} type="url" inputMode="url" value={url} maxLength={2000} onChange={(e) => setUrl(e.target.value)} placeholder="https://intranet.example.com/kindling" aria-describedby={`${urlId}-help ${urlId}-error`} />
        </Field>
        <Field id={descriptionId} label={t('webhooks.description')} help={t('webhooks.descriptionHelp')} error={fieldError('description')}>
          <TextInput id={descriptionId} value={description} maxLength={500} onChange={(e) => setDescription(e.target.value)} aria-describedby={`${descriptionId}-help ${descriptionId}-error`} />
        </Field>
        <fieldset className="k-tokens__scopes">
          <legend className="k-field__label">{t('webhooks.events')}</legend>
          {WEBHOOK_EVENTS.map((type) => (
            <label key={type} className="k-tokens__scope">
              <input type="checkbox" checked={events.includes(type)} onChange={(e) => setEvents(e.target.checked ? [...events, type] : events.filter((x) => x !== type))} />
              <span>
                <strong>{t(eventLabel(type))}</strong> — <code>{type}</code>
              </span>
            </label>
          ))}
          {fieldError('events') && (
            <span className="k-field__error" role="alert">
              {fieldError('events')}
            </span>
          )}
        </fieldset>
        {state.error && !['url', 'description', 'events'].includes(refusal?.field ?? '') && <Notice tone="error">{t('webhooks.failed', { message: describeError(t, state.error) })}</Notice>}
        <div>
          <Button type="submit" variant="primary" icon={<Webhook size={16} aria-hidden />} busy={state.loading}>
            {t('webhooks.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** Date and time: a rotation's overlap is counted in hours. */
function useFormatDateTime(): (value: string) => string {
  const { intlLocale } = useI18n();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short' });
    return (value: string) => format.format(new Date(value));
  }, [intlLocale]);
}

function EndpointItem({ endpoint, onRotated }: { endpoint: Endpoint; onRotated: (shown: Shown) => void }) {
  const { t } = useI18n();
  const formatDate = useFormatDateTime();
  const [confirming, setConfirming] = useState<'delete' | 'rotate' | null>(null);
  const [overlap, setOverlap] = useState(24);
  const overlapId = useFieldId('webhook-overlap');
  const [update, updateState] = useMutation(updateWebhookEndpointMutation);
  const [remove, removeState] = useMutation(deleteWebhookEndpointMutation, { refetchQueries: [webhookEndpointsQuery], awaitRefetchQueries: true });
  const [rotate, rotateState] = useMutation(rotateWebhookSecretMutation);
  const opener = useRef<HTMLButtonElement>(null);
  const rotateOpener = useRef<HTMLButtonElement>(null);
  const error = updateState.error ?? removeState.error ?? rotateState.error;
  const cancel = (back: RefObject<HTMLButtonElement | null>) => {
    setConfirming(null);
    requestAnimationFrame(() => back.current?.focus());
  };
  return (
    <li className={['k-tokens__item', !endpoint.enabled && 'k-tokens__item--ended'].filter(Boolean).join(' ')} data-testid="webhook-endpoint">
      <div className="k-tokens__head">
        <strong className="k-webhooks__url">{endpoint.url}</strong>
        <span className="k-tokens__badges">
          <span className={endpoint.enabled ? 'k-badge' : 'k-badge k-badge--ended'}>{t(statusLabel(endpoint))}</span>
        </span>
      </div>
      {endpoint.description && <p className="k-meta">{endpoint.description}</p>}
      <p className="k-tokens__badges">
        {endpoint.events.map((type) => (
          <span key={type} className="k-badge" title={t(eventLabel(type))}>
            {type}
          </span>
        ))}
      </p>
      {endpoint.previousSecretUntil && <p className="k-meta">{t('webhooks.previousUntil', { until: formatDate(endpoint.previousSecretUntil) })}</p>}
      {confirming === 'delete' ? (
        <div className="k-tokens__confirm" role="group" aria-label={t('webhooks.deleteName', { url: endpoint.url })}>
          <p>{t('webhooks.confirmDelete', { url: endpoint.url })}</p>
          <div className="k-row">
            <Button variant="danger" autoFocus busy={removeState.loading} onClick={() => void remove({ variables: { input: { id: endpoint.id } } }).catch(() => null)}>
              {t('webhooks.confirmDeleteButton')}
            </Button>
            <Button onClick={() => cancel(opener)}>{t('common.cancel')}</Button>
          </div>
        </div>
      ) : confirming === 'rotate' ? (
        <div className="k-tokens__confirm" role="group" aria-label={t('webhooks.rotateName', { url: endpoint.url })}>
          <Field id={overlapId} label={t('webhooks.overlap')}>
            <Select id={overlapId} value={overlap} onChange={(e) => setOverlap(Number(e.target.value))} autoFocus>
              {OVERLAP_HOURS.map((h) => (
                <option key={h} value={h}>
                  {h === 0 ? t('webhooks.overlapNone') : t('webhooks.overlapHours', { count: h })}
                </option>
              ))}
            </Select>
          </Field>
          <div className="k-row">
            <Button
              variant="primary"
              icon={<RotateCw size={16} aria-hidden />}
              busy={rotateState.loading}
              onClick={async () => {
                const result = await rotate({ variables: { input: { id: endpoint.id, overlapHours: overlap } } }).catch(() => null);
                if (!result?.data) return;
                const until = getFragmentData(webhookEndpointFields, result.data.rotateWebhookSecret.endpoint);
                setConfirming(null);
                onRotated({
                  title: t('webhooks.rotated', { url: endpoint.url }),
                  warning: until.previousSecretUntil ? t('webhooks.rotatedOnce', { until: formatDate(until.previousSecretUntil) }) : t('webhooks.rotatedNow'),
                  secret: result.data.rotateWebhookSecret.secret,
                });
              }}
            >
              {t('webhooks.confirmRotate')}
            </Button>
            <Button onClick={() => cancel(rotateOpener)}>{t('common.cancel')}</Button>
          </div>
        </div>
      ) : (
        <div className="k-row">
          <ButtonLink to={`/admin/webhooks/${encodeURIComponent(endpoint.id)}`} size="sm" aria-label={t('webhooks.logName', { url: endpoint.url })}>
            {t('webhooks.log')}
          </ButtonLink>
          <Button
            size="sm"
            busy={updateState.loading}
            aria-label={t(endpoint.enabled ? 'webhooks.disableName' : 'webhooks.enableName', { url: endpoint.url })}
            onClick={() => void update({ variables: { input: { id: endpoint.id, enabled: !endpoint.enabled } } }).catch(() => null)}
          >
            {t(endpoint.enabled ? 'webhooks.disable' : 'webhooks.enable')}
          </Button>
          <Button ref={rotateOpener} size="sm" aria-label={t('webhooks.rotateName', { url: endpoint.url })} onClick={() => setConfirming('rotate')}>
            {t('webhooks.rotate')}
          </Button>
          <Button ref={opener} size="sm" variant="secondary" aria-label={t('webhooks.deleteName', { url: endpoint.url })} onClick={() => setConfirming('delete')}>
            {t('webhooks.delete')}
          </Button>
        </div>
      )}
      {error && <Notice tone="error">{t('webhooks.failed', { message: describeError(t, error) })}</Notice>}
    </li>
  );
}
