import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { GitMerge, Sparkles, Undo2 } from 'lucide-react';
import { graphql, describeError, getFragmentData, useViewer, type FragmentType } from '@kindling/web/data-access';
import { Button, Card, CardTitle, Field, Notice, Select, TextArea } from '@kindling/web/ui';
import { useI18n, type MessageKey } from '@kindling/web/util';
import { CURATION_REASON_MAX, type RetentionLabel, checkCurationReason, retentionLabel } from '@kindling/shared/rules';
import { IdeaPicker, type PickedIdea } from './idea-picker';

/** Originality and merges on the idea page: what everyone reads (banners, the retention note) and the reviewers' controls. */
const CurationFields = graphql(`
  fragment Curation_idea on Idea {
    id
    title
    status
    retention
    parents {
      idea {
        id
      }
    }
    retentionNote {
      retention
      originality
      reason
      at
      by {
        id
        name
      }
    }
    merge {
      reason
      at
      by {
        id
        name
      }
      into {
        id
        title
      }
    }
    mergedFrom {
      id
      title
    }
  }
`);

export const setRetentionMutation = graphql(`
  mutation SetRetention($input: SetRetentionInput!) {
    setRetention(input: $input) {
      idea {
        id
        ...Curation_idea
        ...CreditPanel_idea
      }
    }
  }
`);

export const mergeIdeasMutation = graphql(`
  mutation MergeIdeas($input: MergeIdeasInput!) {
    mergeIdeas(input: $input) {
      duplicate {
        id
        ...Curation_idea
      }
      into {
        id
        ...Curation_idea
      }
    }
  }
`);

export const unmergeIdeaMutation = graphql(`
  mutation UnmergeIdea($input: UnmergeIdeaInput!) {
    unmergeIdea(input: $input) {
      idea {
        id
        ...Curation_idea
      }
      into {
        id
        ...Curation_idea
      }
    }
  }
`);

const retentionBoundsQuery = graphql(`
  query RetentionBounds {
    creditModel {
      minRetention
      maxRetention
    }
  }
`);

/** Everything on the page changes with a merge or a retention (credit, lineage, comments): the page reads again. */
const REFETCH = ['IdeaPage'];

const LABEL_KEYS: Record<RetentionLabel, MessageKey> = { SMALL_REFINEMENT: 'retention.small', PARTLY_NEW: 'retention.partly', MOSTLY_NEW: 'retention.mostly' };

function useIsReviewer(): boolean {
  const viewer = useViewer();
  return viewer?.role === 'REVIEWER' || viewer?.role === 'ADMIN';
}

/** Under the idea's title: "merged into …" (with undo for reviewers), "includes the merged duplicate …", and the retention note. */
export function CurationNotes(props: { idea: FragmentType<typeof CurationFields> }) {
  const idea = getFragmentData(CurationFields, props.idea);
  const { t, formatDate } = useI18n();
  const reviewer = useIsReviewer();
  const [unmerge, unmergeState] = useMutation(unmergeIdeaMutation, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [undone, setUndone] = useState(false);
  const note = idea.retentionNote;
  return (
    <>
      {idea.merge && (
        <div className="k-stack" style={{ marginBottom: 12 }} data-testid="merged-banner">
          <Notice tone="warn" icon={<GitMerge size={16} aria-hidden />}>
            {t('merge.mergedInto', { title: idea.merge.into.title, name: idea.merge.by.name, date: formatDate(idea.merge.at), reason: idea.merge.reason })}{' '}
            <Link to={`/ideas/${encodeURIComponent(idea.merge.into.id)}`}>{t('merge.mergedIntoLink')}</Link>
          </Notice>
          {reviewer && (
            <div className="k-row">
              <Button
                size="sm"
                icon={<Undo2 size={14} aria-hidden />}
                busy={unmergeState.loading}
                onClick={() =>
                  void unmerge({ variables: { input: { ideaId: idea.id } } })
                    .then(() => setUndone(true))
                    .catch(() => undefined)
                }
              >
                {t('merge.undo')}
              </Button>
            </div>
          )}
          {unmergeState.error && <Notice tone="error">{describeError(t, unmergeState.error)}</Notice>}
        </div>
      )}
      {undone && !idea.merge && (
        <div style={{ marginBottom: 12 }}>
          <Notice tone="ok">{t('merge.undone')}</Notice>
        </div>
      )}
      {idea.mergedFrom.length > 0 && (
        <p className="k-meta k-row" style={{ gap: 6 }} data-testid="merged-from">
          <GitMerge size={14} aria-hidden />
          {t('merge.includes')}{' '}
          {idea.mergedFrom.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ', '}
              <Link to={`/ideas/${encodeURIComponent(d.id)}`}>{d.title}</Link>
            </span>
          ))}
        </p>
      )}
      {note && idea.parents.length > 0 && (
        <p className="k-meta" data-testid="retention-note">
          <Sparkles size={14} aria-hidden /> {t('retention.note', { label: t(LABEL_KEYS[note.originality]), name: note.by.name, reason: note.reason })}
        </p>
      )}
    </>
  );
}

