import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Gavel, History, Hourglass, MessageSquareQuote } from 'lucide-react';
import { InputReason } from '@kindling/shared/errors';
import { STATUS_TRANSITIONS, type ReviewStatus, checkResponse, normaliseText } from '@kindling/shared/rules';
import { graphql, describeError, describeRefusal, getFragmentData, readRefusal, useViewer, type FragmentType, type IdeaReview_IdeaFragment } from '@kindling/web/data-access';
import { Button, Card, CardTitle, Markdown, Notice, PersonChip, StatusBadge, TextArea, useFieldId } from '@kindling/web/ui';
import { describeReason, type MessageKey, useI18n } from '@kindling/web/util';

export const IdeaReviewFragment = graphql(`
  fragment IdeaReview_idea on Idea {
    id
    title
    status
    officialResponse {
      id
      status
      response
      at
      by {
        id
        name
      }
    }
    statusHistory {
      id
      fromStatus
      status
      response
      at
      by {
        id
        name
      }
    }
    claim {
      expiresAt
      by {
        id
        name
      }
    }
  }
`);

export const changeIdeaStatusMutation = graphql(`
  mutation ChangeIdeaStatus($input: ChangeIdeaStatusInput!) {
    changeIdeaStatus(input: $input) {
      idea {
        id
        ...IdeaReview_idea
      }
    }
  }
`);

export const claimIdeaMutation = graphql(`
  mutation ClaimIdea($input: IdeaRefInput!) {
    claimIdea(input: $input) {
      idea {
        id
        ...IdeaReview_idea
      }
    }
  }
`);

export const releaseClaimMutation = graphql(`
  mutation ReleaseClaim($input: IdeaRefInput!) {
    releaseClaim(input: $input) {
      idea {
        id
        ...IdeaReview_idea
      }
    }
  }
`);

type Review = IdeaReview_IdeaFragment;

/** The official response with who and when, the status history, and for reviewers the review controls. */
export function IdeaReview(props: { idea: FragmentType<typeof IdeaReviewFragment> }) {
  const idea = getFragmentData(IdeaReviewFragment, props.idea);
  const viewer = useViewer();
  const isReviewer = viewer?.role === 'REVIEWER' || viewer?.role === 'ADMIN';
  return (
    <>
      <OfficialResponse idea={idea} />
      {isReviewer && <ReviewCard idea={idea} />}
    </>
  );
}

