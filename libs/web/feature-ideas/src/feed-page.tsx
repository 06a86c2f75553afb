import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Clock, Filter, GitBranch, Lightbulb, PenLine, Search, Star, User, X } from 'lucide-react';
import { graphql, describeError, retryFor, useViewer, type IdeaFilter, type IdeaOrder, type IdeaStatus } from '@kindling/web/data-access';
import { Button, ButtonLink, EmptyState, ErrorState, Field, LoadingState, PageHeader, Select, TextInput } from '@kindling/web/ui';
import { useDebounced, useI18n, type MessageKey, useDocumentTitle } from '@kindling/web/util';
import { IdeaCard } from './idea-card';
import { DepartmentFilter, StatusFilter } from './idea-filters';
import { AuthorFilter, AuthorSuggestions } from './author-suggestions';

export const feedQuery = graphql(`
  query Feed($filter: IdeaFilter, $orderBy: IdeaOrder, $first: Int!, $after: String) {
    ideas(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          tags
          ...IdeaCard_idea
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Tab = IdeaOrder | 'MINE';
const TABS: { tab: Tab; icon: typeof Clock }[] = [
  { tab: 'NEWEST', icon: Clock },
  { tab: 'MOST_ENDORSED', icon: Star },
  { tab: 'MOST_BUILT_ON', icon: GitBranch },
  { tab: 'MINE', icon: User },
];
const PAGE = 20;

export function FeedPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  useDocumentTitle(t('feed.title'));
  const [params, setParams] = useSearchParams();
  const tab = (params.get('order') as Tab | null) ?? 'NEWEST';
  const tag = params.get('tag') ?? '';
  const departmentId = params.get('dept') ?? '';
  const status = (params.get('status') as IdeaStatus | null) ?? '';
  const authorId = params.get('by') ?? '';
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebounced(text.trim(), 350);

  const update = (changes: Record<string, string | null>) => {
    // from the address bar, not this render's params: a navigation just made (picking "Ideas by …") may not have
    // rendered yet when the debounced search text writes `q`, and must not be undone by it
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) update({ q: q || null });
  }, [q]);

  const filter = useMemo<IdeaFilter>(() => {
    const f: IdeaFilter = {};
    if (q) f.text = q;
    if (tag) f.tag = tag;
    if (departmentId) f.departmentId = departmentId;
    if (status) f.status = status;
    if (authorId) f.authorId = authorId;
    if (tab === 'MINE' && viewer) f.authorId = viewer.id;
    return f;
  }, [q, tag, departmentId, status, authorId, tab, viewer]);
  const orderBy: IdeaOrder = tab === 'MINE' ? 'NEWEST' : tab;

  const { data, loading, error, fetchMore, refetch } = useQuery(feedQuery, {
    variables: { filter, orderBy, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.ideas;
  const edges = connection?.edges ?? [];
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor || loadingMore) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  // Infinite scroll: a sentinel below the list loads the next page when it scrolls into view.
  const sentinel = useRef<HTMLDivElement>(null);
  const loadMoreRef = useRef(loadMore);
  loadMoreRef.current = loadMore;
  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) void loadMoreRef.current();
    }, { rootMargin: '400px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [hasMore, edges.length]);

  const knownTags = useMemo(() => [...new Set(edges.flatMap((e) => e.node.tags))].sort(), [edges]);
  const filtersActive = !!(q || tag || departmentId || status || authorId);

  return (
    <div>
      <PageHeader
        title={t('feed.title')}
        lead={t('app.tagline')}
        actions={
          <ButtonLink to="/compose" variant="primary" icon={<PenLine size={16} aria-hidden />}>
            {t('nav.compose')}
          </ButtonLink>
        }
      />
      <nav className="k-tabs" aria-label={t('feed.order')}>
        {TABS.map(({ tab: key, icon: Icon }) => {
          const next = new URLSearchParams(params);
          if (key === 'NEWEST') next.delete('order');
          else next.set('order', key);
          const search = next.toString();
          return (
            <Link key={key} to={{ pathname: '/', search: search ? `?${search}` : '' }} aria-current={tab === key ? 'page' : undefined}>
              <Icon size={16} aria-hidden /> {t(`feed.tab.${key}` as MessageKey)}
            </Link>
          );
        })}
      </nav>
      <section className="k-card k-feed-filters" aria-label={t('feed.filters')}>
        <div className="k-feed-filters__search">
          <Field id="feed-search" label={t('feed.search')} hideLabel>
            <TextInput id="feed-search" type="search" icon={<Search size={16} aria-hidden />} placeholder={t('feed.searchPlaceholder')} value={text} onChange={(e) => setText(e.target.value)} />
          </Field>
          {!authorId && <AuthorSuggestions search={q} onPick={(id) => { setText(''); update({ by: id, q: null }); }} />}
        </div>
        <Field id="feed-tag" label={t('feed.tag')} hideLabel>
          <Select id="feed-tag" value={tag} onChange={(e) => update({ tag: e.target.value || null })}>
            <option value="">{t('feed.anyTag')}</option>
            {[...new Set([...knownTags, ...(tag ? [tag] : [])])].map((x) => (
              <option key={x} value={x}>
                #{x}
              </option>
            ))}
          </Select>
        </Field>
        <DepartmentFilter id="feed-dept" value={departmentId} onChange={(dept) => update({ dept: dept || null })} hideLabel />
        <StatusFilter id="feed-status" value={status} onChange={(value) => update({ status: value || null })} hideLabel />
      </section>
      <div className="k-row k-meta" style={{ margin: '12px 0', minHeight: 32 }} aria-live="polite">
        {connection?.totalCount != null && <span>{t('feed.count', { count: connection.totalCount })}</span>}
        {filtersActive && (
          <Button
            size="sm"
            variant="ghost"
            icon={<X size={14} aria-hidden />}
            onClick={() => {
              setText('');
              update({ q: null, tag: null, dept: null, status: null, by: null });
            }}
          >
            {t('feed.clearFilters')}
          </Button>
        )}
        {authorId && <AuthorFilter personId={authorId} onClear={() => update({ by: null })} />}
        {tag && (
          <span className="k-tag">
            <Filter size={12} aria-hidden /> #{tag}
          </span>
        )}
      </div>
      {error && !data ? (
        <div className="k-card">
          <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
        </div>
      ) : !data && loading ? (
        <div className="k-card">
          <LoadingState lines={6} />
        </div>
      ) : edges.length === 0 ? (
        <div className="k-card">
          <EmptyState title={t('feed.empty')} icon={<Lightbulb size={40} aria-hidden />} action={<ButtonLink to="/compose" variant="primary">{t('nav.compose')}</ButtonLink>}>
            {t('feed.emptyHint')}
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="k-stack" role="feed" aria-busy={loading}>
            {edges.map((e) => (
              <IdeaCard key={e.node.id} idea={e.node} />
            ))}
          </div>
          <div ref={sentinel} className="k-row" style={{ justifyContent: 'center', padding: 24 }}>
            {hasMore ? (
              <Button onClick={() => void loadMore()} busy={loadingMore}>
                {t('common.loadMore')}
              </Button>
            ) : (
              <span className="k-meta">{t('feed.end')}</span>
            )}
          </div>
        </>
      )}
    </div>
  );
}
