import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Flag, ListOrdered, PieChart } from 'lucide-react';
import { type CampaignIdeaOrder, describeError, isNotFound, retryFor, getFragmentData, graphql } from '@kindling/web/data-access';
import { CreditPanelFragment } from '@kindling/web/ideas';
import { Button, ButtonLink, Card, CardTitle, EmptyState, ErrorState, Field, LoadingState, Markdown, Notice, PageHeader, PersonChip, Select, ShareChart, StatusBadge, NotFoundState } from '@kindling/web/ui';
import { type MessageKey, useDocumentTitle, useI18n } from '@kindling/web/util';
import { CampaignMeta } from './campaign-meta';

export const campaignQuery = graphql(`
  query Campaign($id: ID!, $orderBy: CampaignIdeaOrder!, $first: Int!, $after: String) {
    node(id: $id) {
      ... on Campaign {
        id
        question
        description
        deadline
        openedAt
        closedAt
        isOpen
        ideaCount
        viewerCanClose
        openedBy {
          id
          name
        }
        departments {
          id
          name
        }
        ideas(orderBy: $orderBy, first: $first, after: $after) {
          edges {
            cursor
            rank
            node {
              id
              title
              status
              endorsementCount
              buildOnCount
              ...CreditPanel_idea
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
        outcome {
          ideaCount
          ideasByStatus {
            status
            count
          }
          creditHolders {
            ppm
            percent
            person {
              id
              name
              department {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const closeCampaignMutation = graphql(`
  mutation CloseCampaign($id: ID!) {
    closeCampaign(input: { campaignId: $id }) {
      campaign {
        id
        isOpen
        closedAt
        viewerCanClose
      }
    }
  }
`);

const ORDERS: readonly CampaignIdeaOrder[] = ['CREDIT', 'ENDORSEMENTS', 'BUILD_ONS', 'NEWEST'];
const PAGE = 20;
/** Shares shown per idea in the ranking; the rest are summed up as "others". */
const TOP_SHARES = 3;
const OTHERS = '__others__';

/** /campaigns/:id: the question, its ranked answers with their credit, answering, closing and the outcome. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { t, formatNumber } = useI18n();
  const [orderBy, setOrderBy] = useState<CampaignIdeaOrder>('CREDIT');
  const { data, loading, error, refetch, fetchMore } = useQuery(campaignQuery, { variables: { id, orderBy, first: PAGE }, notifyOnNetworkStatusChange: true });
  const [close, closeState] = useMutation(closeCampaignMutation);
  const [closeError, setCloseError] = useState<string | null>(null);
  const campaign = data?.node?.__typename === 'Campaign' ? data.node : null;
  useDocumentTitle(campaign?.question ?? t('campaigns.title'));

  if (error && !data && isNotFound(error)) return <Card><NotFoundState kind="campaign" back={<ButtonLink to="/campaigns">{t('campaigns.back')}</ButtonLink>} /></Card>;
  if (error && !data) return <Card><ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} /></Card>;
  if (!data) return <LoadingState lines={6} />;
  if (!campaign) return <Card><NotFoundState kind="campaign" back={<ButtonLink to="/campaigns">{t('campaigns.back')}</ButtonLink>} /></Card>;

  const closeNow = async () => {
    setCloseError(null);
    try {
      await close({ variables: { id: campaign.id } });
      await refetch();
    } catch (err) {
      setCloseError(describeError(t, err));
    }
  };
  const ideas = campaign.ideas.edges;
  return (
    <div className="k-stack">
      <PageHeader
        title={campaign.question}
        lead={<CampaignMeta deadline={campaign.deadline} isOpen={campaign.isOpen} closedAt={campaign.closedAt} departments={campaign.departments} />}
        actions={
          <div className="k-row">
            {campaign.isOpen && (
              <ButtonLink to={`/compose?campaign=${encodeURIComponent(campaign.id)}`} variant="primary">
                {t('campaigns.answerCampaign')}
              </ButtonLink>
            )}
            {campaign.viewerCanClose && (
              <Button icon={<Flag size={16} aria-hidden />} busy={closeState.loading} onClick={() => void closeNow()}>
                {t('campaigns.closeNow')}
              </Button>
            )}
          </div>
        }
      />
      {closeError && <Notice tone="error">{closeError}</Notice>}
      <Card aria-labelledby="campaign-about">
        <CardTitle id="campaign-about">{t('campaigns.about')}</CardTitle>
        {campaign.description.trim() ? <Markdown source={campaign.description} /> : <p className="k-meta">{t('campaigns.noDescription')}</p>}
        <p className="k-meta k-row" style={{ gap: 6 }}>
          {t('campaigns.openedBy')} <PersonChip person={campaign.openedBy} size={22} />
        </p>
      </Card>

      {campaign.outcome && (
        <Card aria-labelledby="campaign-outcome">
          <CardTitle id="campaign-outcome" icon={<PieChart size={18} aria-hidden />}>
            {t('campaigns.outcome')}
          </CardTitle>
          {campaign.outcome.ideaCount === 0 ? (
            <EmptyState title={t('campaigns.noAnswers')} />
          ) : (
            <div className="k-stack">
              <div>
                <h3 className="k-subtitle">{t('campaigns.byStatus')}</h3>
                <ul className="k-plainlist k-row" style={{ flexDirection: 'row', alignItems: 'center' }} data-testid="outcome-statuses">
                  {campaign.outcome.ideasByStatus.map((s) => (
                    <li key={s.status} className="k-row" style={{ gap: 6 }}>
                      <StatusBadge status={s.status} /> <strong className="k-num">{formatNumber(s.count)}</strong>
                    </li>
                  ))}
                </ul>
              </div>
              <div data-testid="outcome-holders">
                <h3 className="k-subtitle">{t('campaigns.holders')}</h3>
                <p className="k-meta">{t('campaigns.holdersHelp')}</p>
                <ShareChart
                  label={t('campaigns.holders')}
                  shares={campaign.outcome.creditHolders.map((h) => ({ key: h.person.id, label: h.person.name, ppm: h.ppm }))}
                  renderLabel={(s) => <Link to={`/people/${encodeURIComponent(s.key)}`}>{s.label}</Link>}
                />
              </div>
            </div>
          )}
        </Card>
      )}

      <Card aria-labelledby="campaign-ideas">
        <div className="k-row" style={{ justifyContent: 'space-between', alignItems: 'flex-end', marginBottom: 12 }}>
          <CardTitle id="campaign-ideas" icon={<ListOrdered size={18} aria-hidden />}>
            {t('campaigns.ideas', { count: campaign.ideaCount })}
          </CardTitle>
          <Field id="campaign-order" label={t('campaigns.rankBy')}>
            <Select id="campaign-order" value={orderBy} onChange={(e) => setOrderBy(e.target.value as CampaignIdeaOrder)}>
              {ORDERS.map((o) => (
                <option key={o} value={o}>
                  {t(`campaigns.order.${o}` as MessageKey)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        {ideas.length === 0 ? (
          <EmptyState title={t('campaigns.noAnswers')} />
        ) : (
          <ol className="k-plainlist k-stack" data-testid="campaign-ranking">
            {ideas.map(({ rank, node }) => {
              const shares = getFragmentData(CreditPanelFragment, node).credit.shares;
              const top = shares.slice(0, TOP_SHARES);
              const restPpm = shares.slice(TOP_SHARES).reduce((sum, s) => sum + s.ppm, 0);
              return (
                <li key={node.id} className="k-campaign-idea">
                  <div className="k-row" style={{ flexWrap: 'nowrap', alignItems: 'flex-start' }}>
                    <span className={`k-rank${rank <= 3 ? ' k-rank--top' : ''}`} aria-label={t('campaigns.rank', { rank })}>
                      {rank}
                    </span>
                    <div style={{ minWidth: 0, flex: 1 }}>
                      <Link to={`/ideas/${encodeURIComponent(node.id)}`} className="k-board__title">
                        {node.title}
                      </Link>
                      <p className="k-meta k-row" style={{ gap: 8 }}>
                        <StatusBadge status={node.status} />
                        <span>{t('campaigns.endorsements', { count: node.endorsementCount })}</span>
                        <span>{t('campaigns.buildOns', { count: node.buildOnCount })}</span>
                      </p>
                      <ShareChart
                        label={t('campaigns.creditOf', { title: node.title })}
                        shares={[
                          ...top.map((s) => ({ key: s.person.id, label: s.person.name, ppm: s.ppm })),
                          ...(restPpm > 0 ? [{ key: OTHERS, label: t('credit.others', { count: shares.length - TOP_SHARES }), ppm: restPpm, rest: true }] : []),
                        ]}
                      />
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {campaign.ideas.pageInfo.hasNextPage && (
          <div style={{ marginTop: 12 }}>
            <Button busy={loading} onClick={() => void fetchMore({ variables: { after: campaign.ideas.pageInfo.endCursor } })}>
              {t('common.loadMore')}
            </Button>
          </div>
        )}
      </Card>
    </div>
  );
}