function OfficialResponse({ idea }: { idea: Review }) {
  const { t, formatDate } = useI18n();
  const answer = idea.officialResponse;
  if (!answer) {
    return idea.status === 'NEW' ? <Notice icon={<Hourglass size={16} aria-hidden />}>{t('review.awaiting')}</Notice> : null;
  }
  return (
    <Card aria-labelledby="official-response-title" className="k-review-response">
      <CardTitle id="official-response-title" icon={<MessageSquareQuote size={18} aria-hidden />}>
        {t('review.officialResponse')} <StatusBadge status={answer.status} />
      </CardTitle>
      <Markdown source={answer.response} />
      <p className="k-meta" style={{ margin: '8px 0 0' }}>
        <PersonChip person={answer.by} meta={formatDate(answer.at)} size={24} />
      </p>
      {idea.statusHistory.length > 0 && (
        <details className="k-review-history">
          <summary>
            <History size={14} aria-hidden /> {t('review.history', { count: idea.statusHistory.length })}
          </summary>
          <ol className="k-plainlist">
            {idea.statusHistory.map((move) => (
              <li key={move.id}>
                <div className="k-row" style={{ gap: 6 }}>
                  <span>
                    {t('review.move', { from: t(`status.${move.fromStatus}` as MessageKey), to: t(`status.${move.status}` as MessageKey) })}
                  </span>
                  <span className="k-meta">{t('review.answered', { name: move.by.name, date: formatDate(move.at) })}</span>
                </div>
                <Markdown source={move.response} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </Card>
  );
}

function ReviewCard({ idea }: { idea: Review }) {
  const { t, formatDate } = useI18n();
  const viewer = useViewer();
  const targets = STATUS_TRANSITIONS[idea.status as ReviewStatus] ?? [];
  const claimedByMe = idea.claim?.by.id === viewer?.id;
  const [claim, claimState] = useMutation(claimIdeaMutation);
  const [release, releaseState] = useMutation(releaseClaimMutation);
  const claimError = claimState.error ?? releaseState.error;
  return (
    <Card aria-labelledby="review-title">
      <CardTitle id="review-title" icon={<Gavel size={18} aria-hidden />}>
        {t('review.card')}
      </CardTitle>
      {targets.length === 0 ? (
        <Notice>{t('review.final', { status: t(`status.${idea.status}` as MessageKey) })}</Notice>
      ) : (
        <div className="k-stack">
          <div className="k-row">
            <span className="k-meta">
              {idea.claim
                ? claimedByMe
                  ? t('review.claimedByYou', { date: formatDate(idea.claim.expiresAt) })
                  : t('review.claimedBy', { name: idea.claim.by.name, date: formatDate(idea.claim.expiresAt) })
                : t('review.unclaimed')}
            </span>
            {(!idea.claim || claimedByMe) && (
              <Button size="sm" busy={claimState.loading} onClick={() => void claim({ variables: { input: { ideaId: idea.id } } }).catch(() => undefined)}>
                {claimedByMe ? t('review.renew') : t('review.claim')}
              </Button>
            )}
            {claimedByMe && (
              <Button size="sm" variant="ghost" busy={releaseState.loading} onClick={() => void release({ variables: { input: { ideaId: idea.id } } }).catch(() => undefined)}>
                {t('review.release')}
              </Button>
            )}
          </div>
          {claimError && <Notice tone="error">{describeError(t, claimError)}</Notice>}
          <StatusForm ideaId={idea.id} targets={targets} />
        </div>
      )}
    </Card>
  );
}

function StatusForm({ ideaId, targets }: { ideaId: string; targets: readonly ReviewStatus[] }) {
  const { t } = useI18n();
  const id = useFieldId('review');
  const [status, setStatus] = useState<ReviewStatus | null>(null);
  const [response, setResponse] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [send, { loading, error }] = useMutation(changeIdeaStatusMutation);
  const chosen = status && targets.includes(status) ? status : null;
  const text = normaliseText(response);
  const violation = checkResponse(text);
  const refusal = error ? readRefusal(error) : null;
  const responseError =
    violation && (submitted || violation.reason !== InputReason.RESPONSE_EMPTY) ? describeReason(t, violation.reason) : refusal?.field === 'response' ? describeRefusal(t, refusal) : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setSaved(null);
    if (!chosen || violation || loading) return;
    const done = await send({ variables: { input: { ideaId, status: chosen, response: text } } }).catch(() => null);
    if (!done) return;
    setSaved(t(`status.${chosen}` as MessageKey));
    setResponse('');
    setStatus(null);
    setSubmitted(false);
  };
  return (
    <form onSubmit={submit} className="k-stack" style={{ gap: 12 }} noValidate>
      <fieldset className="k-review-targets" aria-describedby={submitted && !chosen ? `${id}-status-error` : undefined}>
        <legend className="k-field__label">{t('review.newStatus')}</legend>
        <div className="k-row">
          {targets.map((target) => (
            <label key={target} className="k-review-target">
              <input type="radio" name={`${id}-status`} value={target} checked={chosen === target} onChange={() => setStatus(target)} />
              <StatusBadge status={target} />
            </label>
          ))}
        </div>
        {submitted && !chosen && (
          <span className="k-field__error" id={`${id}-status-error`} role="alert">
            {t('review.chooseStatus')}
          </span>
        )}
      </fieldset>
      <div className="k-field">
        <label htmlFor={id} className="k-field__label">
          {t('review.response')}
        </label>
        <TextArea
          id={id}
          value={response}
          onChange={(e) => setResponse(e.target.value)}
          aria-invalid={!!responseError}
          aria-describedby={`${id}-help${responseError ? ` ${id}-error` : ''}`}
          style={{ minHeight: 120, fontFamily: 'inherit' }}
        />
        <span className="k-field__help" id={`${id}-help`}>
          {t('review.responseHelp')}
        </span>
        {responseError && (
          <span className="k-field__error" id={`${id}-error`} role="alert">
            {responseError}
          </span>
        )}
      </div>
      {refusal && refusal.field !== 'response' && <Notice tone="error">{describeRefusal(t, refusal)}</Notice>}
      {saved && <Notice tone="ok">{t('review.saved', { status: saved })}</Notice>}
      <div className="k-row">
        <Button type="submit" variant="primary" busy={loading}>
          {t('review.submit')}
        </Button>
      </div>
    </form>
  );
}
