import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { Eye, GitBranch, PenLine, Save, Scale, Send, UserPlus, X } from 'lucide-react';
import { InputReason } from '@kindling/shared/errors';
import { LIMITS, checkParents, checkSplitShares, checkTags, defaultRelation, ideaDraftViolations, normaliseText, normaliseTitle, parseTagText, type RuleViolation } from '@kindling/shared/rules';
import { graphql, describeError, describeRefusal, readRefusal, useViewer, type Relation } from '@kindling/web/data-access';
import { Button, Card, CardTitle, Field, Markdown, Notice, PageHeader, PersonChip, Select, TextArea, TextInput } from '@kindling/web/ui';
import { describeReason, shownTitle, useI18n, type MessageKey, useDebounced, useDocumentTitle } from '@kindling/web/util';
import { CampaignChoice } from './campaign-choice';
import { ComposeCreditPreview } from './compose-credit-preview';
import { readDraft, removeDraft, writeDraft, type ComposeDraft } from './compose-draft';
import { ComposeSimilar } from './compose-similar';
import { SPLIT_TOTAL, addShare, equalShares, normaliseShares, removeShare, setShare } from './compose-split';
import { IdeaPicker, type PickedIdea } from './idea-picker';
import { PersonPicker, type PickedPerson } from './person-picker';

export const postIdeaMutation = graphql(`
  mutation PostIdea($input: PostIdeaInput!) {
    postIdea(input: $input) {
      idea {
        id
        title
      }
    }
  }
`);

export const buildOnMutation = graphql(`
  mutation BuildOn($input: BuildOnInput!) {
    buildOn(input: $input) {
      idea {
        id
        title
      }
    }
  }
`);

export const composeParentsQuery = graphql(`
  query ComposeParents($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Idea {
        title
      }
    }
  }
`);

export const composeInviteMutation = graphql(`
mutation ComposeInvite($input: InviteCoAuthorInput!) {
  inviteCoAuthor(input: $input) {
    idea {
      id
    }
  }
}
  `);

const RELATIONS: readonly Relation[] = ['EXTENDS', 'COMBINES', 'REFINES'];

/** The inputs this form shows, named as the API names them in a refusal's `field`. */
type FormField = 'title' | 'body' | 'tags' | 'parentIds' | 'relation' | 'split' | 'campaignId';
/** In the order they appear on the page. */
const FORM_FIELDS: readonly string[] = ['title', 'body', 'tags', 'campaignId', 'parentIds', 'relation', 'split'] satisfies FormField[];

/** The element each field's error sends the focus to. */
const FIELD_INPUTS: Record<FormField, string> = {
  title: 'compose-title',
  body: 'compose-body',
  tags: 'compose-tags',
  campaignId: 'compose-campaign',
  parentIds: 'parent-search',
  relation: 'compose-relation',
  split: 'compose-split-0',
};

/** A refusal about `parentIds[1]` belongs to the list of parents. */
const formField = (field: string | null) => field?.replace(/\[\d+\]$/, '') ?? null;

/** Empty fields are only pointed out once someone tries to post; other problems show as they are typed. */
const UNTIL_SUBMIT: ReadonlySet<InputReason> = new Set([InputReason.TITLE_EMPTY, InputReason.BODY_EMPTY]);

interface Parent extends PickedIdea {
  weight: number;
}

/** New ideas and build-ons change lists and counts everywhere: drop cached lists so they refetch. */
function forgetLists(cache: ApolloCache, parentIds: readonly string[]) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'ideas' });
  for (const id of parentIds) {
    const ref = cache.identify({ __typename: 'Idea', id });
    if (!ref) continue;
    for (const fieldName of ['children', 'buildOnCount', 'credit', 'lineage', 'upstreamCredit']) cache.evict({ id: ref, fieldName });
  }
  cache.gc();
}