/** The reviewers' card: set a build-on's originality, merge this idea into another one. Shown to reviewers and admins only. */
export function CurationCard(props: { idea: FragmentType<typeof CurationFields> }) {
  const idea = getFragmentData(CurationFields, props.idea);
  const { t } = useI18n();
  if (!useIsReviewer() || idea.merge) return null;
  return (
    <Card aria-labelledby="curation-title">
      <CardTitle id="curation-title" icon={<GitMerge size={18} aria-hidden />}>
        {t('merge.title')}
      </CardTitle>
      <div className="k-stack">
        {idea.parents.length > 0 && <RetentionControl ideaId={idea.id} retention={idea.retention} />}
        <MergeControl ideaId={idea.id} title={idea.title} />
      </div>
    </Card>
  );
}

function RetentionControl({ ideaId, retention }: { ideaId: string; retention: number }) {
  const { t, formatPercent } = useI18n();
  const id = useId();
  const { data } = useQuery(retentionBoundsQuery);
  const [value, setValue] = useState(retention);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [saved, setSaved] = useState(false);
  const [save, saveState] = useMutation(setRetentionMutation, { refetchQueries: REFETCH });
  if (!data) return null;
  const { minRetention: min, maxRetention: max } = data.creditModel;
  // steps of 5 points within the bounds, and the current value even when it is between them
  const steps = new Set<number>([retention]);
  for (let k = Math.ceil(min * 20); k <= Math.floor(max * 20); k++) steps.add(k / 20);
  const options = [...steps].filter((s) => s >= min && s <= max).sort((a, b) => a - b);
  const problem = checkCurationReason(reason.trim());
  const label = (r: number) => t('retention.value', { percent: formatPercent(r * 100, 0), label: t(LABEL_KEYS[retentionLabel(r)]) });
  return (
    <form
      className="k-stack"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (problem) return;
        setSaved(false);
        void save({ variables: { input: { ideaId, retention: value, reason: reason.trim() } } })
          .then(() => {
            setSaved(true);
            setReason('');
            setTouched(false);
          })
          .catch(() => undefined);
      }}
    >
      <Field id={`${id}-value`} label={t('retention.control')} help={t('retention.help', { min: formatPercent(min * 100, 0), max: formatPercent(max * 100, 0) })}>
        <Select id={`${id}-value`} value={String(value)} onChange={(e) => setValue(Number(e.target.value))} aria-describedby={`${id}-value-help`}>
          {options.map((o) => (
            <option key={o} value={String(o)}>
              {label(o)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${id}-reason`} label={t('retention.reason')} error={touched && problem ? t(`error.reason.${problem.reason}` as MessageKey) : undefined}>
        <TextArea id={`${id}-reason`} rows={2} maxLength={CURATION_REASON_MAX} value={reason} onChange={(e) => setReason(e.target.value)} aria-required aria-invalid={touched && !!problem} />
      </Field>
      <div className="k-row">
        <Button type="submit" variant="primary" busy={saveState.loading} icon={<Sparkles size={16} aria-hidden />}>
          {t('retention.save')}
        </Button>
      </div>
      {saved && <Notice tone="ok">{t('retention.saved')}</Notice>}
      {saveState.error && <Notice tone="error">{describeError(t, saveState.error)}</Notice>}
    </form>
  );
}

function MergeControl({ ideaId, title }: { ideaId: string; title: string }) {
  const { t } = useI18n();
  const id = useId();
  const [target, setTarget] = useState<PickedIdea | null>(null);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [merge, mergeState] = useMutation(mergeIdeasMutation, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const problem = checkCurationReason(reason.trim());
  return (
    <div className="k-stack">
      {target ? (
        <p style={{ margin: 0 }}>
          <strong>{t('merge.target', { title: target.title })}</strong>{' '}
          <Button
            size="sm"
            onClick={() => {
              setTarget(null);
              setConfirming(false);
            }}
          >
            {t('merge.change')}
          </Button>
        </p>
      ) : (
        <IdeaPicker label={t('merge.into')} onPick={setTarget} exclude={[ideaId]} />
      )}
      {target && (
        <form
          className="k-stack"
          onSubmit={(e) => {
            e.preventDefault();
            setTouched(true);
            if (problem) return;
            setConfirming(true);
            requestAnimationFrame(() => confirmRef.current?.focus());
          }}
        >
          <Field id={`${id}-reason`} label={t('merge.reason')} error={touched && problem ? t(`error.reason.${problem.reason}` as MessageKey) : undefined}>
            <TextArea id={`${id}-reason`} rows={2} maxLength={CURATION_REASON_MAX} value={reason} onChange={(e) => setReason(e.target.value)} aria-required aria-invalid={touched && !!problem} />
          </Field>
          {!confirming && (
            <div className="k-row">
              <Button type="submit" icon={<GitMerge size={16} aria-hidden />}>
                {t('merge.submit')}
              </Button>
            </div>
          )}
        </form>
      )}
      {target && confirming && (
        <div role="group" aria-labelledby={`${id}-confirm`} className="k-stack">
          <Notice tone="warn">
            <strong id={`${id}-confirm`}>{t('merge.confirmTitle', { duplicate: title, into: target.title })}</strong> {t('merge.confirmText')}
          </Notice>
          <div className="k-row">
            <Button
              ref={confirmRef}
              variant="primary"
              busy={mergeState.loading}
              icon={<GitMerge size={16} aria-hidden />}
              onClick={() => void merge({ variables: { input: { duplicateId: ideaId, intoId: target.id, reason: reason.trim() } } }).catch(() => undefined)}
            >
              {t('merge.confirm')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('merge.cancel')}</Button>
          </div>
        </div>
      )}
      {mergeState.error && <Notice tone="error">{describeError(t, mergeState.error)}</Notice>}
    </div>
  );
}
