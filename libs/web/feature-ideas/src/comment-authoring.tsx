import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { PenLine, Trash2 } from 'lucide-react';
import { checkComment, normaliseText } from '@kindling/shared/rules';
import { graphql, describeRefusal, readRefusal } from '@kindling/web/data-access';
import { Button, Notice, TextArea, useFieldId } from '@kindling/web/ui';
import { describeReason, useI18n } from '@kindling/web/util';

export const editCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      comment {
        id
        body
        editedAt
      }
    }
  }
`);

export const removeCommentMutation = graphql(`
  mutation RemoveComment($input: CommentRefInput!) {
    removeComment(input: $input) {
      comment {
        id
        body
        removedAt
      }
      idea {
        id
        commentCount
      }
    }
  }
`);

/** Edit in place: the comment's text in a text area, saved or cancelled. */
function EditComment({ commentId, body, onDone }: { commentId: string; body: string; onDone: () => void }) {
  const { t } = useI18n();
  const id = useFieldId('edit-comment');
  const [text, setText] = useState(body);
  const [save, { loading, error }] = useMutation(editCommentMutation);
  const violation = checkComment(normaliseText(text));
  const refusal = error ? readRefusal(error) : null;
  const message = violation ? describeReason(t, violation.reason) : refusal ? describeRefusal(t, refusal) : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (violation || loading) return;
    const saved = await save({ variables: { input: { commentId, body: normaliseText(text) } } }).catch(() => null);
    if (saved?.data) onDone();
  };
  return (
    <form onSubmit={submit} className="k-stack" style={{ gap: 8, marginTop: 8, flexBasis: '100%' }} noValidate>
      <label htmlFor={id} className="k-sr-only">
        {t('authoring.commentEditLabel')}
      </label>
      <TextArea
        id={id}
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        aria-invalid={!!message}
        aria-describedby={message ? `${id}-error` : undefined}
        style={{ minHeight: 80, fontFamily: 'inherit' }}
      />
      {message && (
        <span className="k-field__error" id={`${id}-error`} role="alert">
          {message}
        </span>
      )}
      <div className="k-row">
        <Button type="submit" variant="primary" size="sm" busy={loading}>
          {t('authoring.commentSave')}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The author's Edit and Remove for their own comment; Remove asks for confirmation first. */
export function OwnCommentTools({ commentId, body }: { commentId: string; body: string }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'idle' | 'editing' | 'confirming'>('idle');
  const [remove, { loading, error }] = useMutation(removeCommentMutation);
  const editButton = useRef<HTMLButtonElement>(null);
  const back = () => {
    setMode('idle');
    requestAnimationFrame(() => editButton.current?.focus());
  };
  if (mode === 'editing') return <EditComment commentId={commentId} body={body} onDone={back} />;
  if (mode === 'confirming')
    return (
      <div className="k-comment__confirm" role="group" aria-label={t('authoring.commentRemove')} style={{ flexBasis: '100%' }}>
        <p style={{ margin: '0 0 8px' }}>{t('authoring.commentRemoveConfirm')}</p>
        {error && <Notice tone="error">{describeRefusal(t, readRefusal(error))}</Notice>}
        <div className="k-row">
          <Button
            variant="danger"
            size="sm"
            autoFocus
            busy={loading}
            icon={<Trash2 size={14} aria-hidden />}
            onClick={() => void remove({ variables: { input: { commentId } } }).catch(() => undefined)}
          >
            {t('authoring.commentRemoveYes')}
          </Button>
          <Button size="sm" variant="ghost" onClick={back}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    );
  return (
    <>
      <Button ref={editButton} size="sm" variant="ghost" icon={<PenLine size={14} aria-hidden />} onClick={() => setMode('editing')}>
        {t('authoring.commentEdit')}
      </Button>
      <Button size="sm" variant="ghost" icon={<Trash2 size={14} aria-hidden />} onClick={() => setMode('confirming')}>
        {t('authoring.commentRemove')}
      </Button>
    </>
  );
}
