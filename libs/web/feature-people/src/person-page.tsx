import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Building2, GitBranch, Lightbulb, Mail, PieChart, Users } from 'lucide-react';
import { type PersonPageQuery, graphql, describeError, isNotFound, retryFor } from '@kindling/web/data-access';
import { IdeaCard } from '@kindling/web/ideas';
import { Avatar, Button, Card, CardTitle, CopyLinkButton, EmptyState, ErrorState, LoadingState, StatusBadge, NotFoundState } from '@kindling/web/ui';
import { useI18n, type MessageKey, useDocumentTitle } from '@kindling/web/util';
import { BuildOnTies } from './build-on-ties';
import { CreditHistoryCard } from './credit-history';

export const personPageQuery = graphql(`
  query PersonPage($id: ID!, $first: Int!, $ideasAfter: String, $buildOnsAfter: String, $creditAfter: String) {
    node(id: $id) {
      id
      ... on Person {
        name
        title
        email
        role
        active
        department {
          id
          name
        }
        ideas(first: $first, after: $ideasAfter) {
          totalCount
          edges {
            cursor
            node {
              id
              ...IdeaCard_idea
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        buildOns(first: $first, after: $buildOnsAfter) {
          totalCount
          edges {
            cursor
            node {
              id
              ...IdeaCard_idea
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        credit(first: 50, after: $creditAfter) {
          totalCount
          edges {
            cursor
            node {
              ppm
              percent
              idea {
                id
                title
                status
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        ...BuildOnTies_person
      }
    }
  }
`);

type Tab = 'credit' | 'ideas' | 'buildOns' | 'ties';
type ListTab = 'ideas' | 'buildOns';

const TAB_ICONS: Record<Tab, typeof PieChart> = { credit: PieChart, ideas: Lightbulb, buildOns: GitBranch, ties: Users };

