import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Search, Users } from 'lucide-react';
import { graphql, describeError } from '@kindling/web/data-access';
import { DepartmentFilter } from '@kindling/web/ideas';
import { Avatar, Button, Card, EmptyState, ErrorState, Field, LoadingState, PageHeader, TextInput } from '@kindling/web/ui';
import { useDebounced, useDocumentTitle, useI18n } from '@kindling/web/util';

export const peopleDirectoryQuery = graphql(`
  query PeopleDirectory($search: String, $departmentId: ID, $first: Int!, $after: String) {
    people(search: $search, departmentId: $departmentId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          title
          ideaCount
          department {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE = 24;

/** /people: the directory. Search by name (any order, accents and case ignored), filter by department. */
export function PeoplePage() {
  const { t } = useI18n();
  useDocumentTitle(t('find.title'));
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const search = useDebounced(text.trim(), 250);
  const departmentId = params.get('dept') ?? '';
  const { data, loading, error, refetch, fetchMore } = useQuery(peopleDirectoryQuery, {
    variables: { search: search || null, departmentId: departmentId || null, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const people = data?.people.edges.map((e) => e.node) ?? [];
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div>
      <PageHeader title={t('find.title')} lead={t('find.lead')} />
      <section className="k-card k-feed-filters" aria-label={t('feed.filters')}>
        <div className="k-feed-filters__search">
          <Field id="people-search" label={t('find.search')}>
            <TextInput
              id="people-search"
              type="search"
              icon={<Search size={16} aria-hidden />}
              placeholder={t('find.searchPlaceholder')}
              value={text}
              maxLength={100}
              onChange={(e) => {
                setText(e.target.value);
                setParam('q', e.target.value.trim());
              }}
            />
          </Field>
        </div>
        <DepartmentFilter id="people-dept" value={departmentId} onChange={(dept) => setParam('dept', dept)} />
      </section>
      <div className="k-meta" style={{ margin: '12px 0', minHeight: 24 }} aria-live="polite">
        {/* a directory has no total: the count once every page is shown */}
        {data && !loading && !data.people.pageInfo.hasNextPage && t('find.count', { count: people.length })}
      </div>
      {error && !data ? (
        <Card>
          <ErrorState message={describeError(t, error)} onRetry={() => void refetch()} />
        </Card>
      ) : !data && loading ? (
        <Card>
          <LoadingState lines={6} />
        </Card>
      ) : people.length === 0 ? (
        <Card>
          <EmptyState title={t('find.none')} icon={<Users size={40} aria-hidden />}>
            {t('find.noneHint')}
          </EmptyState>
        </Card>
      ) : (
        <>
          <ul className="k-people-grid" aria-busy={loading}>
            {people.map((p) => (
              <li key={p.id} className="k-card k-people-card">
                <Avatar id={p.id} name={p.name} size={48} />
                <div style={{ minWidth: 0 }}>
                  <Link to={`/people/${encodeURIComponent(p.id)}`} className="k-people-card__name">
                    {p.name}
                  </Link>
                  <div className="k-meta">{p.title}</div>
                  <div className="k-meta">{p.department.name}</div>
                  <div className="k-meta">{t('find.ideaCount', { count: p.ideaCount })}</div>
                </div>
              </li>
            ))}
          </ul>
          {data?.people.pageInfo.hasNextPage && (
            <div className="k-row" style={{ justifyContent: 'center', padding: 24 }}>
              <Button
                busy={loadingMore}
                onClick={async () => {
                  setLoadingMore(true);
                  try {
                    await fetchMore({ variables: { after: data.people.pageInfo.endCursor } });
                  } finally {
                    setLoadingMore(false);
                  }
                }}
              >
                {t('find.more')}
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
