import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Ban, PenLine, Save } from 'lucide-react';
import { InputReason } from '@kindling/shared/errors';
import { LIMITS, checkWithdrawalReason, ideaDraftViolations, normaliseText, normaliseTitle, parseTagText } from '@kindling/shared/rules';
import { graphql, describeRefusal, getFragmentData, readRefusal, type FragmentType } from '@kindling/web/data-access';
import { Button, Field, Notice, TextArea, TextInput } from '@kindling/web/ui';
import { describeReason, useI18n } from '@kindling/web/util';

export const IdeaAuthoringFragment = graphql(`
  fragment IdeaAuthoring_idea on Idea {
    id
    title
    body
    tags
    status
    viewerIsAuthor
    editedAt
    withdrawal {
      reason
      at
      by {
        id
        name
      }
    }
  }
`);

export const editIdeaMutation = graphql(`
  mutation EditIdea($input: EditIdeaInput!) {
    editIdea(input: $input) {
      idea {
        id
        title
        body
        tags
        ...IdeaAuthoring_idea
        ...IdeaRevisions_idea
      }
    }
  }
`);

export const withdrawIdeaMutation = graphql(`
  mutation WithdrawIdea($input: WithdrawIdeaInput!) {
    withdrawIdea(input: $input) {
      idea {
        id
        ...IdeaAuthoring_idea
      }
    }
  }
`);

/** The banner of a withdrawn idea: who withdrew it, when and why. */
export function WithdrawnBanner(props: { idea: FragmentType<typeof IdeaAuthoringFragment> }) {
  const idea = getFragmentData(IdeaAuthoringFragment, props.idea);
  const { t, formatDate } = useI18n();
  if (!idea.withdrawal) return null;
  const w = idea.withdrawal;
  return (
    <div className="k-withdrawn" id="withdrawn-banner" tabIndex={-1} role="region" aria-label={t('authoring.withdrawn')}>
      <p className="k-withdrawn__head">
        <Ban size={16} aria-hidden /> <strong>{t('authoring.withdrawnBanner', { name: w.by.name, date: formatDate(w.at) })}</strong>
      </p>
      <p className="k-withdrawn__reason">{w.reason}</p>
      <p className="k-meta">{t('authoring.withdrawnNote')}</p>
    </div>
  );
}

/** Beside the title of a withdrawn idea wherever it is listed: in lineages, credit trails and lists. */
export function WithdrawnBadge() {
  const { t } = useI18n();
  return <span className="k-badge k-badge--withdrawn">{t('authoring.withdrawn')}</span>;
}

/** "edited 3 Dec 2026" beside the posting date of an edited idea. */
export function EditedMark(props: { idea: FragmentType<typeof IdeaAuthoringFragment> }) {
  const idea = getFragmentData(IdeaAuthoringFragment, props.idea);
  const { t, formatDate } = useI18n();
  if (!idea.editedAt) return null;
  return <span className="k-meta">· {t('authoring.edited', { date: formatDate(idea.editedAt) })}</span>;
}

type EditField = 'title' | 'body' | 'tags';
const UNTIL_SUBMIT: ReadonlySet<InputReason> = new Set([InputReason.TITLE_EMPTY, InputReason.BODY_EMPTY]);

