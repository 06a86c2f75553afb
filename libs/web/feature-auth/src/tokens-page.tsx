import { useRef, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { KeyRound, LogOut, Plus } from 'lucide-react';
import { describeError, retryFor, graphql, readRefusal, type ApiTokenScope, type ApiTokensQuery } from '@kindling/web/data-access';
import { Button, Card, CardTitle, EmptyState, ErrorState, Field, LoadingState, Notice, PageHeader, SecretOnce, Select, TextInput, useFieldId, useFocusFirstError } from '@kindling/web/ui';
import { describeReason, useDocumentTitle, useI18n } from '@kindling/web/util';
import { LIMITS, checkTokenName, checkTokenScopes, normaliseTitle } from '@kindling/shared/rules';

export const apiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      scopes
      createdAt
      lastUsedAt
      expiresAt
      revokedAt
    }
  }
`);

const createApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
      }
    }
  }
`);

const revokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        revokedAt
      }
    }
  }
`);

const signOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere {
      signedOut
      sessionsEnded
    }
  }
`);

type ApiToken = ApiTokensQuery['apiTokens'][number];
const EXPIRY_DAYS = [7, 30, LIMITS.tokenDaysDefault, 180, LIMITS.tokenDaysMax];
const SCOPES: readonly ApiTokenScope[] = ['READ', 'WRITE'];

/** API tokens: create one (its secret shown once), see them with their times, revoke; and sign out everywhere. */
export function TokensPage() {
  const { t } = useI18n();
  useDocumentTitle(t('tokens.title'));
  const { data, loading, error, refetch } = useQuery(apiTokensQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeader title={t('tokens.title')} lead={t('tokens.lead')} />
      <div className="k-stack">
        <CreateToken />
        <Card aria-labelledby="tokens-yours">
          <CardTitle id="tokens-yours" icon={<KeyRound size={18} aria-hidden />}>
            {t('tokens.yours')}
          </CardTitle>
          {error && !data ? (
            <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
          ) : !data && loading ? (
            <LoadingState lines={3} />
          ) : !data?.apiTokens.length ? (
            <EmptyState title={t('tokens.none')} />
          ) : (
            <ul className="k-tokens" data-testid="api-tokens">
              {data.apiTokens.map((token) => (
                <TokenItem key={token.id} token={token} />
              ))}
            </ul>
          )}
        </Card>
        <SignOutEverywhere />
      </div>
    </>
  );
}

