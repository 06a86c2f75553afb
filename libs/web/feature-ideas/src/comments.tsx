import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { MessageSquare, Reply } from 'lucide-react';
import { InputReason } from '@kindling/shared/errors';
import { checkComment, normaliseText } from '@kindling/shared/rules';
import { graphql, getFragmentData, describeRefusal, readRefusal, useViewer, type FragmentType } from '@kindling/web/data-access';
import { Button, Card, CardTitle, EmptyState, Markdown, Notice, PersonChip, TextArea, useFieldId, useFocusFirstError } from '@kindling/web/ui';
import { ModeratedCommentBody, ReportButton } from './moderation';
import { describeReason, useI18n } from '@kindling/web/util';
import { OwnCommentTools } from './comment-authoring';

const CommentFields = graphql(`
  fragment CommentThread_comment on Comment {
    id
    body
    createdAt
    editedAt
    removedAt
    author {
      id
      name
    }
    movedFrom {
      id
      title
    }
    ...CommentModeration_comment
  }
`);

export const CommentsFragment = graphql(`
  fragment Comments_idea on Idea {
    id
    commentCount
    comments {
      ...CommentThread_comment
      replies {
        ...CommentThread_comment
        replies {
          ...CommentThread_comment
          replies {
            ...CommentThread_comment
            replies {
              ...CommentThread_comment
            }
          }
        }
      }
    }
  }
`);

export const commentMutation = graphql(`
  mutation Comment($input: CommentInput!) {
    comment(input: $input) {
      comment {
        id
      }
      idea {
        id
        ...Comments_idea
      }
    }
  }
`);

interface ThreadComment {
  data: FragmentType<typeof CommentFields>;
  replies?: readonly ThreadComment[];
}

function toThread(c: FragmentType<typeof CommentFields> & { replies?: readonly unknown[] }): ThreadComment {
  return { data: c, replies: (c.replies as (FragmentType<typeof CommentFields> & { replies?: readonly unknown[] })[] | undefined)?.map(toThread) };
}

function CommentForm({ ideaId, replyTo, onDone, autoFocus }: { ideaId: string; replyTo?: { id: string; name: string }; onDone?: () => void; autoFocus?: boolean }) {
  const { t } = useI18n();
  const id = useFieldId('comment');
  const [body, setBody] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [send, { loading, error }] = useMutation(commentMutation);
  const text = normaliseText(body);
  const violation = checkComment(text);
  const refusal = error ? readRefusal(error) : null;
  // An empty comment is pointed out once someone tries to post it; a too long one as it is typed.
  const bodyError =
    violation && (submitted || violation.reason !== InputReason.COMMENT_EMPTY) ? describeReason(t, violation.reason) : refusal?.field === 'body' ? describeRefusal(t, refusal) : null;
  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (violation) return focusFirstError();
    if (loading) return;
    const sent = await send({ variables: { input: { ideaId, body: text, replyToId: replyTo?.id } } }).catch(() => null);
    if (!sent) return focusFirstError(); // the refusal shows below; the text stays for another try
    setBody('');
    setSubmitted(false);
    onDone?.();
  };
  const label = replyTo ? t('comments.replyLabel', { name: replyTo.name }) : t('comments.label');
  return (
    <form ref={formRef} onSubmit={submit} className="k-stack" style={{ gap: 8 }} noValidate>
      <label htmlFor={id} className="k-sr-only">
        {label}
      </label>
      <TextArea
        id={id}
        value={body}
        autoFocus={autoFocus}
        onChange={(e) => setBody(e.target.value)}
        placeholder={t('comments.placeholder')}
        aria-invalid={!!bodyError}
        aria-describedby={bodyError ? `${id}-error` : undefined}
        style={{ minHeight: replyTo ? 80 : 100, fontFamily: 'inherit' }}
      />
      {bodyError && (
        <span className="k-field__error" id={`${id}-error`} role="alert">
          {bodyError}
        </span>
      )}
      {refusal && refusal.field !== 'body' && <Notice tone="error">{describeRefusal(t, refusal)}</Notice>}
      <div className="k-row">
        <Button type="submit" variant="primary" size="sm" busy={loading}>
          {replyTo ? t('comments.reply') : t('comments.post')}
        </Button>
        {onDone && (
          <Button size="sm" variant="ghost" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

function CommentItem({ ideaId, comment, depth }: { ideaId: string; comment: ThreadComment; depth: number }) {
  const c = getFragmentData(CommentFields, comment.data);
  const { t, formatRelative } = useI18n();
  const viewer = useViewer();
  const [replying, setReplying] = useState(false);
  return (
    <li className="k-comment" id={`comment-${c.id}`}>
      <div className="k-row" style={{ gap: 6 }}>
        <PersonChip person={c.author} size={26} />
        <span className="k-meta">
          · <time dateTime={c.createdAt}>{formatRelative(c.createdAt)}</time>
          {c.movedFrom && (
            <>
              {' · '}
              <Link to={`/ideas/${encodeURIComponent(c.movedFrom.id)}`}>{t('merge.movedFrom', { title: c.movedFrom.title })}</Link>
            </>
          )}
          {c.editedAt && !c.removedAt && <> · {t('authoring.commentEdited')}</>}
        </span>
      </div>
      {c.body === null || c.removedAt ? (
        <p className="k-comment__body k-comment__removed">{t('authoring.commentRemoved')}</p>
      ) : (
        <ModeratedCommentBody comment={c}>
          <Markdown source={c.body} className="k-comment__body" />
        </ModeratedCommentBody>
      )}
      <div className="k-row" style={{ gap: 4 }}>
        {depth < 4 && !c.removedAt && (
          <Button size="sm" variant="ghost" icon={<Reply size={14} aria-hidden />} aria-expanded={replying} onClick={() => setReplying(!replying)}>
            {t('comments.reply')}
          </Button>
        )}
        {c.body !== null && !c.removedAt && c.author.id === viewer?.id && <OwnCommentTools commentId={c.id} body={c.body} />}
        {!c.removedAt && <ReportButton commentId={c.id} authorIds={[c.author.id]} label={t('moderation.reportComment', { name: c.author.name })} />}
      </div>
      {replying && (
        <div style={{ marginTop: 8 }}>
          <CommentForm ideaId={ideaId} replyTo={{ id: c.id, name: c.author.name }} onDone={() => setReplying(false)} autoFocus />
        </div>
      )}
      {comment.replies && comment.replies.length > 0 && (
        <ul className="k-comments k-comments--replies">
          {comment.replies.map((r, i) => (
            <CommentItem key={i} ideaId={ideaId} comment={r} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Threaded comments: top level oldest first, replies below each, a reply form per comment. */
export function Comments({ idea: ref }: { idea: FragmentType<typeof CommentsFragment> }) {
  const idea = getFragmentData(CommentsFragment, ref);
  const { t, formatNumber } = useI18n();
  const thread = idea.comments.map((c) => toThread(c as never));
  return (
    <Card aria-labelledby="comments-title">
      <CardTitle id="comments-title" icon={<MessageSquare size={18} aria-hidden />}>
        {t('comments.title')} <span className="k-meta">({formatNumber(idea.commentCount)})</span>
      </CardTitle>
      {thread.length === 0 ? (
        <EmptyState title={t('comments.empty')} icon={<MessageSquare size={32} aria-hidden />} />
      ) : (
        <ul className="k-comments">
          {thread.map((c, i) => (
            <CommentItem key={i} ideaId={idea.id} comment={c} depth={1} />
          ))}
        </ul>
      )}
      <hr className="k-divider" />
      <CommentForm ideaId={idea.id} />
    </Card>
  );
}
