import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { CalendarDays, GitBranch, GitFork, ThumbsUp } from 'lucide-react';
import { graphql, describeError, isNotFound, retryFor, useViewer } from '@kindling/web/data-access';
import { Button, ButtonLink, Card, CardTitle, CopyLinkButton, EmptyState, ErrorState, LoadingState, Markdown, NotFoundState, StatusBadge, Tag } from '@kindling/web/ui';
import { shownTitle, useI18n, type MessageKey, useDocumentTitle } from '@kindling/web/util';
import { FollowButton } from '@kindling/web/notifications';
import { CreditPanel } from './credit-panel';
import { Comments } from './comments';
import { CurationCard, CurationNotes } from './curation';
import { AuthorTools, EditedMark, WithdrawnBanner } from './idea-authoring';
import { IdeaRevisions } from './idea-revisions';
import { IdeaCard } from './idea-card';
import { IdeaReview } from './idea-review';
import { IdeaCampaign } from './idea-campaign';
import { IdeaLive } from './idea-live';
import { CoAuthorsCard } from './co-authors-card';
import { useHashTarget } from './use-hash-target';
import { LinkParent } from './link-parent';
import { HiddenBanner, IdeaTitle, ReportButton } from './moderation';
import { ScoreSummary, ScorecardCard } from './scorecard-card';

const LineageGraph = lazy(() => import('./lineage-graph'));

export const ideaPageQuery = graphql(`
  query IdeaPage($id: ID!, $childrenAfter: String) {
    node(id: $id) {
      id
      ... on Idea {
        title
        body
        tags
        status
        createdAt
        retention
        endorsementCount
        buildOnCount
        viewerHasEndorsed
        viewerIsAuthor
        ...CoAuthors_idea
        ...FollowButton
        parents {
          relation
          split
          idea {
            id
            title
          }
        }
        children(first: 20, after: $childrenAfter) {
          totalCount
          edges {
            cursor
            node {
              relation
              split
              idea {
                id
                ...IdeaCard_idea
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        withdrawal {
          at
        }
        ...CreditPanel_idea
        ...Comments_idea
        ...ScoreSummary_idea
        ...Scorecard_idea
        ...Curation_idea
        ...IdeaReview_idea
        ...IdeaAuthoring_idea
        ...IdeaRevisions_idea
        ...IdeaModeration_idea
        ...IdeaCampaign_idea
        ...LinkParent_idea
      }
    }
  }
`);

export const endorseMutation = graphql(`
  mutation Endorse($input: IdeaRefInput!) {
    endorse(input: $input) {
      idea {
        id
        viewerHasEndorsed
        endorsementCount
        ...CreditPanel_idea
      }
    }
  }
`);

export const unendorseMutation = graphql(`
  mutation Unendorse($input: IdeaRefInput!) {
    unendorse(input: $input) {
      idea {
        id
        viewerHasEndorsed
        endorsementCount
        ...CreditPanel_idea
      }
    }
  }
`);

function EndorseButton({ ideaId, endorsed, count, disabled }: { ideaId: string; endorsed: boolean; count: number; disabled: boolean }) {
  const { t, formatNumber } = useI18n();
  const [endorse, e1] = useMutation(endorseMutation);
  const [unendorse, e2] = useMutation(unendorseMutation);
  const busy = e1.loading || e2.loading;
  const error = e1.error ?? e2.error;
  return (
    <span className="k-row">
      <Button
        variant={endorsed ? 'active' : disabled ? 'secondary' : 'primary'}
        icon={<ThumbsUp size={16} aria-hidden />}
        aria-pressed={endorsed}
        busy={busy}
        disabled={disabled}
        title={disabled ? t('idea.ownIdea') : endorsed ? t('idea.unendorseHint') : undefined}
        onClick={() => void (endorsed ? unendorse : endorse)({ variables: { input: { ideaId } } }).catch(() => undefined)}
      >
        {endorsed ? t('idea.unendorse') : t('idea.endorse')} · {formatNumber(count)}
      </Button>
      {error && <span className="k-field__error">{describeError(t, error)}</span>}
    </span>
  );
}

