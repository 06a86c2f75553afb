import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Megaphone, Plus } from 'lucide-react';
import { type CampaignState, describeError, retryFor, graphql, useViewer } from '@kindling/web/data-access';
import { Button, ButtonLink, Card, CardTitle, EmptyState, ErrorState, LoadingState, PageHeader } from '@kindling/web/ui';
import { useDocumentTitle, useI18n } from '@kindling/web/util';
import { CampaignMeta } from './campaign-meta';

export const campaignsQuery = graphql(`
  query Campaigns($state: CampaignState!, $first: Int!, $after: String) {
    campaigns(state: $state, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          question
          deadline
          closedAt
          isOpen
          ideaCount
          departments {
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

const PAGE = 20;

function CampaignList({ state }: { state: CampaignState }) {
  const { t } = useI18n();
  const viewer = useViewer();
  const { data, loading, error, refetch, fetchMore } = useQuery(campaignsQuery, { variables: { state, first: PAGE }, notifyOnNetworkStatusChange: true });
  const headingId = `campaigns-${state.toLowerCase()}`;
  const campaigns = data?.campaigns.edges.map((e) => e.node) ?? [];
  return (
    <Card aria-labelledby={headingId}>
      <CardTitle id={headingId} icon={<Megaphone size={18} aria-hidden />}>
        {state === 'OPEN' ? t('campaigns.open') : t('campaigns.closed')}
      </CardTitle>
      {error && !data ? (
        <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
      ) : !data && loading ? (
        <LoadingState lines={3} />
      ) : campaigns.length === 0 ? (
        <EmptyState title={state === 'OPEN' ? t('campaigns.noneOpen') : t('campaigns.noneClosed')} />
      ) : (
        <ul className="k-plainlist k-stack">
          {campaigns.map((c) => {
            const asksViewer = c.departments.some((d) => d.id === viewer?.department.id);
            return (
              <li key={c.id} className="k-campaign" data-testid="campaign-item">
                <div className="k-row" style={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
                  <div style={{ minWidth: 0, flex: '1 1 16rem' }}>
                    <h3 className="k-campaign__question">
                      <Link to={`/campaigns/${encodeURIComponent(c.id)}`}>{c.question}</Link>
                    </h3>
                    <CampaignMeta deadline={c.deadline} isOpen={c.isOpen} closedAt={c.closedAt} departments={c.departments} />
                    <p className="k-meta">
                      {t('campaigns.ideaCount', { count: c.ideaCount })}
                      {asksViewer && c.isOpen ? <strong className="k-tag" style={{ marginInlineStart: 8 }}>{t('campaigns.asksYou')}</strong> : null}
                    </p>
                  </div>
                  {c.isOpen && (
                    <ButtonLink to={`/compose?campaign=${encodeURIComponent(c.id)}`} variant="primary" size="sm" aria-label={t('campaigns.answerThis', { question: c.question })}>
                      {t('campaigns.answer')}
                    </ButtonLink>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {data?.campaigns.pageInfo.hasNextPage && (
        <div style={{ marginTop: 12 }}>
          <Button busy={loading} onClick={() => void fetchMore({ variables: { after: data.campaigns.pageInfo.endCursor } })}>
            {t('common.loadMore')}
          </Button>
        </div>
      )}
    </Card>
  );
}

/** /campaigns: the questions leadership asks, open ones first (soonest deadline first), closed ones below. */
export function CampaignsPage() {
  const { t } = useI18n();
  const viewer = useViewer();
  useDocumentTitle(t('campaigns.title'));
  const reviewer = viewer?.role === 'REVIEWER' || viewer?.role === 'ADMIN';
  return (
    <div className="k-stack">
      <PageHeader
        title={t('campaigns.title')}
        lead={t('campaigns.lead')}
        actions={
          reviewer ? (
            <ButtonLink to="/campaigns/new" variant="primary" icon={<Plus size={16} aria-hidden />}>
              {t('campaigns.new')}
            </ButtonLink>
          ) : undefined
        }
      />
      <CampaignList state="OPEN" />
      <CampaignList state="CLOSED" />
    </div>
  );
}