function EditForm({ idea, onDone }: { idea: { id: string; title: string; body: string; tags: readonly string[] }; onDone: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(idea.title);
  const [body, setBody] = useState(idea.body);
  const [tagText, setTagText] = useState(idea.tags.join(', '));
  const [submitted, setSubmitted] = useState(false);
  const [save, { loading, error }] = useMutation(editIdeaMutation);
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  const refs = { title: titleRef, body: bodyRef, tags: tagsRef };
  useEffect(() => titleRef.current?.focus(), []);

  const draft = { title: normaliseTitle(title), body: normaliseText(body), tags: parseTagText(tagText) };
  const violations = ideaDraftViolations(draft);
  const refusal = error ? readRefusal(error) : null;
  const errorAt = (field: EditField): string | null => {
    const violation = violations.find((v) => v.field === field && (submitted || !UNTIL_SUBMIT.has(v.reason)));
    if (violation) return describeReason(t, violation.reason);
    return refusal?.field === field ? describeRefusal(t, refusal) : null;
  };
  const errors = { title: errorAt('title'), body: errorAt('body'), tags: errorAt('tags') };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const first = violations[0];
    if (first) {
      refs[first.field as EditField]?.current?.focus();
      return;
    }
    if (loading) return;
    const saved = await save({ variables: { input: { ideaId: idea.id, ...draft } } }).catch(() => null);
    if (saved?.data) onDone(); // a refusal shows in the form; the text stays for another try
  };

  return (
    <form onSubmit={submit} noValidate className="k-stack k-edit-idea" aria-labelledby="edit-idea-title">
      <h2 id="edit-idea-title" className="k-card__title">
        <PenLine size={18} aria-hidden /> {t('authoring.editTitle')}
      </h2>
      <p className="k-meta" style={{ marginTop: -6 }}>
        {t('authoring.editLead')}
      </p>
      <Field id="edit-title" label={t('compose.ideaTitle')} error={errors.title}>
        <TextInput
          id="edit-title"
          ref={titleRef}
          value={title}
          aria-invalid={!!errors.title}
          aria-describedby={errors.title ? 'edit-title-error' : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
      </Field>
      <Field id="edit-body" label={t('compose.body')} help={t('compose.bodyHelp')} error={errors.body}>
        <TextArea
          id="edit-body"
          ref={bodyRef}
          value={body}
          rows={10}
          aria-invalid={!!errors.body}
          aria-describedby={errors.body ? 'edit-body-error' : 'edit-body-help'}
          onChange={(e) => setBody(e.target.value)}
        />
      </Field>
      <Field id="edit-tags" label={t('compose.tags')} help={t('compose.tagsHelp', LIMITS)} error={errors.tags}>
        <TextInput
          id="edit-tags"
          ref={tagsRef}
          value={tagText}
          aria-invalid={!!errors.tags}
          aria-describedby={errors.tags ? 'edit-tags-error' : 'edit-tags-help'}
          onChange={(e) => setTagText(e.target.value)}
        />
      </Field>
      {refusal && !['title', 'body', 'tags'].includes(refusal.field ?? '') && <Notice tone="error">{describeRefusal(t, refusal)}</Notice>}
      <div className="k-row">
        <Button type="submit" variant="primary" icon={<Save size={16} aria-hidden />} busy={loading}>
          {loading ? t('authoring.saving') : t('authoring.save')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The modal dialog that withdraws an idea: a required reason, and what withdrawing means. */
/** Focuses the element once React has rendered it: the banner appears after the mutation's result reaches the cache. */
function focusOnceShown(id: string, frames = 120): void {
  const element = document.getElementById(id);
  if (element) element.focus();
  else if (frames > 0) requestAnimationFrame(() => focusOnceShown(id, frames - 1));
}

function WithdrawDialog({ ideaId, onClose }: { ideaId: string; onClose: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [withdraw, { loading, error }] = useMutation(withdrawIdeaMutation);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const text = normaliseText(reason);
  const violation = checkWithdrawalReason(text);
  const refusal = error ? readRefusal(error) : null;
  const reasonError =
    violation && (submitted || violation.reason !== InputReason.WITHDRAWAL_REASON_EMPTY)
      ? describeReason(t, violation.reason)
      : refusal?.field === 'reason'
        ? describeRefusal(t, refusal)
        : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (violation) {
      document.getElementById('withdraw-reason')?.focus();
      return;
    }
    if (loading) return;
    const done = await withdraw({ variables: { input: { ideaId, reason: text } } }).catch(() => null);
    if (!done?.data) return; // the refusal shows in the dialog
    onClose();
    // the dialog and the author's buttons are gone: focus lands on what replaced them
    focusOnceShown('withdrawn-banner');
  };
  return (
    <dialog ref={ref} className="k-dialog" aria-labelledby="withdraw-title" aria-describedby="withdraw-explain" onClose={onClose}>
      <form onSubmit={submit} noValidate className="k-stack">
        <h2 id="withdraw-title" className="k-card__title">
          <Ban size={18} aria-hidden /> {t('authoring.withdrawTitle')}
        </h2>
        <p id="withdraw-explain" style={{ margin: 0 }}>
          {t('authoring.withdrawExplain')}
        </p>
        <Field id="withdraw-reason" label={t('authoring.withdrawReason')} help={t('authoring.withdrawHelp', { max: LIMITS.withdrawalReason })} error={reasonError}>
          <TextArea
            id="withdraw-reason"
            value={reason}
            rows={4}
            autoFocus
            required
            aria-invalid={!!reasonError}
            aria-describedby={reasonError ? 'withdraw-reason-error' : 'withdraw-reason-help'}
            onChange={(e) => setReason(e.target.value)}
          />
        </Field>
        {refusal && refusal.field !== 'reason' && <Notice tone="error">{describeRefusal(t, refusal)}</Notice>}
        <div className="k-row">
          <Button type="submit" variant="danger" icon={<Ban size={16} aria-hidden />} busy={loading}>
            {t('authoring.withdrawConfirm')}
          </Button>
          <Button variant="ghost" onClick={() => ref.current?.close()}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}

/** An author's tools on the idea page: edit the text (a form like compose's) and withdraw the idea. */
export function AuthorTools(props: { idea: FragmentType<typeof IdeaAuthoringFragment> }) {
  const idea = getFragmentData(IdeaAuthoringFragment, props.idea);
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  if (!idea.viewerIsAuthor || idea.withdrawal || idea.status === 'MERGED') return null;
  if (editing)
    return (
      <EditForm
        idea={idea}
        onDone={() => {
          setEditing(false);
          requestAnimationFrame(() => editButton.current?.focus());
        }}
      />
    );
  return (
    <div className="k-row k-author-tools">
      <Button ref={editButton} icon={<PenLine size={16} aria-hidden />} onClick={() => setEditing(true)}>
        {t('authoring.edit')}
      </Button>
      <Button variant="ghost" icon={<Ban size={16} aria-hidden />} aria-haspopup="dialog" onClick={() => setWithdrawing(true)}>
        {t('authoring.withdraw')}
      </Button>
      {withdrawing && <WithdrawDialog ideaId={idea.id} onClose={() => setWithdrawing(false)} />}
    </div>
  );
}
