import { useState } from 'react';
import { PieChart } from 'lucide-react';
import { graphql, getFragmentData, type FragmentType } from '@kindling/web/data-access';
import { Link } from 'react-router';
import { Button, Card, CardTitle, EmptyState, ShareChart } from '@kindling/web/ui';
import { useI18n } from '@kindling/web/util';
import { TrailDrill } from './trail-drill';

export const CreditPanelFragment = graphql(`
  fragment CreditPanel_idea on Idea {
    id
    title
    credit {
      extenderPool
      shares {
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
`);

const VISIBLE = 10;
const OTHERS = '__others__';

/** Everyone's share of an idea as a chart that adds up to 100 %, each with a drillable trail. */
export function CreditPanel({ idea: ref }: { idea: FragmentType<typeof CreditPanelFragment> }) {
  const idea = getFragmentData(CreditPanelFragment, ref);
  const { t, formatPercent } = useI18n();
  const [selected, setSelected] = useState<{ id: string; name: string } | null>(null);
  const [showAll, setShowAll] = useState(false);
  const shares = idea.credit.shares;
  const visible = showAll || shares.length <= VISIBLE ? shares : shares.slice(0, VISIBLE - 1);
  const rest = shares.slice(visible.length);
  const restPpm = rest.reduce((sum, s) => sum + s.ppm, 0);
  const totalPpm = shares.reduce((sum, s) => sum + s.ppm, 0);
  const people = new Map(shares.map((s) => [s.person.id, s.person]));
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
            shares={[
              ...visible.map((s) => ({ key: s.person.id, label: s.person.name, ppm: s.ppm, percent: s.percent })),
              ...(rest.length ? [{ key: OTHERS, label: t('credit.others', { count: rest.length }), ppm: restPpm, percent: restPpm / 10_000 }] : []),
            ]}
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
            renderAction={(s) => s.key === OTHERS ? null : (
              <Button
                size="sm"
                variant={selected?.id === s.key ? 'active' : 'ghost'}
                aria-expanded={selected?.id === s.key}
                onClick={() => setSelected(selected?.id === s.key ? null : { id: s.key, name: s.label })}
              >
                {t('credit.why')}
                <span className="k-sr-only"> {t('credit.showTrail', { name: s.label })}</span>
              </Button>
            )}
          />
          <div className="k-row k-credit-total">
            <span>{t('credit.total')}</span>
            <span className="k-spacer" />
            <strong className="k-num" data-testid="credit-total">
              {formatPercent(totalPpm / 10_000, 2)}
            </strong>
          </div>
          {idea.credit.extenderPool > 0 && <p className="k-meta">{t('credit.pool', { value: formatPercent(idea.credit.extenderPool * 100, 1) })}</p>}
        </>
      )}
      {selected && <TrailDrill key={selected.id} root={{ id: idea.id, title: idea.title }} person={selected} onClose={() => setSelected(null)} />}
    </Card>
  );
}
