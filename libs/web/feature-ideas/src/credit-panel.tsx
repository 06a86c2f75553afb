import { useRef, useState } from 'react';
import { HelpCircle, PieChart } from 'lucide-react';
import { graphql, getFragmentData, useViewer, type FragmentType } from '@kindling/web/data-access';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonLink, Card, CardTitle, EmptyState, ShareChart, type ChartShare } from '@kindling/web/ui';
import { apportionPpm, unitsToPercent, useI18n } from '@kindling/web/util';
import { TRAIL_PARAM, howCreditWorksPath } from './credit-links';
import { TrailDrill } from './trail-drill';

export const CreditPanelFragment = graphql(`
  fragment CreditPanel_idea on Idea {
    id
    title
    credit {
      extenderPool
      shares {
        ppm
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
`);

const VISIBLE = 10;
const OTHERS = '__others__';
/**
 * Everyone's share of an idea as a chart that adds up to its total exactly, each with a drillable trail.
 * `linkable` (the idea page): the open trail follows `?trail=<personId>`, so a link opens it.
 */
export function CreditPanel({ idea: ref, linkable = false }: { idea: FragmentType<typeof CreditPanelFragment>; linkable?: boolean }) {
  const idea = getFragmentData(CreditPanelFragment, ref);
  const { t, formatPercent } = useI18n();
  const viewer = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const [chosen, setChosen] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const whyButtons = useRef(new Map<string, HTMLButtonElement>());
  const selectedId = linkable ? searchParams.get(TRAIL_PARAM) : chosen;
  const select = (personId: string | null) => {
    if (!linkable) return setChosen(personId);
    setSearchParams(
      (params) => {
        if (personId) params.set(TRAIL_PARAM, personId);
        else params.delete(TRAIL_PARAM);
        return params;
      },
      { replace: true, preventScrollReset: true },
    );
  };
  const close = () => {
    const id = selectedId;
    select(null);
    if (id) whyButtons.current.get(id)?.focus();
  };

  const shares = idea.credit.shares;
  const visible = showAll || shares.length <= VISIBLE ? shares : shares.slice(0, VISIBLE - 1);
  const rest = shares.slice(visible.length);
  const restPpm = rest.reduce((sum, s) => sum + s.ppm, 0);
  const nameOf = (person: { id: string; name: string }) => (person.id === viewer?.id ? t('credit.you') : person.name);
  const chartShares: ChartShare[] = [
    ...visible.map((s) => ({ key: s.person.id, label: nameOf(s.person), ppm: s.ppm })),
    ...(rest.length ? [{ key: OTHERS, label: t('credit.others', { count: rest.length }), ppm: restPpm, rest: true }] : []),
  ];
  // the same largest-remainder rounding as the chart's rows: the total and each trail match them exactly
  const units = apportionPpm(chartShares.map((s) => s.ppm));
  const totalUnits = units.reduce((sum, u) => sum + u, 0);
  const shownUnits = new Map(chartShares.map((s, i) => [s.key, units[i]]));
  const people = new Map(shares.map((s) => [s.person.id, s.person]));
  const selected = selectedId ? (people.get(selectedId) ?? { id: selectedId, name: '' }) : null;
  return (
    <Card aria-labelledby="credit-title">
      <CardTitle id="credit-title" icon={<PieChart size={18} aria-hidden />}>
        {t('credit.title')}
      </CardTitle>
      <p className="k-meta" style={{ marginTop: -6 }}>
        {t('credit.lead')}
      </p>
      {shares.length === 0 ? (
        <EmptyState title={t('credit.empty')} />
      ) : (
        <>
          <ShareChart
            label={t('credit.chart')}
            shares={chartShares}
            renderLabel={(s) =>
              s.key === OTHERS ? (
                <Button size="sm" variant="ghost" aria-expanded={false} onClick={() => setShowAll(true)}>
                  {s.label}
                </Button>
              ) : (
                <span className="k-share-label">
                  <Link to={`/people/${encodeURIComponent(s.key)}`}>{s.label}</Link>
                  <span className="k-person__meta">{people.get(s.key)?.department.name}</span>
                </span>
              )
            }
            renderAction={(s) =>
              s.key === OTHERS ? null : (
                <Button
                  ref={(button) => {
                    if (button) whyButtons.current.set(s.key, button);
                    else whyButtons.current.delete(s.key);
                  }}
                  size="sm"
                  variant={selectedId === s.key ? 'active' : 'ghost'}
                  aria-expanded={selectedId === s.key}
                  onClick={() => (selectedId === s.key ? close() : select(s.key))}
                >
                  {t('credit.why')}
                  <span className="k-sr-only"> {s.key === viewer?.id ? t('credit.showTrailYou') : t('credit.showTrail', { name: s.label })}</span>
                </Button>
              )
            }
          />
          <div className="k-row k-credit-total">
            <span>{t('credit.total')}</span>
            <span className="k-spacer" />
            <strong className="k-num" data-testid="credit-total">
              {formatPercent(unitsToPercent(totalUnits), 2)}
            </strong>
          </div>
          {idea.credit.extenderPool > 0 && <p className="k-meta">{t('credit.pool', { value: formatPercent(idea.credit.extenderPool * 100, 1) })}</p>}
          <ButtonLink to={howCreditWorksPath(idea.id)} size="sm" variant="ghost" icon={<HelpCircle size={16} aria-hidden />}>
            {t('credit.howComputed')}
          </ButtonLink>
        </>
      )}
      {selected && <TrailDrill key={selected.id} root={{ id: idea.id, title: idea.title }} person={selected} shownUnits={shownUnits.get(selected.id)} onClose={close} focusOnOpen />}
    </Card>
  );
}
