import { Fragment, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { ChevronDown, ChevronRight, Download, Trophy } from 'lucide-react';
import { graphql, getFragmentData, describeError, retryFor, type BoardPeriod, type BoardQuery, type BoardRow_IdeaFragment, type IdeaFilter, type IdeaOrder, type IdeaStatus } from '@kindling/web/data-access';
import { CreditPanel, CreditPanelFragment, DepartmentFilter, StatusFilter } from '@kindling/web/ideas';
import { Avatar, Button, Card, EmptyState, ErrorState, Field, LoadingState, Notice, PageHeader, Select, shareColor } from '@kindling/web/ui';
import { downloadText, toCsv, useI18n, useMediaQuery, type MessageKey, useDocumentTitle } from '@kindling/web/util';

/** What a board row shows of an idea, whichever ranking produced it. */
export const BoardRowFragment = graphql(`
  fragment BoardRow_idea on Idea {
    id
    title
    status
    createdAt
    endorsementCount
    buildOnCount
    score {
      weighted
      reviewers
    }
    authors {
      id
      name
      department {
        id
        name
      }
    }
    ...CreditPanel_idea
  }
`);

export const boardQuery = graphql(`
  query Board($filter: IdeaFilter, $orderBy: IdeaOrder, $first: Int!, $after: String) {
    ideas(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...BoardRow_idea
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Momentum (recent activity, decaying) and reviewer score are ranked by the API's leaderboard: the top 100, no paging. */
export const leaderboardQuery = graphql(`
  query BoardLeaderboard($rankBy: BoardRanking!, $period: BoardPeriod!, $departmentId: ID, $status: IdeaStatus) {
    leaderboard(rankBy: $rankBy, period: $period, departmentId: $departmentId, status: $status, first: 100) {
      rank
      idea {
        ...BoardRow_idea
      }
    }
  }
`);

type LeaderboardOrder = 'MOMENTUM' | 'SCORE';
type BoardOrder = IdeaOrder | LeaderboardOrder;
const ORDERS: readonly BoardOrder[] = ['MOST_ENDORSED', 'MOST_BUILT_ON', 'MOMENTUM', 'SCORE', 'NEWEST'];
const ORDER_LABEL: Record<BoardOrder, MessageKey> = {
  MOST_ENDORSED: 'feed.tab.MOST_ENDORSED',
  MOST_BUILT_ON: 'feed.tab.MOST_BUILT_ON',
  MOMENTUM: 'board.momentum',
  SCORE: 'board.byScore',
  NEWEST: 'feed.tab.NEWEST',
};
const PERIOD_ENUM: Record<string, BoardPeriod> = { '': 'ALL_TIME', '7': 'LAST_7_DAYS', '30': 'LAST_30_DAYS', '90': 'LAST_90_DAYS', '365': 'LAST_365_DAYS' };
const PAGE = 25;
const EXPORT_PAGE = 50;
const EXPORT_MAX = 2000;

type BoardIdea = BoardRow_IdeaFragment;

/** One CSV row per (idea, person holding a share): enough to rebuild every chart offline. */
export function boardCsv(ideas: readonly BoardIdea[]): string {
  const rows: (string | number)[][] = [
    ['rank', 'idea_id', 'title', 'status', 'posted_at', 'endorsements', 'build_ons', 'authors', 'person_id', 'person', 'department', 'share_percent', 'share_ppm', 'score', 'reviewers'],
  ];
  ideas.forEach((idea, i) => {
    const credit = getFragmentData(CreditPanelFragment, idea).credit;
    const authors = idea.authors.map((a) => a.name).join('; ');
    const base = [i + 1, idea.id, idea.title, idea.status, idea.createdAt, idea.endorsementCount, idea.buildOnCount, authors];
    // the weighted reviewer score (1–5) with full precision; empty while unscored
    const score = idea.score ? [idea.score.weighted.toFixed(4), idea.score.reviewers] : ['', 0];
    if (credit.shares.length === 0) rows.push([...base, '', '', '', '', '', ...score]);
    for (const s of credit.shares) rows.push([...base, s.person.id, s.person.name, s.person.department.name, (s.ppm / 10_000).toFixed(4), s.ppm, ...score]);
  });
  return toCsv(rows);
}

const PERIOD_DAYS = [7, 30, 90, 365];

/** Start of a board period: midnight UTC `days` ago, so the query (and its cache entry) is stable through the day. */
function periodStart(days: number): string {
  const start = new Date(Date.now() - days * 86_400_000);
  start.setUTCHours(0, 0, 0, 0);
  return start.toISOString();
}

/** Leadership's ranked board: top ideas, each expandable to its full credit shares and trails; CSV export. */
export function BoardPage() {
  const { t } = useI18n();
  const client = useApolloClient();
  useDocumentTitle(t('board.title'));
  const [params, setParams] = useSearchParams();
  const order = (params.get('order') as BoardOrder | null) ?? 'MOST_ENDORSED';
  const byLeaderboard = order === 'MOMENTUM' || order === 'SCORE';
  const orderBy: IdeaOrder = byLeaderboard ? 'MOST_ENDORSED' : (order as IdeaOrder);
  const departmentId = params.get('dept') ?? '';
  const status = (params.get('status') as IdeaStatus | null) ?? '';
  const period = params.get('period') ?? '';
  const [expanded, setExpanded] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<number | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filter = useMemo<IdeaFilter>(
    () => ({ ...(departmentId ? { departmentId } : {}), ...(status ? { status } : {}), ...(period ? { postedAfter: periodStart(Number(period)) } : {}) }),
    [departmentId, status, period],
  );
  const paged = useQuery(boardQuery, { variables: { filter, orderBy, first: PAGE }, notifyOnNetworkStatusChange: true, skip: byLeaderboard });
  const ranked = useQuery(leaderboardQuery, {
    variables: { rankBy: order === 'SCORE' ? 'SCORE' : 'MOMENTUM', period: PERIOD_ENUM[period] ?? 'ALL_TIME', departmentId: departmentId || null, status: status || null },
    skip: !byLeaderboard,
  });
  const { data, loading, fetchMore } = paged;
  const { error, refetch } = byLeaderboard ? ranked : paged;
  const hasData = byLeaderboard ? !!ranked.data : !!data;
  const isLoading = byLeaderboard ? ranked.loading : loading;
  const rows: BoardIdea[] = byLeaderboard
    ? (ranked.data?.leaderboard ?? []).map((entry) => getFragmentData(BoardRowFragment, entry.idea))
    : (data?.ideas.edges ?? []).map((e) => getFragmentData(BoardRowFragment, e.node));

  /** Every idea of the paged rankings (up to EXPORT_MAX), page by page. */
  const allPagedIdeas = async (): Promise<BoardIdea[]> => {
    const ideas: BoardIdea[] = [];
    let after: string | null = null;
    do {
      const result: { data?: BoardQuery } = await client.query({ query: boardQuery, variables: { filter, orderBy, first: EXPORT_PAGE, after }, fetchPolicy: 'no-cache' });
      const page: BoardQuery['ideas'] | undefined = result.data?.ideas;
      if (!page) break;
      ideas.push(...page.edges.map((e) => getFragmentData(BoardRowFragment, e.node)));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor ?? null : null;
    } while (after && ideas.length < EXPORT_MAX);
    return ideas;
  };

  const exportCsv = async () => {
    setExporting(true);
    setExported(null);
    setExportError(null);
    try {
      const ideas = byLeaderboard ? rows : await allPagedIdeas();
      downloadText(`kindling-ideas-${new Date().toISOString().slice(0, 10)}.csv`, boardCsv(ideas));
      setExported(ideas.length);
    } catch (err) {
      setExportError(describeError(t, err));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div>
      <PageHeader
        title={t('board.title')}
        lead={t('board.lead')}
        actions={
          <Button variant="primary" icon={<Download size={16} aria-hidden />} busy={exporting} onClick={() => void exportCsv()}>
            {exporting ? t('board.exporting') : t('board.export')}
          </Button>
        }
      />
      <div className="k-card k-board-filters">
        <Field id="board-order" label={t('board.orderBy')}>
          <Select id="board-order" value={order} onChange={(e) => set('order', e.target.value === 'MOST_ENDORSED' ? '' : e.target.value)}>
            {ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(ORDER_LABEL[o])}
              </option>
            ))}
          </Select>
        </Field>
        <DepartmentFilter id="board-dept" value={departmentId} onChange={(dept) => set('dept', dept)} />
        <Field id="board-period" label={t('board.period')}>
          <Select id="board-period" value={period} onChange={(e) => set('period', e.target.value)}>
            <option value="">{t('board.allTime')}</option>
            {PERIOD_DAYS.map((days) => (
              <option key={days} value={String(days)}>
                {t('board.lastDays', { count: days })}
              </option>
            ))}
          </Select>
        </Field>
        <StatusFilter id="board-status" value={status} onChange={(value) => set('status', value)} />
      </div>
      {(exported != null || exportError) && (
        <div style={{ margin: '12px 0' }}>
          {exportError ? <Notice tone="error">{exportError}</Notice> : <Notice tone="ok">{t('board.exported', { count: exported ?? 0 })}</Notice>}
        </div>
      )}
      <Card flush className="k-board">
        {error && !hasData ? (
          <ErrorState message={describeError(t, error)} onRetry={retryFor(error, refetch)} />
        ) : !hasData && isLoading ? (
          <div style={{ padding: 20 }}>
            <LoadingState lines={8} />
          </div>
        ) : rows.length === 0 ? (
          <EmptyState title={t('board.empty')} icon={<Trophy size={40} aria-hidden />} />
        ) : (
          <BoardList rows={rows} expanded={expanded} onToggle={(id) => setExpanded(expanded === id ? null : id)} />
        )}
      </Card>
      {!byLeaderboard && data?.ideas.pageInfo.hasNextPage && (
        <div className="k-row" style={{ justifyContent: 'center', padding: 20 }}>
          <Button busy={loading} onClick={() => void fetchMore({ variables: { after: data.ideas.pageInfo.endCursor } })}>
            {t('common.loadMore')}
          </Button>
        </div>
      )}
    </div>
  );
}

/** Where the board's seven columns no longer fit, each idea is a card with the same facts. */
const NARROW = '(max-width: 760px)';

function BoardList({ rows, expanded, onToggle }: { rows: readonly BoardIdea[]; expanded: string | null; onToggle: (id: string) => void }) {
  const { t } = useI18n();
  const narrow = useMediaQuery(NARROW);
  if (narrow)
    return (
      <ol className="k-board-cards" aria-label={t('phone.board.cards')}>
        {rows.map((idea, i) => (
          <BoardCard key={idea.id} idea={idea} rank={i + 1} open={expanded === idea.id} onToggle={() => onToggle(idea.id)} />
        ))}
      </ol>
    );
  return (
    <div className="k-table-wrap">
      <table className="k-table k-board__table">
        <caption className="k-sr-only">{t('board.title')}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ width: 56 }}>
              {t('board.rank')}
            </th>
            <th scope="col">{t('board.idea')}</th>
            <th scope="col" className="k-num">
              {t('board.endorsements')}
            </th>
            <th scope="col" className="k-num">
              {t('board.buildOns')}
            </th>
            <th scope="col" className="k-num">
              {t('board.score')}
            </th>
            <th scope="col">{t('board.status')}</th>
            <th scope="col" className="k-hide-sm">
              {t('board.posted')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((idea, i) => (
            <BoardRow key={idea.id} idea={idea} rank={i + 1} open={expanded === idea.id} onToggle={() => onToggle(idea.id)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  idea: BoardIdea;
  rank: number;
  open: boolean;
  onToggle: () => void;
}

function ExpandButton({ idea, rank, open, onToggle }: RowProps) {
  const { t } = useI18n();
  return (
    <Button
      size="sm"
      variant="ghost"
      icon={open ? <ChevronDown size={16} aria-hidden /> : <ChevronRight size={16} aria-hidden />}
      aria-expanded={open}
      aria-controls={`credit-${rank}`}
      aria-label={open ? t('board.collapse', { title: idea.title }) : t('board.expand', { title: idea.title })}
      onClick={onToggle}
    />
  );
}

/** Who holds the idea's credit, one coloured segment each, with its first author and the number of contributors. */
function BoardSummary({ idea }: { idea: BoardIdea }) {
  const { t } = useI18n();
  const shares = getFragmentData(CreditPanelFragment, idea).credit.shares;
  return (
    <div className="k-meta k-row" style={{ gap: 6, marginTop: 4 }}>
      <span className="k-board__minibar" aria-hidden>
        {shares.map((s, rank) => (
          <span key={s.person.id} style={{ width: `${s.ppm / 10_000}%`, background: shareColor(rank) }} />
        ))}
      </span>
      {idea.authors.slice(0, 3).map((a) => (
        <Avatar key={a.id} id={a.id} name={a.name} size={20} />
      ))}
      <span>
        {idea.authors[0]?.name} · {idea.authors[0]?.department.name}
      </span>
      <span>· {t('board.contributors', { count: shares.length })}</span>
    </div>
  );
}

function BoardDetail({ idea }: { idea: BoardIdea }) {
  const { t } = useI18n();
  return (
    <>
      <p className="k-meta" style={{ margin: '0 0 8px' }}>
        {idea.score ? t('board.reviewers', { count: idea.score.reviewers }) : t('board.unscored')}
      </p>
      <CreditPanel idea={idea} />
    </>
  );
}

function scoreText(idea: BoardIdea, formatNumber: ReturnType<typeof useI18n>['formatNumber']): string {
  return idea.score ? formatNumber(idea.score.weighted, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : '—';
}

function BoardRow(props: RowProps) {
  const { idea, rank, open } = props;
  const { t, formatNumber, formatDate } = useI18n();
  return (
    <Fragment>
      <tr className={open ? 'k-board__row k-board__row--open' : 'k-board__row'}>
        <td>
          <span className={`k-rank${rank <= 3 ? ' k-rank--top' : ''}`}>{rank}</span>
        </td>
        <td>
          <div className="k-row" style={{ flexWrap: 'nowrap', alignItems: 'flex-start' }}>
            <ExpandButton {...props} />
            <div style={{ minWidth: 0 }}>
              <Link to={`/ideas/${encodeURIComponent(idea.id)}`} className="k-board__title">
                {idea.title}
              </Link>
              <BoardSummary idea={idea} />
            </div>
          </div>
        </td>
        <td className="k-num">{formatNumber(idea.endorsementCount)}</td>
        <td className="k-num">{formatNumber(idea.buildOnCount)}</td>
        <td className="k-num">{scoreText(idea, formatNumber)}</td>
        <td>
          <span className={`k-badge k-badge--${idea.status}`}>{t(`status.${idea.status}` as MessageKey)}</span>
        </td>
        <td className="k-hide-sm k-meta">{formatDate(idea.createdAt)}</td>
      </tr>
      {open && (
        <tr className="k-board__detail">
          <td colSpan={7} id={`credit-${rank}`}>
            <BoardDetail idea={idea} />
          </td>
        </tr>
      )}
    </Fragment>
  );
}

function BoardCard(props: RowProps) {
  const { idea, rank, open, onToggle } = props;
  const { t, formatNumber } = useI18n();
  return (
    <li className={open ? 'k-board-card k-board-card--open' : 'k-board-card'} data-testid="board-card">
      <div className="k-board-card__head">
        <span className={`k-rank${rank <= 3 ? ' k-rank--top' : ''}`}>
          <span className="k-sr-only">{t('phone.board.rank', { rank })}</span>
          <span aria-hidden>{rank}</span>
        </span>
        <Link to={`/ideas/${encodeURIComponent(idea.id)}`} className="k-board__title">
          {idea.title}
        </Link>
        <span className={`k-badge k-badge--${idea.status}`}>{t(`status.${idea.status}` as MessageKey)}</span>
      </div>
      <BoardSummary idea={idea} />
      <dl className="k-board-card__counts">
        <div>
          <dt>{t('board.endorsements')}</dt>
          <dd className="k-num">{formatNumber(idea.endorsementCount)}</dd>
        </div>
        <div>
          <dt>{t('board.buildOns')}</dt>
          <dd className="k-num">{formatNumber(idea.buildOnCount)}</dd>
        </div>
        <div>
          <dt>{t('board.score')}</dt>
          <dd className="k-num">{scoreText(idea, formatNumber)}</dd>
        </div>
      </dl>
      <Button
        className="k-board-card__toggle"
        icon={open ? <ChevronDown size={16} aria-hidden /> : <ChevronRight size={16} aria-hidden />}
        aria-expanded={open}
        aria-controls={`credit-${rank}`}
        onClick={onToggle}
      >
        {open ? t('phone.board.hideCredit') : t('phone.board.showCredit')}
        <span className="k-sr-only"> {idea.title}</span>
      </Button>
      {open && (
        <div id={`credit-${rank}`} className="k-board-card__detail">
          <BoardDetail idea={idea} />
        </div>
      )}
    </li>
  );
}
