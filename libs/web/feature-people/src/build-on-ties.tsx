import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ArrowDownLeft, ArrowUpRight } from 'lucide-react';
import { type FragmentType, getFragmentData, graphql } from '@kindling/web/data-access';
import { Card, CardTitle, EmptyState, PersonChip } from '@kindling/web/ui';
import { useI18n } from '@kindling/web/util';

export const BuildOnTiesFragment = graphql(`
  fragment BuildOnTies_person on Person {
    peopleBuiltOn(first: 100) {
      totalCount
      edges {
        node {
          ...BuildOnTie_tie
        }
      }
    }
    builtOnBy(first: 100) {
      totalCount
      edges {
        node {
          ...BuildOnTie_tie
        }
      }
    }
  }
`);

const TieFragment = graphql(`
  fragment BuildOnTie_tie on BuildOnTie {
    buildOns
    lastBuiltAt
    person {
      id
      name
      department {
        id
        name
      }
    }
  }
`);

type TieRef = FragmentType<typeof TieFragment>;

/** Whom a person built on and who built on them: colleagues with their departments, most build-ons first. */
export function BuildOnTies({ person: ref }: { person: FragmentType<typeof BuildOnTiesFragment> }) {
  const person = getFragmentData(BuildOnTiesFragment, ref);
  const { t } = useI18n();
  return (
    <div className="k-halves">
      <TieList
        id="built-on"
        title={t('ties.builtOn')}
        lead={t('ties.builtOnLead')}
        icon={<ArrowUpRight size={18} aria-hidden />}
        total={person.peopleBuiltOn.totalCount}
        ties={person.peopleBuiltOn.edges.map((e) => e.node)}
        empty={t('ties.noneBuiltOn')}
      />
      <TieList
        id="built-on-by"
        title={t('ties.builtOnBy')}
        lead={t('ties.builtOnByLead')}
        icon={<ArrowDownLeft size={18} aria-hidden />}
        total={person.builtOnBy.totalCount}
        ties={person.builtOnBy.edges.map((e) => e.node)}
        empty={t('ties.noneBuiltOnBy')}
      />
    </div>
  );
}

function TieList({ id, title, lead, icon, total, ties: refs, empty }: { id: string; title: string; lead: string; icon: ReactNode; total: number; ties: TieRef[]; empty: string }) {
  const { t, formatNumber, formatDate } = useI18n();
  const ties = refs.map((ref) => getFragmentData(TieFragment, ref));
  // the departments these colleagues work in, by how many build-ons link them
  const departments = new Map<string, { id: string; name: string; buildOns: number }>();
  for (const tie of ties) {
    const d = tie.person.department;
    departments.set(d.id, { ...d, buildOns: (departments.get(d.id)?.buildOns ?? 0) + tie.buildOns });
  }
  const byDepartment = [...departments.values()].sort((a, b) => b.buildOns - a.buildOns || a.name.localeCompare(b.name));

  return (
    <Card aria-labelledby={`${id}-title`}>
      <CardTitle level={2} id={`${id}-title`} icon={icon}>
        {title} <span className="k-meta">({formatNumber(total)})</span>
      </CardTitle>
      <p className="k-meta" style={{ marginTop: -6 }}>
        {lead}
      </p>
      {ties.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <>
          <p className="k-meta" data-testid={`${id}-departments`}>
            {t('ties.departments', { count: byDepartment.length })}{' '}
            {byDepartment.map((d, i) => (
              <span key={d.id}>
                {i > 0 && ', '}
                <Link to={`/?dept=${encodeURIComponent(d.id)}`}>{d.name}</Link> ({formatNumber(d.buildOns)})
              </span>
            ))}
          </p>
          <ul className="k-tielist" data-testid={id}>
            {ties.map((tie) => (
              <li key={tie.person.id}>
                <PersonChip person={tie.person} meta={tie.person.department.name} />
                <span className="k-meta k-tielist__count">
                  {t('ties.buildOns', { count: tie.buildOns })}
                  <br />
                  {t('ties.last', { date: formatDate(tie.lastBuiltAt) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
