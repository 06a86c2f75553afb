import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Archive, ListChecks, Pencil, Plus } from 'lucide-react';
import { type CriterionDraft, criterionViolations, normaliseCriterion } from '@kindling/shared/rules';
import { graphql, describeError, retryFor, describeRefusal, readRefusal, useViewer, type CriteriaPageQuery } from '@kindling/web/data-access';
import { Button, Card, CardTitle, EmptyState, ErrorState, Field, LoadingState, Notice, PageHeader, TextArea, TextInput, useFocusFirstError } from '@kindling/web/ui';
import { describeReason, useDocumentTitle, useI18n, type MessageKey } from '@kindling/web/util';

export const criteriaPageQuery = graphql(`
  query CriteriaPage {
    scoreCriteria(includeRetired: true) {
      id
      nameEn
      nameNl
      descriptionEn
      descriptionNl
      weight
      retiredAt
    }
  }
`);

export const createScoreCriterionMutation = graphql(`
  mutation CreateScoreCriterion($input: CreateScoreCriterionInput!) {
    createScoreCriterion(input: $input) {
      criterion {
        id
        nameEn
        nameNl
        descriptionEn
        descriptionNl
        weight
        retiredAt
      }
    }
  }
`);

export const updateScoreCriterionMutation = graphql(`
  mutation UpdateScoreCriterion($input: UpdateScoreCriterionInput!) {
    updateScoreCriterion(input: $input) {
      criterion {
        id
        nameEn
        nameNl
        descriptionEn
        descriptionNl
        weight
        retiredAt
      }
    }
  }
`);

export const retireScoreCriterionMutation = graphql(`
  mutation RetireScoreCriterion($input: RetireScoreCriterionInput!) {
    retireScoreCriterion(input: $input) {
      criterion {
        id
        retiredAt
      }
    }
  }
`);

type Criterion = CriteriaPageQuery['scoreCriteria'][number];
type DraftField = keyof CriterionDraft;
const FIELDS: readonly DraftField[] = ['nameEn', 'nameNl', 'descriptionEn', 'descriptionNl', 'weight'];
const LABELS: Record<DraftField, MessageKey> = {
  nameEn: 'criteria.nameEn',
  nameNl: 'criteria.nameNl',
  descriptionEn: 'criteria.descriptionEn',
  descriptionNl: 'criteria.descriptionNl',
  weight: 'criteria.weight',
};

/** A weight as typed: "1,5" (Dutch) and "1.5" both read as 1.5; anything else is NaN, which the rules refuse. */
function parseWeight(text: string): number {
  const clean = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(clean) ? Number(clean) : Number.NaN;
}