/** A colleague: department, ideas, build-ons, the credit they hold (per idea and over time) and whom they build on. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t, formatNumber, formatPercent } = useI18n();
  const [tab, setTab] = useState<Tab>('credit');
  const { data, loading, error, refetch, fetchMore } = useQuery(personPageQuery, { variables: { id, first: 10 } });
  const person = data?.node?.__typename === 'Person' ? data.node : null;

  useDocumentTitle(person?.name);
  if (error && !data && isNotFound(error)) return <Card><NotFoundState kind="person" /></Card>;
  if (error && !data) return <Card><ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} /></Card>;
  if (!data && loading) return <Card><LoadingState lines={6} /></Card>;
  if (!person) return <Card><NotFoundState kind="person" /></Card>;

  const maxPpm = Math.max(1, ...person.credit.edges.map((e) => e.node.ppm));
  const tabs: { key: Tab; label: string; count?: number }[] = [
    { key: 'credit', label: t('person.credit'), count: person.credit.totalCount },
    { key: 'ideas', label: t('person.ideas'), count: person.ideas.totalCount ?? person.ideas.edges.length },
    { key: 'buildOns', label: t('person.buildOns'), count: person.buildOns.totalCount ?? person.buildOns.edges.length },
    { key: 'ties', label: t('ties.tab') },
  ];

  return (
    <div className="k-stack">
      <Card className="k-profile">
        <Avatar id={person.id} name={person.name} size={72} />
        <div style={{ minWidth: 0 }}>
          <h1 style={{ marginBottom: 4 }}>{person.name}</h1>
          <p className="k-meta" style={{ margin: 0 }}>
            {person.title} · {t(`person.role.${person.role}` as MessageKey)}
          </p>
          <div className="k-meta-row" style={{ marginTop: 8 }}>
            <span>
              <Building2 size={15} aria-hidden />
              <span className="k-sr-only">{t('person.department')}: </span>
              <Link to={`/?dept=${encodeURIComponent(person.department.id)}`}>{person.department.name}</Link>
            </span>
            <span>
              <Mail size={15} aria-hidden /> <a href={`mailto:${person.email}`}>{person.email}</a>
            </span>
            <CopyLinkButton path={`/people/${encodeURIComponent(person.id)}`} label={t('find.copyLink')} copiedLabel={t('find.linkCopied')} failedLabel={t('find.copyFailed')} />
          </div>
        </div>
        <dl className="k-profile__stats">
          <div>
            <dt>{t('person.ideas')}</dt>
            <dd>{formatNumber(tabs[1].count ?? 0)}</dd>
          </div>
          <div>
            <dt>{t('person.buildOns')}</dt>
            <dd>{formatNumber(tabs[2].count ?? 0)}</dd>
          </div>
          <div>
            <dt>{t('person.credit')}</dt>
            <dd>{formatNumber(person.credit.totalCount)}</dd>
          </div>
        </dl>
      </Card>

      <div className="k-tabs" role="tablist" aria-label={person.name}>
        {tabs.map((x) => {
          const Icon = TAB_ICONS[x.key];
          return (
            <button key={x.key} type="button" role="tab" id={`tab-${x.key}`} aria-controls={`panel-${x.key}`} aria-selected={tab === x.key} onClick={() => setTab(x.key)}>
              <Icon size={16} aria-hidden />
              {x.label} {x.count !== undefined && <span className="k-meta">({formatNumber(x.count)})</span>}
            </button>
          );
        })}
      </div>

      {tab === 'credit' && (
        <div id="panel-credit" role="tabpanel" aria-labelledby="tab-credit" className="k-stack">
          <CreditHistoryCard personId={person.id} />
          <Card aria-labelledby="credit-per-idea-title">
            <CardTitle level={2} id="credit-per-idea-title" icon={<PieChart size={18} aria-hidden />}>
              {t('person.creditPerIdea')}
            </CardTitle>
            <p className="k-meta" style={{ marginTop: -6 }}>
              {t('person.creditLead')}
            </p>
            {person.credit.edges.length === 0 ? (
              <EmptyState title={t('person.noCredit')} />
            ) : (
              <div className="k-table-wrap">
                <table className="k-table" data-testid="person-credit">
                  <thead>
                    <tr>
                      <th scope="col">{t('person.idea')}</th>
                      <th scope="col">{t('board.status')}</th>
                      <th scope="col" className="k-num">
                        {t('person.share')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {person.credit.edges.map((e) => (
                      <tr key={e.node.idea.id}>
                        <td>
                          <Link to={`/ideas/${encodeURIComponent(e.node.idea.id)}`}>{e.node.idea.title}</Link>
                          <div className="k-progress" style={{ marginTop: 6, maxWidth: 320 }} aria-hidden>
                            <span style={{ width: `${(e.node.ppm / maxPpm) * 100}%` }} />
                          </div>
                        </td>
                        <td>
                          <StatusBadge status={e.node.idea.status} />
                        </td>
                        <td className="k-num">{formatPercent(e.node.percent, 2)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {person.credit.pageInfo.hasNextPage && (
              <div className="k-row" style={{ justifyContent: 'center', marginTop: 12 }}>
                <Button onClick={() => void fetchMore({ variables: { creditAfter: person.credit.pageInfo.endCursor } })}>{t('common.loadMore')}</Button>
              </div>
            )}
          </Card>
        </div>
      )}
      {tab === 'ties' && (
        <div id="panel-ties" role="tabpanel" aria-labelledby="tab-ties">
          <BuildOnTies person={person} />
        </div>
      )}
      {(tab === 'ideas' || tab === 'buildOns') && <IdeaList tab={tab} list={tab === 'ideas' ? person.ideas : person.buildOns} onMore={(after) => void fetchMore({ variables: tab === 'ideas' ? { ideasAfter: after } : { buildOnsAfter: after } })} />}
    </div>
  );
}

type IdeaPage = Extract<NonNullable<PersonPageQuery['node']>, { __typename?: 'Person' }>['ideas'];

function IdeaList({ tab, list, onMore }: { tab: ListTab; list: IdeaPage; onMore: (after: string | null | undefined) => void }) {
  const { t } = useI18n();
  return (
    <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="k-stack">
      {list.edges.length === 0 ? (
        <Card>
          <EmptyState title={tab === 'ideas' ? t('person.noIdeas') : t('person.noBuildOns')} />
        </Card>
      ) : (
        list.edges.map((e) => <IdeaCard key={e.node.id} idea={e.node} />)
      )}
      {list.pageInfo.hasNextPage && (
        <div className="k-row" style={{ justifyContent: 'center' }}>
          <Button onClick={() => onMore(list.pageInfo.endCursor)}>{t('common.loadMore')}</Button>
        </div>
      )}
    </div>
  );
}