function CreateToken() {
  const { t } = useI18n();
  const nameId = useFieldId('token-name');
  const expiryId = useFieldId('token-expiry');
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiTokenScope[]>(['READ']);
  const [days, setDays] = useState<number>(LIMITS.tokenDaysDefault);
  const [submitted, setSubmitted] = useState(false);
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [create, state] = useMutation(createApiTokenMutation, { refetchQueries: [apiTokensQuery], awaitRefetchQueries: true });
  const nameViolation = checkTokenName(normaliseTitle(name));
  const scopeViolation = checkTokenScopes(scopes);
  const refusal = state.error ? readRefusal(state.error) : null;

  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (nameViolation || scopeViolation) return focusFirstError();
    const result = await create({ variables: { input: { name, scopes, expiresInDays: days } } }).catch(() => null);
    if (!result?.data) focusFirstError();
    if (result?.data) {
      setCreated({ token: result.data.createApiToken.token, name: result.data.createApiToken.apiToken.name });
      setName('');
      setSubmitted(false);
    }
  };

  if (created)
    return (
      <SecretOnce
        titleId="tokens-created"
        title={t('tokens.created', { name: created.name })}
        warning={t('tokens.once')}
        secretLabel={t('tokens.secret')}
        secret={created.token}
        testId="new-token"
        onDone={() => setCreated(null)}
      />
    );
  return (
    <Card aria-labelledby="tokens-create">
      <CardTitle id="tokens-create" icon={<Plus size={18} aria-hidden />}>
        {t('tokens.create')}
      </CardTitle>
      <form ref={formRef} onSubmit={submit} noValidate className="k-tokens__form">
        <Field id={nameId} label={t('tokens.name')} help={t('tokens.nameHelp')} error={submitted && nameViolation ? describeReason(t, nameViolation.reason) : refusal?.field === 'name' ? describeError(t, state.error) : null}>
          <TextInput id={nameId} value={name} maxLength={LIMITS.tokenName + 20} onChange={(e) => setName(e.target.value)} aria-describedby={`${nameId}-help ${nameId}-error`} />
        </Field>
        <fieldset className="k-tokens__scopes">
          <legend className="k-field__label">{t('tokens.scopes')}</legend>
          {SCOPES.map((scope) => (
            <label key={scope} className="k-tokens__scope">
              <input type="checkbox" checked={scopes.includes(scope)} onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))} />
              <span>
                <strong>{t(`tokens.scope.${scope}`)}</strong> — {t(`tokens.scope.${scope}.help`)}
              </span>
            </label>
          ))}
          {submitted && scopeViolation && (
            <span className="k-field__error" role="alert">
              {describeReason(t, scopeViolation.reason)}
            </span>
          )}
        </fieldset>
        <Field id={expiryId} label={t('tokens.expiry')}>
          <Select id={expiryId} value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {EXPIRY_DAYS.map((d) => (
              <option key={d} value={d}>
                {t('tokens.days', { count: d })}
              </option>
            ))}
          </Select>
        </Field>
        {state.error && refusal?.field !== 'name' && <Notice tone="error">{t('tokens.failed', { message: describeError(t, state.error) })}</Notice>}
        <div>
          <Button type="submit" variant="primary" icon={<KeyRound size={16} aria-hidden />} busy={state.loading}>
            {t('tokens.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

function TokenItem({ token }: { token: ApiToken }) {
  const { t, formatDate } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [revoke, state] = useMutation(revokeApiTokenMutation);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const expired = !token.revokedAt && Date.parse(token.expiresAt) <= Date.now();
  const ended = Boolean(token.revokedAt) || expired;
  return (
    <li className={['k-tokens__item', ended && 'k-tokens__item--ended'].filter(Boolean).join(' ')}>
      <div className="k-tokens__head">
        <strong>{token.name}</strong>
        <span className="k-tokens__badges">
          {token.scopes.map((scope) => (
            <span key={scope} className="k-badge">
              {t(`tokens.scope.${scope}`)}
            </span>
          ))}
          {token.revokedAt ? <span className="k-badge k-badge--ended">{t('tokens.revokedAt')}</span> : expired && <span className="k-badge k-badge--ended">{t('tokens.expired')}</span>}
        </span>
      </div>
      <dl className="k-tokens__meta">
        <div>
          <dt>{t('tokens.createdAt')}</dt>
          <dd>{formatDate(token.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('tokens.lastUsed')}</dt>
          <dd>{token.lastUsedAt ? formatDate(token.lastUsedAt) : t('tokens.neverUsed')}</dd>
        </div>
        <div>
          <dt>{token.revokedAt ? t('tokens.revokedAt') : expired ? t('tokens.expired') : t('tokens.expires')}</dt>
          <dd>{formatDate(token.revokedAt ?? token.expiresAt)}</dd>
        </div>
      </dl>
      {!ended &&
        (confirming ? (
          <div className="k-tokens__confirm" role="group" aria-label={t('tokens.revokeName', { name: token.name })}>
            <p>{t('tokens.confirmRevoke', { name: token.name })}</p>
            <div className="k-row">
              <Button
                variant="danger"
                autoFocus
                busy={state.loading}
                onClick={async () => {
                  const result = await revoke({ variables: { input: { tokenId: token.id } } }).catch(() => null);
                  if (result?.data) setConfirming(false);
                }}
              >
                {t('tokens.confirm')}
              </Button>
              <Button
                onClick={() => {
                  setConfirming(false);
                  requestAnimationFrame(() => revokeButton.current?.focus());
                }}
              >
                {t('common.cancel')}
              </Button>
            </div>
            {state.error && <Notice tone="error">{t('tokens.failed', { message: describeError(t, state.error) })}</Notice>}
          </div>
        ) : (
          <div>
            <Button ref={revokeButton} variant="secondary" size="sm" aria-label={t('tokens.revokeName', { name: token.name })} onClick={() => setConfirming(true)}>
              {t('tokens.revoke')}
            </Button>
          </div>
        ))}
    </li>
  );
}

function SignOutEverywhere() {
  const { t } = useI18n();
  const client = useApolloClient();
  const [signOutEverywhere, state] = useMutation(signOutEverywhereMutation);
  return (
    <Card aria-labelledby="tokens-sessions">
      <CardTitle id="tokens-sessions" icon={<LogOut size={18} aria-hidden />}>
        {t('tokens.sessions')}
      </CardTitle>
      <p className="k-meta">{t('tokens.sessionsLead')}</p>
      {state.error && <Notice tone="error">{t('tokens.failed', { message: describeError(t, state.error) })}</Notice>}
      <Button
        variant="danger"
        icon={<LogOut size={16} aria-hidden />}
        busy={state.loading}
        onClick={async () => {
          const result = await signOutEverywhere().catch(() => null);
          if (result?.data) await client.resetStore().catch(() => undefined);
        }}
      >
        {t('tokens.signOutEverywhere')}
      </Button>
    </Card>
  );
}