/** Create (no criterion) or edit a criterion; checks the shared rules before sending. */
function CriterionForm({ criterion, onDone }: { criterion?: Criterion; onDone: (name: string) => void }) {
  const { t, formatNumber } = useI18n();
  const idBase = criterion ? `criterion-${criterion.id}` : 'criterion-new';
  const [text, setText] = useState<Record<DraftField, string>>({
    nameEn: criterion?.nameEn ?? '',
    nameNl: criterion?.nameNl ?? '',
    descriptionEn: criterion?.descriptionEn ?? '',
    descriptionNl: criterion?.descriptionNl ?? '',
    weight: criterion ? formatNumber(criterion.weight, { maximumFractionDigits: 2, useGrouping: false }) : '1',
  });
  const [submitted, setSubmitted] = useState(false);
  const [create, created] = useMutation(createScoreCriterionMutation, { refetchQueries: ['CriteriaPage'] });
  const [update, updated] = useMutation(updateScoreCriterionMutation);
  const state = criterion ? updated : created;
  const draft = normaliseCriterion({ ...text, weight: parseWeight(text.weight) });
  const violations = criterionViolations(draft);
  const refusal = state.error ? readRefusal(state.error) : null;
  const errorOf = (field: DraftField) => {
    const v = violations.find((x) => x.field === field);
    if (v && submitted) return describeReason(t, v.reason);
    return refusal?.field === field ? describeRefusal(t, refusal) : null;
  };

  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (violations.length > 0) return focusFirstError();
    if (state.loading) return;
    const done = criterion ? await update({ variables: { input: { criterionId: criterion.id, ...draft } } }).catch(() => null) : await create({ variables: { input: draft } }).catch(() => null);
    if (!done) return focusFirstError();
    if (!criterion) setText({ nameEn: '', nameNl: '', descriptionEn: '', descriptionNl: '', weight: '1' });
    setSubmitted(false);
    onDone(draft.nameEn);
  };

  return (
    <form ref={formRef} onSubmit={submit} className="k-stack" style={{ gap: 12 }} noValidate>
      <div className="k-criteria__form">
        {FIELDS.map((field) => {
          const id = `${idBase}-${field}`;
          const error = errorOf(field);
          const common = {
            id,
            value: text[field],
            onChange: (e: { target: { value: string } }) => setText((s) => ({ ...s, [field]: e.target.value })),
            'aria-invalid': !!error,
            'aria-describedby': error ? `${id}-error` : field === 'weight' ? `${id}-help` : undefined,
          };
          return (
            <Field key={field} id={id} label={t(LABELS[field])} error={error} help={field === 'weight' ? t('criteria.weightHelp') : undefined}>
              {field.startsWith('description') ? (
                <TextArea {...common} style={{ minHeight: 72, fontFamily: 'inherit' }} />
              ) : (
                <TextInput {...common} inputMode={field === 'weight' ? 'decimal' : undefined} autoComplete="off" />
              )}
            </Field>
          );
        })}
      </div>
      {refusal && !FIELDS.includes(refusal.field as DraftField) && <Notice tone="error">{describeRefusal(t, refusal)}</Notice>}
      <div className="k-row">
        <Button type="submit" variant="primary" size="sm" busy={state.loading} icon={criterion ? undefined : <Plus size={14} aria-hidden />}>
          {criterion ? t('criteria.save') : t('criteria.create')}
        </Button>
        {criterion && (
          <Button size="sm" variant="ghost" onClick={() => onDone('')}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

function CriterionItem({ criterion, onNotice }: { criterion: Criterion; onNotice: (message: string) => void }) {
  const { t, locale, formatNumber, formatDate } = useI18n();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [retire, retiring] = useMutation(retireScoreCriterionMutation);
  const name = locale === 'nl' ? criterion.nameNl : criterion.nameEn;
  const other = locale === 'nl' ? criterion.nameEn : criterion.nameNl;
  const description = locale === 'nl' ? criterion.descriptionNl : criterion.descriptionEn;

  if (editing) {
    return (
      <li className="k-criteria__item">
        <h3 className="k-scorecard__heading">{t('criteria.editing', { name })}</h3>
        <CriterionForm
          criterion={criterion}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onNotice(t('criteria.saved', { name: saved }));
          }}
        />
      </li>
    );
  }
  return (
    <li className="k-criteria__item">
      <h3 className="k-scorecard__heading" style={{ marginTop: 0 }}>
        {name} <span className="k-meta">({other})</span>
      </h3>
      {description && <p style={{ margin: '0 0 6px' }}>{description}</p>}
      <p className="k-meta" style={{ margin: '0 0 8px' }}>
        {t('criteria.weightValue', { weight: formatNumber(criterion.weight, { maximumFractionDigits: 2 }) })}
        {criterion.retiredAt && ` · ${t('criteria.retiredOn', { date: formatDate(criterion.retiredAt) })}`}
      </p>
      {!criterion.retiredAt &&
        (confirming ? (
          <div role="group" aria-label={t('criteria.retireName', { name })}>
            <Notice tone="warn">{t('criteria.retireConfirm', { name })}</Notice>
            <div className="k-row" style={{ marginTop: 8 }}>
              <Button
                size="sm"
                variant="primary"
                busy={retiring.loading}
                onClick={() =>
                  void retire({ variables: { input: { criterionId: criterion.id } } })
                    .then(() => onNotice(t('criteria.retiredDone', { name })))
                    .catch(() => undefined)
                }
              >
                {t('criteria.retireYes')}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </div>
            {retiring.error && <Notice tone="error">{describeError(t, retiring.error)}</Notice>}
          </div>
        ) : (
          <div className="k-row">
            <Button size="sm" icon={<Pencil size={14} aria-hidden />} aria-label={t('criteria.editName', { name })} onClick={() => setEditing(true)}>
              {t('criteria.edit')}
            </Button>
            <Button size="sm" variant="ghost" icon={<Archive size={14} aria-hidden />} aria-label={t('criteria.retireName', { name })} onClick={() => setConfirming(true)}>
              {t('criteria.retire')}
            </Button>
          </div>
        ))}
    </li>
  );
}

/** /admin/criteria: admins define, edit and retire the criteria reviewers score ideas by. */
export function CriteriaPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  useDocumentTitle(t('criteria.title'));
  const { data, loading, error, refetch } = useQuery(criteriaPageQuery, { skip: viewer?.role !== 'ADMIN' });
  const [notice, setNotice] = useState<string | null>(null);

  if (viewer?.role !== 'ADMIN') {
    return (
      <div>
        <PageHeader title={t('criteria.title')} />
        <Notice tone="info">{t('criteria.adminOnly')}</Notice>
      </div>
    );
  }
  const all = data?.scoreCriteria ?? [];
  const active = all.filter((c) => !c.retiredAt);
  const retired = all.filter((c) => c.retiredAt);
  return (
    <div className="k-stack">
      <PageHeader title={t('criteria.title')} lead={t('criteria.lead')} />
      {notice && (
        <div role="status">
          <Notice tone="ok">{notice}</Notice>
        </div>
      )}
      {error && !data ? (
        <Card>
          <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
        </Card>
      ) : !data && loading ? (
        <Card>
          <LoadingState lines={6} />
        </Card>
      ) : (
        <>
          <Card aria-labelledby="criteria-active">
            <CardTitle id="criteria-active" icon={<ListChecks size={18} aria-hidden />}>
              {t('criteria.active')}
            </CardTitle>
            {active.length === 0 ? (
              <EmptyState title={t('criteria.none')} />
            ) : (
              <ul className="k-plainlist">
                {active.map((c) => (
                  <CriterionItem key={c.id} criterion={c} onNotice={setNotice} />
                ))}
              </ul>
            )}
          </Card>
          <Card aria-labelledby="criteria-new">
            <CardTitle id="criteria-new" icon={<Plus size={18} aria-hidden />}>
              {t('criteria.new')}
            </CardTitle>
            <CriterionForm onDone={(name) => setNotice(t('criteria.created', { name }))} />
          </Card>
          <Card aria-labelledby="criteria-retired">
            <CardTitle id="criteria-retired" icon={<Archive size={18} aria-hidden />}>
              {t('criteria.retiredList')}
            </CardTitle>
            <p className="k-meta" style={{ marginTop: -6 }}>
              {t('criteria.retiredLead')}
            </p>
            {retired.length === 0 ? (
              <p className="k-meta">{t('criteria.noneRetired')}</p>
            ) : (
              <ul className="k-plainlist">
                {retired.map((c) => (
                  <CriterionItem key={c.id} criterion={c} onNotice={setNotice} />
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
    </div>
  );
}