export function ComposePage() {
  const { t, formatPercent } = useI18n();
  const navigate = useNavigate();
  const viewer = useViewer();
  useDocumentTitle(t('nav.compose'));
  const client = useApolloClient();
  const [params] = useSearchParams();
  const initialParentIds = useMemo(() => params.getAll('parent').filter(Boolean), [params]);

  // a draft of this person's from an earlier visit; the link that opened the page may add parents or a campaign to it
  const [restored, setRestored] = useState(() => (viewer ? readDraft(viewer.id) : null));
  const [title, setTitle] = useState(restored?.title ?? '');
  const [body, setBody] = useState(restored?.body ?? '');
  const [tagText, setTagText] = useState(restored?.tagText ?? '');
  const [campaignId, setCampaignId] = useState(() => params.get('campaign') ?? restored?.campaignId ?? '');
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [parents, setParents] = useState<Parent[]>(() => {
    const kept = restored?.parents ?? [];
    const shares = normaliseShares(kept.map((p) => p.weight));
    return kept.map((p, i) => ({ ...p, weight: shares[i] ?? 0 }));
  });
  const [relation, setRelation] = useState<Relation | ''>(restored?.relation ?? '');
  const [coAuthors, setCoAuthors] = useState<PickedPerson[]>(restored?.coAuthors ?? []);
  const [submitted, setSubmitted] = useState(false);
  const [inviteError, setInviteError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const addParents = (picked: readonly PickedIdea[]) =>
    setParents((ps) => {
      let next = ps;
      for (const idea of picked) {
        if (next.some((p) => p.id === idea.id)) continue;
        const shares = addShare(next.map((p) => p.weight));
        next = [...next, { ...idea, weight: 0 }].map((p, i) => ({ ...p, weight: shares[i] ?? 0 }));
      }
      return next;
    });

  const preset = useQuery(composeParentsQuery, { variables: { ids: initialParentIds }, skip: initialParentIds.length === 0 });
  useEffect(() => {
    const nodes = preset.data?.nodes ?? [];
    addParents(nodes.flatMap((n) => (n && n.__typename === 'Idea' ? [{ id: n.id, title: n.title }] : [])));
  }, [preset.data]);

  // saved as it is typed (debounced) and once more when the page is left, so navigating away loses nothing
  const draft: ComposeDraft = { title, body, tagText, campaignId, relation, parents, coAuthors };
  const latest = useRef({ draft, posted: false });
  latest.current.draft = draft;
  const saved = useDebounced(JSON.stringify(draft), 400);
  useEffect(() => {
    if (viewer && !latest.current.posted) writeDraft(viewer.id, JSON.parse(saved) as ComposeDraft);
  }, [saved, viewer?.id]);
  useEffect(() => {
    if (!viewer) return;
    const flush = () => {
      if (!latest.current.posted) writeDraft(viewer.id, latest.current.draft);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [viewer?.id]);

  const [postIdea, postState] = useMutation(postIdeaMutation);
  const [buildOn, buildState] = useMutation(buildOnMutation);
  const [invite] = useMutation(composeInviteMutation);
  const busy = postState.loading || buildState.loading;
  const error = postState.error ?? buildState.error;

  const idea = { title: normaliseTitle(title), body: normaliseText(body), tags: parseTagText(tagText) };
  const answering = campaignId ? { campaignId } : {};
  const parentIds = parents.map((p) => p.id);
  // the shares as shown are the split stored: whole percentages adding up to 100
  const split = parents.map((p) => p.weight);
  const effectiveRelation: Relation = relation || defaultRelation(parents.length);
  // The API's own rules, checked before sending; a build-on also needs valid parents and a valid split.
  const violations = [...ideaDraftViolations(idea), ...(parents.length ? [checkParents(parentIds, effectiveRelation), checkSplitShares(split, parents.length)] : [])].filter(
    (v): v is RuleViolation => v !== null,
  );
  const refusal = error ? readRefusal(error) : null;
  const refusalField = formField(refusal?.field ?? null);
  /** What a field shows: the form's own check, else what the API said about that input. */
  const errorAt = (field: FormField): string | null => {
    const violation = violations.find((v) => v.field === field && (submitted || !UNTIL_SUBMIT.has(v.reason)));
    if (violation) return describeReason(t, violation.reason);
    return refusal && refusalField === field ? describeRefusal(t, refusal) : null;
  };
  const errors = {
    title: errorAt('title'),
    body: errorAt('body'),
    tags: errorAt('tags'),
    parentIds: errorAt('parentIds'),
    relation: errorAt('relation'),
    split: errorAt('split'),
    campaignId: errorAt('campaignId'),
  };

  /** Attention goes to the first input that needs it (in the form's order), scrolled into view. */
  const focusField = (fields: readonly string[]) => {
    const first = FORM_FIELDS.find((f) => fields.includes(f));
    const element = first ? document.getElementById(FIELD_INPUTS[first as FormField]) : null;
    element?.focus();
  };
  useEffect(() => {
    if (refusalField) focusField([refusalField]);
  }, [refusal?.field, error]);

  const buildOnInstead = (picked: PickedIdea) => {
    addParents([picked]);
    setAnnouncement(t('compose.parentAdded', { title: shownTitle(t, picked.title) }));
    document.getElementById('parents-title')?.focus();
  };

  const discardDraft = () => {
    if (viewer) removeDraft(viewer.id);
    setRestored(null);
    setTitle('');
    setBody('');
    setTagText('');
    setCampaignId(params.get('campaign') ?? '');
    setRelation('');
    setCoAuthors([]);
    setParents([]);
    addParents((preset.data?.nodes ?? []).flatMap((n) => (n && n.__typename === 'Idea' ? [{ id: n.id, title: n.title }] : [])));
    document.getElementById('compose-title')?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (violations.length) return focusField(violations.map((v) => v.field));
    if (busy) return;
    try {
      const id = parents.length
        ? (
            await buildOn({
              variables: { input: { ...idea, ...answering, parentIds, relation: effectiveRelation, split } },
              update: (cache) => forgetLists(cache, parentIds),
            })
          ).data?.buildOn.idea.id
        : (await postIdea({ variables: { input: { ...idea, ...answering } }, update: (cache) => forgetLists(cache, []) })).data?.postIdea.idea.id;
      if (!id) return;
      // posted: the draft has become the idea
      latest.current.posted = true;
      if (viewer) removeDraft(viewer.id);
      // the campaign's ranking and count changed: read it afresh next time
      if (campaignId) client.cache.evict({ id: client.cache.identify({ __typename: 'Campaign', id: campaignId }) });
      const failures: string[] = [];
      for (const person of coAuthors) {
        await invite({ variables: { input: { ideaId: id, personId: person.id } } }).catch((err: unknown) => failures.push(`${person.name}: ${describeError(t, err)}`));
      }
      if (failures.length) setInviteError(failures.join(' '));
      await client.refetchQueries({ include: 'active' }).catch(() => undefined);
      navigate(`/ideas/${encodeURIComponent(id)}`);
    } catch {
      /* shown through the mutation's error */
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="compose-heading" className="k-compose">
      <PageHeader title={<span id="compose-heading">{parents.length ? t('compose.buildOnTitle') : t('compose.title')}</span>} lead={t('compose.lead')} />
      {restored && (
        <div className="k-compose__restored">
          <Notice tone="info" icon={<Save size={16} aria-hidden />}>
            <span>{t('compose.draftRestored')}</span>
            {' · '}
            <Button size="sm" variant="ghost" onClick={discardDraft}>
              {t('compose.draftDiscard')}
            </Button>
          </Notice>
        </div>
      )}
      <div className="k-compose__grid">
        <Card className="k-compose__title">
          <Field id="compose-title" label={t('compose.ideaTitle')} error={errors.title}>
            <TextInput
              id="compose-title"
              value={title}
              placeholder={t('compose.titlePlaceholder')}
              aria-invalid={!!errors.title}
              aria-describedby={errors.title ? 'compose-title-error' : undefined}
              onChange={(e) => setTitle(e.target.value)}
            />
          </Field>
        </Card>

        <ComposeSimilar title={title} body={body} exclude={parentIds} onBuildOn={buildOnInstead} />

        <div className="k-stack k-compose__rest">
          <Card>
            <div className="k-stack">
              <div className="k-field">
                <div className="k-row" style={{ justifyContent: 'space-between' }}>
                  <label className="k-field__label" htmlFor="compose-body">
                    {t('compose.body')}
                  </label>
                  <div className="k-segmented" role="group" aria-label={t('compose.mode')}>
                    <button type="button" aria-pressed={tab === 'write'} onClick={() => setTab('write')}>
                      <PenLine size={13} aria-hidden /> {t('compose.write')}
                    </button>
                    <button type="button" aria-pressed={tab === 'preview'} onClick={() => setTab('preview')}>
                      <Eye size={13} aria-hidden /> {t('compose.preview')}
                    </button>
                  </div>
                </div>
                {tab === 'write' ? (
                  <TextArea id="compose-body" value={body} aria-invalid={!!errors.body} aria-describedby={errors.body ? 'compose-body-error' : 'compose-body-help'} onChange={(e) => setBody(e.target.value)} rows={12} />
                ) : (
                  <div className="k-preview" id="compose-body" tabIndex={0} aria-label={t('compose.preview')}>
                    {body.trim() ? <Markdown source={body} /> : <p className="k-meta">{t('compose.nothing')}</p>}
                  </div>
                )}
                {errors.body ? (
                  <span className="k-field__error" id="compose-body-error" role="alert">
                    {errors.body}
                  </span>
                ) : (
                  <span className="k-field__help" id="compose-body-help">
                    {t('compose.bodyHelp')}
                  </span>
                )}
              </div>
              <Field id="compose-tags" label={t('compose.tags')} help={t('compose.tagsHelp', LIMITS)} error={errors.tags}>
                <TextInput
                  id="compose-tags"
                  value={tagText}
                  placeholder={t('compose.tagsPlaceholder')}
                  onChange={(e) => setTagText(e.target.value)}
                  aria-invalid={!!errors.tags}
                  aria-describedby={errors.tags ? 'compose-tags-error' : 'compose-tags-help'}
                />
              </Field>
              {idea.tags.length > 0 && (
                <div className="k-row" style={{ gap: 6 }}>
                  {idea.tags.map((tag) =>
                    checkTags([tag]) ? (
                      <span key={tag} className="k-tag k-tag--invalid">
                        #{tag}
                        <span className="k-sr-only"> ({t('compose.invalidTag')})</span>
                      </span>
                    ) : (
                      <span key={tag} className="k-tag">
                        #{tag}
                      </span>
                    ),
                  )}
                </div>
              )}
              <CampaignChoice value={campaignId} onChange={setCampaignId} error={errors.campaignId} />
            </div>
          </Card>

          <Card aria-labelledby="parents-title">
            <h2 className="k-card__title" id="parents-title" tabIndex={-1}>
              <GitBranch size={18} aria-hidden />
              {t('compose.parents')}
            </h2>
            <p className="k-meta" style={{ marginTop: -6 }}>
              {t('compose.parentsHelp')}
            </p>
            <IdeaPicker label={t('compose.parentSearch')} onPick={(picked) => addParents([picked])} exclude={parentIds} invalid={!!errors.parentIds} describedBy={errors.parentIds ? 'compose-parents-error' : undefined} />
            {errors.parentIds && (
              <p className="k-field__error" id="compose-parents-error" role="alert">
                {errors.parentIds}
              </p>
            )}
            {parents.length > 0 && (
              <div className="k-stack" style={{ marginTop: 16 }}>
                <Field id="compose-relation" label={t('compose.relation')} help={t(`relation.${effectiveRelation}.help` as MessageKey)} error={errors.relation}>
                  <Select
                    id="compose-relation"
                    value={effectiveRelation}
                    aria-invalid={!!errors.relation}
                    aria-describedby={errors.relation ? 'compose-relation-error' : 'compose-relation-help'}
                    onChange={(e) => setRelation(e.target.value as Relation)}
                  >
                    {RELATIONS.map((r) => (
                      <option key={r} value={r}>
                        {t(`relation.${r}` as MessageKey)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <fieldset className="k-split" aria-describedby={errors.split ? 'compose-split-error' : 'compose-split-help'}>
                  <legend className="k-field__label">{t('compose.split')}</legend>
                  <p className="k-field__help" id="compose-split-help" style={{ margin: '0 0 8px' }}>
                    {parents.length > 1 ? t('compose.splitHelp') : t('compose.splitHelpOne')}
                  </p>
                  <ul className="k-plainlist">
                    {parents.map((p, i) => (
                      <li key={p.id} className="k-split__row" data-testid="split-row">
                        <div className="k-row" style={{ justifyContent: 'space-between', flexWrap: 'nowrap' }}>
                          <Link to={`/ideas/${encodeURIComponent(p.id)}`} className="k-split__title">
                            {shownTitle(t, p.title)}
                          </Link>
                          <strong className="k-num" data-testid="split-share">
                            {formatPercent(p.weight, 0)}
                          </strong>
                          <Button
                            size="sm"
                            variant="ghost"
                            icon={<X size={14} aria-hidden />}
                            aria-label={`${t('common.remove')}: ${shownTitle(t, p.title)}`}
                            onClick={() => {
                              const shares = removeShare(split, i);
                              setParents(parents.filter((x) => x.id !== p.id).map((x, j) => ({ ...x, weight: shares[j] ?? 0 })));
                            }}
                          />
                        </div>
                        {parents.length > 1 && (
                          <input
                            type="range"
                            id={`compose-split-${i}`}
                            min={1}
                            max={SPLIT_TOTAL - (parents.length - 1)}
                            step={1}
                            value={p.weight}
                            className="k-range"
                            aria-label={t('compose.splitOf', { title: shownTitle(t, p.title) })}
                            aria-valuetext={formatPercent(p.weight, 0)}
                            aria-invalid={!!errors.split}
                            aria-describedby={errors.split ? 'compose-split-error' : undefined}
                            onChange={(e) => {
                              const shares = setShare(split, i, Number(e.target.value));
                              setParents(parents.map((x, j) => ({ ...x, weight: shares[j] ?? 0 })));
                            }}
                          />
                        )}
                      </li>
                    ))}
                  </ul>
                  {errors.split && (
                    <p className="k-field__error" id="compose-split-error" role="alert">
                      {errors.split}
                    </p>
                  )}
                  {parents.length > 1 && (
                    <Button
                      size="sm"
                      icon={<Scale size={14} aria-hidden />}
                      onClick={() => {
                        const shares = equalShares(parents.length);
                        setParents(parents.map((p, j) => ({ ...p, weight: shares[j] ?? 0 })));
                      }}
                    >
                      {t('compose.equal')}
                    </Button>
                  )}
                </fieldset>
              </div>
            )}
          </Card>

          <Card aria-labelledby="coauthors-title">
            <CardTitle id="coauthors-title" icon={<UserPlus size={18} aria-hidden />}>
              {t('compose.coAuthors')}
            </CardTitle>
            <p className="k-meta" style={{ marginTop: -6 }}>
              {t('compose.coAuthorsHelp')}
            </p>
            <PersonPicker label={t('idea.invite')} placeholder={t('idea.invitePlaceholder')} exclude={[...(viewer ? [viewer.id] : []), ...coAuthors.map((c) => c.id)]} onPick={(p) => setCoAuthors((cs) => [...cs, p])} />
            {coAuthors.length > 0 && (
              <ul className="k-plainlist" style={{ marginTop: 12 }}>
                {coAuthors.map((c) => (
                  <li key={c.id} className="k-row">
                    <PersonChip person={c} link={false} />
                    <Button size="sm" variant="ghost" icon={<X size={14} aria-hidden />} aria-label={`${t('common.remove')}: ${c.name}`} onClick={() => setCoAuthors(coAuthors.filter((x) => x.id !== c.id))} />
                  </li>
                ))}
              </ul>
            )}
          </Card>

          <ComposeCreditPreview parents={parents.map((p) => ({ title: shownTitle(t, p.title), share: p.weight }))} coAuthorNames={coAuthors.map((c) => c.name)} />

          {refusal && !(refusalField && FORM_FIELDS.includes(refusalField)) && <Notice tone="error">{describeRefusal(t, refusal)}</Notice>}
          {inviteError && <Notice tone="warn">{inviteError}</Notice>}
          <div className="k-row">
            <Button type="submit" variant="primary" icon={<Send size={16} aria-hidden />} busy={busy}>
              {busy ? t('compose.posting') : parents.length ? t('compose.submitBuildOn') : t('compose.submit')}
            </Button>
            <Button variant="ghost" onClick={() => navigate(-1)}>
              {t('common.cancel')}
            </Button>
            {viewer && <span className="k-meta">{t('compose.draftAutosave')}</span>}
          </div>
          <p className="k-sr-only" role="status">
            {announcement}
          </p>
        </div>
      </div>
    </form>
  );
}
