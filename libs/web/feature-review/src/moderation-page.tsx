import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { EyeOff, Eye, Send, ShieldCheck, XCircle } from 'lucide-react';
import { checkModerationReason, normaliseText } from '@kindling/shared/rules';
import { graphql, describeError, retryFor, describeRefusal, getFragmentData, readRefusal, type FragmentType, type ModerationQueueQuery, type ModerationQueueState } from '@kindling/web/data-access';
import { Button, ButtonLink, Card, EmptyState, ErrorState, LoadingState, Markdown, Notice, PageHeader, TextArea, useFieldId } from '@kindling/web/ui';
import { describeReason, useI18n, type MessageKey, useDocumentTitle } from '@kindling/web/util';

export const moderationQueueQuery = graphql(`
  query ModerationQueue($state: ModerationQueueState!, $after: String) {
    moderationQueue(state: $state, first: 20, after: $after) {
      totalCount
      edges {
        cursor
        node {
          flagCount
          firstFlaggedAt
          lastResolvedAt
          hidden
          idea {
            id
            title
            body
            moderation {
              ...ModerationHistory_note
            }
          }
          comment {
            id
            body
            author {
              id
              name
            }
            moderation {
              ...ModerationHistory_note
            }
          }
          flags {
            reason
            note
            createdAt
            resolution
            flaggedBy {
              id
              name
            }
            resolvedBy {
              id
              name
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

/** Admins read every decision with its reason and who took it. */
const HistoryFields = graphql(`
  fragment ModerationHistory_note on ModerationNote {
    history {
      action
      reason
      at
      by {
        id
        name
      }
    }
  }
`);

function History(props: { note: FragmentType<typeof HistoryFields> }) {
  const { history } = getFragmentData(HistoryFields, props.note);
  const { t, formatRelative } = useI18n();
  if (history.length === 0) return null;
  return (
    <>
      <h3 className="k-field__label" style={{ marginTop: 12 }}>
        {t('moderation.history')}
      </h3>
      <ul className="k-plainlist">
        {history.map((a, i) => (
          <li key={i} style={{ marginBottom: 6, overflowWrap: 'anywhere' }}>
            <strong>{t(`moderation.action.${a.action}` as MessageKey)}</strong>{' '}
            <span className="k-meta">{t('moderation.flaggedBy', { name: a.by?.name ?? '—', when: formatRelative(a.at) })}</span>: {a.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

const hideMutation = graphql(`
  mutation HideContent($input: ModerateContentInput!) {
    hideContent(input: $input) {
      idea {
        id
        hidden
      }
    }
  }
`);

const unhideMutation = graphql(`
  mutation UnhideContent($input: ModerateContentInput!) {
    unhideContent(input: $input) {
      idea {
        id
        hidden
      }
    }
  }
`);

const dismissMutation = graphql(`
  mutation DismissFlags($input: ModerateContentInput!) {
    dismissFlags(input: $input) {
      idea {
        id
      }
    }
  }
`);

type Item = ModerationQueueQuery['moderationQueue']['edges'][number]['node'];

/** An admin's decision on one item: a reason (the author reads it), then hide, show again or dismiss. */
function Decide({ item }: { item: Item }) {
  const { t } = useI18n();
  const id = useFieldId('moderation-reason');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const refetchQueries = ['ModerationQueue'];
  const [hide, hideState] = useMutation(hideMutation, { refetchQueries });
  const [unhide, unhideState] = useMutation(unhideMutation, { refetchQueries });
  const [dismiss, dismissState] = useMutation(dismissMutation, { refetchQueries });
  const text = normaliseText(reason);
  const violation = checkModerationReason(text);
  const error = hideState.error ?? unhideState.error ?? dismissState.error;
  const refusal = error ? readRefusal(error) : null;
  const reasonError = violation && (tried || text.length > 0) ? describeReason(t, violation.reason) : null;
  const target = item.comment ? { commentId: item.comment.id } : { ideaId: item.idea.id };
  const act = (run: (options: { variables: { input: typeof target & { reason: string } } }) => Promise<unknown>) => {
    setTried(true);
    if (violation) return;
    void run({ variables: { input: { ...target, reason: text } } }).catch(() => undefined);
  };
  const open = item.flags.some((f) => !f.resolution);
  return (
    <div className="k-stack" style={{ gap: 8 }}>
      <div className="k-field">
        <label className="k-field__label" htmlFor={id}>
          {t('moderation.reasonLabel')}
        </label>
        <TextArea id={id} value={reason} rows={2} style={{ minHeight: 72 }} onChange={(e) => setReason(e.target.value)} aria-invalid={!!reasonError} aria-describedby={reasonError ? `${id}-error` : undefined} />
        {reasonError && (
          <span className="k-field__error" id={`${id}-error`} role="alert">
            {reasonError}
          </span>
        )}
      </div>
      <div className="k-row">
        {item.hidden ? (
          <Button icon={<Eye size={16} aria-hidden />} busy={unhideState.loading} onClick={() => act(unhide)}>
            {t('moderation.unhide')}
          </Button>
        ) : (
          <Button variant="primary" icon={<EyeOff size={16} aria-hidden />} busy={hideState.loading} onClick={() => act(hide)}>
            {t('moderation.hide')}
          </Button>
        )}
        {open && (
          <Button icon={<XCircle size={16} aria-hidden />} busy={dismissState.loading} onClick={() => act(dismiss)}>
            {t('moderation.dismiss')}
          </Button>
        )}
      </div>
      {refusal && <Notice tone="error">{describeRefusal(t, refusal)}</Notice>}
    </div>
  );
}

function ItemCard({ item, index }: { item: Item; index: number }) {
  const { t, formatRelative } = useI18n();
  const headingId = `moderation-item-${index}`;
  const ideaLink = `/ideas/${encodeURIComponent(item.idea.id)}`;
  return (
    <Card aria-labelledby={headingId}>
      <div className="k-row" style={{ justifyContent: 'space-between' }}>
        <span className="k-meta">{item.comment ? t('moderation.comment', { title: item.idea.title }) : t('moderation.idea')}</span>
        {item.hidden && (
          <span className="k-badge">
            <EyeOff size={12} aria-hidden /> {t('moderation.hiddenNow')}
          </span>
        )}
      </div>
      <h2 id={headingId} style={{ margin: '4px 0 8px', overflowWrap: 'anywhere' }}>
        <Link to={ideaLink}>{item.comment ? item.comment.author.name : item.idea.title}</Link>
      </h2>
      {item.comment && item.comment.body === null ? (
        <p className="k-meta">{t('authoring.commentRemoved')}</p>
      ) : (
        <Markdown source={item.comment ? (item.comment.body ?? '') : item.idea.body} />
      )}
      <h3 className="k-field__label" style={{ marginTop: 12 }}>
        {t('moderation.flags')} ({item.flags.length})
      </h3>
      <ul className="k-plainlist">
        {item.flags.map((f, i) => (
          <li key={i} className="k-stack" style={{ gap: 2, marginBottom: 8 }}>
            <span className="k-row" style={{ gap: 6, flexWrap: 'wrap' }}>
              <strong>{t(`moderation.reason.${f.reason}` as MessageKey)}</strong>
              <span className="k-meta">{t('moderation.flaggedBy', { name: f.flaggedBy.name, when: formatRelative(f.createdAt) })}</span>
              {f.resolution && <span className="k-badge">{t(`moderation.resolution.${f.resolution}` as MessageKey)}{f.resolvedBy ? ` · ${f.resolvedBy.name}` : ''}</span>}
            </span>
            {f.note && <span style={{ overflowWrap: 'anywhere' }}>{f.note}</span>}
          </li>
        ))}
      </ul>
      {(item.comment ?? item.idea).moderation && <History note={(item.comment ?? item.idea).moderation!} />}
      <hr className="k-divider" />
      <Decide item={item} />
    </Card>
  );
}

/** /moderation, for admins: open reports the longest waiting first, with the content (even when hidden) and the decision; the resolved history. */
export function ModerationPage() {
  const { t, formatNumber } = useI18n();
  useDocumentTitle(t('moderation.title'));
  const [state, setState] = useState<ModerationQueueState>('OPEN');
  const { data, loading, error, refetch, fetchMore } = useQuery(moderationQueueQuery, { variables: { state }, notifyOnNetworkStatusChange: true });
  const queue = data?.moderationQueue;
  return (
    <div className="k-stack">
      <PageHeader
        title={t('moderation.title')}
        lead={t('moderation.lead')}
        actions={
          <ButtonLink to="/admin/deliveries" variant="ghost" icon={<Send size={16} aria-hidden />}>
            {t('deliveries.fromModeration')}
          </ButtonLink>
        }
      />
      <div className="k-segmented" role="group" aria-label={t('moderation.states')}>
        {(['OPEN', 'RESOLVED'] as const).map((s) => (
          <button key={s} type="button" aria-pressed={state === s} onClick={() => setState(s)}>
            {s === 'OPEN' ? t('moderation.open') : t('moderation.resolved')}
          </button>
        ))}
      </div>
      {error && !queue ? (
        <Card>
          <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
        </Card>
      ) : !queue ? (
        <Card>
          <LoadingState lines={4} />
        </Card>
      ) : queue.edges.length === 0 ? (
        <Card>
          <EmptyState title={state === 'OPEN' ? t('moderation.emptyOpen') : t('moderation.emptyResolved')} icon={<ShieldCheck size={36} aria-hidden />} />
        </Card>
      ) : (
        <>
          <p className="k-meta" style={{ margin: 0 }} aria-live="polite">
            {t('moderation.count', { count: queue.totalCount, formatted: formatNumber(queue.totalCount) })}
          </p>
          {queue.edges.map((e, i) => (
            <ItemCard key={e.cursor} item={e.node} index={i} />
          ))}
          {queue.pageInfo.hasNextPage && (
            <div className="k-row" style={{ justifyContent: 'center' }}>
              <Button busy={loading} onClick={() => void fetchMore({ variables: { after: queue.pageInfo.endCursor } })}>
                {t('common.loadMore')}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
