import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { Flag, ShieldAlert } from 'lucide-react';
import { FLAG_REASONS, type FlagReasonValue, checkFlagNote, normaliseText } from '@kindling/shared/rules';
import { graphql, getFragmentData, describeRefusal, readRefusal, useViewer, type FragmentType } from '@kindling/web/data-access';
import { Button, Notice, TextArea, useFieldId } from '@kindling/web/ui';
import { describeReason, useI18n, type MessageKey } from '@kindling/web/util';

/** What the idea page needs to show a hidden idea: the placeholder for readers, the banner with the reason for its authors and admins. */
export const IdeaModerationFragment = graphql(`
  fragment IdeaModeration_idea on Idea {
    id
    title
    hidden
    viewerIsAuthor
    moderation {
      hidden
      reason
      at
    }
  }
`);

export const CommentModerationFragment = graphql(`
  fragment CommentModeration_comment on Comment {
    id
    body
    hidden
    author {
      id
    }
    moderation {
      hidden
      reason
    }
  }
`);

export const flagContentMutation = graphql(`
  mutation FlagContent($input: FlagContentInput!) {
    flagContent(input: $input) {
      idea {
        id
      }
    }
  }
`);

/** The idea's title: "Hidden by a moderator" in the reader's language when its content is withheld from them. */
export function IdeaTitle(props: { idea: FragmentType<typeof IdeaModerationFragment> }) {
  const idea = getFragmentData(IdeaModerationFragment, props.idea);
  const { t } = useI18n();
  const withheld = idea.hidden && !idea.moderation;
  return (
    <h1 id="idea-title" className={withheld ? 'k-meta' : undefined}>
      {withheld ? t('moderation.hiddenTitle') : idea.title}
    </h1>
  );
}

/** For its authors and admins: why a moderator hid the idea. */
export function HiddenBanner(props: { idea: FragmentType<typeof IdeaModerationFragment> }) {
  const idea = getFragmentData(IdeaModerationFragment, props.idea);
  const { t } = useI18n();
  if (!idea.moderation?.hidden) return null;
  return (
    <div style={{ margin: '8px 0 16px' }} data-testid="hidden-banner">
      <Notice tone="warn" icon={<ShieldAlert size={18} aria-hidden />}>
        <strong>{t('moderation.banner', { reason: idea.moderation.reason ?? '' })}</strong>
        <br />
        <span className="k-meta">{t('moderation.bannerLead')}</span>
      </Notice>
    </div>
  );
}

/** A hidden comment reads "Hidden by a moderator" (its replies stay); its author and admins still see it, with the reason. */
export function ModeratedCommentBody(props: { comment: FragmentType<typeof CommentModerationFragment>; children: ReactNode }) {
  const comment = getFragmentData(CommentModerationFragment, props.comment);
  const { t } = useI18n();
  if (!comment.hidden) return <>{props.children}</>;
  if (!comment.moderation) return <p className="k-meta k-comment__body">{t('moderation.hiddenComment')}</p>;
  return (
    <>
      <p className="k-meta" style={{ margin: '4px 0' }}>
        <ShieldAlert size={14} aria-hidden /> {t('moderation.commentHiddenForOthers', { reason: comment.moderation.reason ?? '' })}
      </p>
      {props.children}
    </>
  );
}

/** The "Report" action with its small dialog: a reason, an optional note (required for OTHER), a confirmation. Not on your own content. */
export function ReportButton({ ideaId, commentId, authorIds, label }: { ideaId?: string; commentId?: string; authorIds: readonly string[]; label?: string }) {
  const { t } = useI18n();
  const viewer = useViewer();
  const dialog = useRef<HTMLDialogElement>(null);
  const noteId = useFieldId('report-note');
  const titleId = useFieldId('report-title');
  const [reason, setReason] = useState<FlagReasonValue>('SPAM');
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [flag, { loading, error, data, reset }] = useMutation(flagContentMutation);
  if (viewer && authorIds.includes(viewer.id)) return null;

  const text = normaliseText(note);
  const violation = checkFlagNote(reason, text);
  const refusal = error ? readRefusal(error) : null;
  const noteError = violation && (submitted || violation.field !== 'note' || text.length > 0) ? describeReason(t, violation.reason) : null;
  const open = () => {
    reset();
    setSubmitted(false);
    setNote('');
    dialog.current?.showModal();
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (violation || loading) return;
    await flag({ variables: { input: { ideaId, commentId, reason, note: text || undefined } } }).catch(() => null);
  };
  return (
    <>
      <Button size="sm" variant="ghost" icon={<Flag size={14} aria-hidden />} onClick={open} aria-haspopup="dialog" aria-label={label}>
        {t('moderation.report')}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} className="k-card" style={{ width: 'min(30rem, calc(100vw - 32px))', maxWidth: '100%', boxSizing: 'border-box' }}>
        <h2 id={titleId} style={{ marginTop: 0 }}>
          {t('moderation.reportTitle')}
        </h2>
        {data ? (
          <div className="k-stack">
            <Notice tone="ok">{t('moderation.reported')}</Notice>
            <div className="k-row">
              <Button variant="primary" autoFocus onClick={() => dialog.current?.close()}>
                {t('common.close')}
              </Button>
            </div>
          </div>
        ) : (
          <form onSubmit={submit} className="k-stack" noValidate>
            <p style={{ margin: 0 }}>{t('moderation.reportLead')}</p>
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend className="k-field__label">{t('moderation.reportReason')}</legend>
              {FLAG_REASONS.map((r) => (
                <label key={r} className="k-row" style={{ gap: 8, padding: '4px 0' }}>
                  <input type="radio" name="flag-reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
                  {t(`moderation.reason.${r}` as MessageKey)}
                </label>
              ))}
            </fieldset>
            <div className="k-field">
              <label className="k-field__label" htmlFor={noteId}>
                {t('moderation.reportNote')}
              </label>
              <TextArea id={noteId} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={!!noteError} aria-describedby={noteError ? `${noteId}-error` : undefined} rows={3} />
              {noteError && (
                <span className="k-field__error" id={`${noteId}-error`} role="alert">
                  {noteError}
                </span>
              )}
            </div>
            {refusal && <Notice tone="error">{describeRefusal(t, refusal)}</Notice>}
            <div className="k-row">
              <Button type="submit" variant="primary" busy={loading}>
                {t('moderation.send')}
              </Button>
              <Button variant="ghost" onClick={() => dialog.current?.close()}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