export function IdeaPage() {
  const { id = '' } = useParams();
  const { t, formatDate, formatPercent, formatNumber } = useI18n();
  const { data, loading, error, refetch, fetchMore } = useQuery(ideaPageQuery, { variables: { id } });
  const idea = data?.node?.__typename === 'Idea' ? data.node : null;
  const viewer = useViewer();

  useDocumentTitle(idea?.title);
  useHashTarget(Boolean(idea));
  if (error && !data && isNotFound(error)) return <Card><NotFoundState kind="idea" /></Card>;
  if (error && !data) return <Card><ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} /></Card>;
  if (!data && loading) return <Card><LoadingState lines={8} /></Card>;
  if (!idea) return <Card><NotFoundState kind="idea" /></Card>;

  return (
    <div className="k-idea-layout">
      <IdeaLive key={idea.id} ideaId={idea.id} />
      <div className="k-stack k-idea-layout__top">
        <article className="k-card k-idea" aria-labelledby="idea-title">
          <div className="k-row" style={{ marginBottom: 8 }}>
            <StatusBadge status={idea.status} />
            <span className="k-meta k-row" style={{ gap: 4 }}>
              <CalendarDays size={14} aria-hidden />
              {t('idea.posted', { date: formatDate(idea.createdAt) })}
            </span>
            <ScoreSummary idea={idea} />
            <EditedMark idea={idea} />
          </div>
          <WithdrawnBanner idea={idea} />
          <IdeaTitle idea={idea} />
          <HiddenBanner idea={idea} />
          <IdeaCampaign idea={idea} />
          <CurationNotes idea={idea} />
          {idea.parents.length > 0 && (
            <div className="k-idea__parents">
              <GitBranch size={16} aria-hidden />
              <span>{t('idea.buildsOn')}</span>
              {idea.parents.map((p) => (
                <span key={p.idea.id} className="k-idea__parent">
                  <Link to={`/ideas/${encodeURIComponent(p.idea.id)}`}>{shownTitle(t, p.idea.title)}</Link>{' '}
                  <span className="k-meta">
                    ({t(`relation.${p.relation}` as MessageKey)}, {formatPercent(p.split * 100, 0)})
                  </span>
                </span>
              ))}
            </div>
          )}
          <Markdown source={idea.body} className="k-idea__body" />
          {idea.tags.length > 0 && (
            <div className="k-row" style={{ gap: 6, marginTop: 16 }} aria-label={t('idea.tags')}>
              {idea.tags.map((tag) => (
                <Tag key={tag} tag={tag} to={`/?tag=${encodeURIComponent(tag)}`} />
              ))}
            </div>
          )}
          {idea.parents.length > 0 && <p className="k-meta" style={{ marginBottom: 0 }}>{t('idea.retention', { value: formatPercent(idea.retention * 100, 0) })}</p>}
          <hr className="k-divider" />
          <div className="k-row">
            {!idea.withdrawal && (
              <>
                <EndorseButton ideaId={idea.id} endorsed={idea.viewerHasEndorsed} count={idea.endorsementCount} disabled={idea.viewerIsAuthor} />
                <ButtonLink to={`/compose?parent=${encodeURIComponent(idea.id)}`} icon={<GitFork size={16} aria-hidden />}>
                  {t('idea.buildOnThis')}
                </ButtonLink>
              </>
            )}
            <ReportButton ideaId={idea.id} authorIds={idea.viewerIsAuthor && viewer ? [viewer.id] : []} />
            {viewer && <FollowButton idea={idea} />}
            <CopyLinkButton path={`/ideas/${encodeURIComponent(idea.id)}`} label={t('find.copyLink')} copiedLabel={t('find.linkCopied')} failedLabel={t('find.copyFailed')} />
          </div>
          <AuthorTools idea={idea} />
          <LinkParent idea={idea} />
        </article>
        <IdeaReview idea={idea} />
      </div>
      <aside className="k-stack k-idea-layout__side" aria-label={t('credit.title')}>
        <CreditPanel idea={idea} linkable />
        {viewer && viewer.role !== 'MEMBER' && <ScorecardCard key={idea.id} idea={idea} />}
        <CoAuthorsCard idea={idea} />
        <CurationCard idea={idea} />
      </aside>
      <div className="k-stack k-idea-layout__rest">
        <Suspense fallback={<Card><LoadingState lines={3} /></Card>}>
          <LineageGraph ideaId={idea.id} />
        </Suspense>

        <Card aria-labelledby="children-title">
          <CardTitle id="children-title" icon={<GitBranch size={18} aria-hidden />}>
            {t('idea.children')} <span className="k-meta">({formatNumber(idea.children.totalCount)})</span>
          </CardTitle>
          {idea.children.edges.length === 0 ? (
            <EmptyState title={t('idea.noChildren')} icon={<GitFork size={32} aria-hidden />} action={idea.withdrawal ? undefined : <ButtonLink to={`/compose?parent=${encodeURIComponent(idea.id)}`} variant="primary">{t('idea.buildOnThis')}</ButtonLink>} />
          ) : (
            <div className="k-stack">
              {idea.children.edges.map((e) => (
                <div key={e.node.idea.id}>
                  <span className="k-meta">
                    {t(`relation.${e.node.relation}` as MessageKey)} · {formatPercent(e.node.split * 100, 0)}
                  </span>
                  <IdeaCard idea={e.node.idea} headingLevel={3} />
                </div>
              ))}
              {idea.children.pageInfo.hasNextPage && (
                <div className="k-row" style={{ justifyContent: 'center' }}>
                  <Button onClick={() => void fetchMore({ variables: { childrenAfter: idea.children.pageInfo.endCursor } })}>{t('common.loadMore')}</Button>
                </div>
              )}
            </div>
          )}
        </Card>

        <IdeaRevisions idea={idea} />
        <Comments idea={idea} />
      </div>
    </div>
  );
}
