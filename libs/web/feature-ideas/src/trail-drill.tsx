import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ArrowDownRight, ChevronRight, CornerLeftUp, GitMerge, PenLine, X } from 'lucide-react';
import { graphql, getFragmentData, describeError, type TrailTermKind } from '@kindling/web/data-access';
import { Button, ErrorState, LoadingState } from '@kindling/web/ui';
import { shownTitle, useI18n, type MessageKey } from '@kindling/web/util';
import { WithdrawnBadge } from './idea-authoring';

const TrailFields = graphql(`
  fragment TrailDrill_trail on CreditTrail {
    ppm
    percent
    person {
      id
      name
    }
    terms {
      kind
      ppm
      percent
      via {
        id
        title
        withdrawal {
          at
        }
      }
    }
  }
`);

export const creditTrailQuery = graphql(`
  query CreditTrail($ideaId: ID!, $personId: ID!, $upstream: Boolean!) {
    node(id: $ideaId) {
      id
      ... on Idea {
        title
        credit @skip(if: $upstream) {
          trail(personId: $personId) {
            ...TrailDrill_trail
          }
        }
        upstreamCredit @include(if: $upstream) {
          trail(personId: $personId) {
            ...TrailDrill_trail
          }
        }
      }
    }
  }
`);

interface Step {
  ideaId: string;
  title: string;
  /** The idea's upstream credit (the drill target of an INHERITED term) rather than its full credit. */
  upstream: boolean;
}

const KIND_ICON: Record<TrailTermKind, typeof PenLine> = { AUTHOR: PenLine, INHERITED: CornerLeftUp, POOL: GitMerge };

/**
 * Why a person holds their share: the terms of their trail, each AUTHOR, INHERITED (via a parent;
 * drillable into that parent's upstream trail, recursively) or POOL (via a build-on). A breadcrumb
 * leads back up the drill path.
 */
export function TrailDrill({ root, person, onClose }: { root: { id: string; title: string }; person: { id: string; name: string }; onClose?: () => void }) {
  const { t, formatPercent } = useI18n();
  const [path, setPath] = useState<Step[]>([{ ideaId: root.id, title: root.title, upstream: false }]);
  const step = path[path.length - 1];
  const { data, loading, error, refetch } = useQuery(creditTrailQuery, {
    variables: { ideaId: step.ideaId, personId: person.id, upstream: step.upstream },
  });
  const node = data?.node && data.node.__typename === 'Idea' ? data.node : null;
  const trailRef = node ? (step.upstream ? node.upstreamCredit?.trail : node.credit?.trail) : null;
  const trail = trailRef ? getFragmentData(TrailFields, trailRef) : null;
  const termSum = trail?.terms.reduce((sum, term) => sum + term.ppm, 0) ?? 0;

  return (
    <section className="k-trail" aria-labelledby="trail-title" aria-live="polite">
      <div className="k-row" style={{ alignItems: 'flex-start' }}>
        <h3 id="trail-title" style={{ margin: 0, flex: 1 }}>
          {t('trail.title', { name: person.name })}
        </h3>
        {onClose && <Button size="sm" variant="ghost" icon={<X size={16} aria-hidden />} aria-label={t('common.close')} onClick={onClose} />}
      </div>
      <nav aria-label={t('trail.breadcrumb')}>
        <ol className="k-breadcrumb">
          {path.map((s, i) => (
            <li key={`${s.ideaId}-${i}`}>
              {i > 0 && <ChevronRight size={14} aria-hidden />}
              {i === path.length - 1 ? (
                <span aria-current="step">{s.title}</span>
              ) : (
                <button type="button" className="k-linkbtn" onClick={() => setPath(path.slice(0, i + 1))}>
                  {s.title}
                </button>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {step.upstream && <p className="k-meta" style={{ margin: '0 0 8px' }}>{t('trail.upstreamNote')}</p>}
      {error && !data ? (
        <ErrorState message={describeError(t, error)} onRetry={() => void refetch()} />
      ) : !trail && loading ? (
        <LoadingState lines={2} />
      ) : !trail || trail.terms.length === 0 ? (
        <p className="k-meta">{t('trail.none', { name: person.name })}</p>
      ) : (
        <>
          <ul className="k-trail__terms">
            {trail.terms.map((term, i) => {
              const Icon = KIND_ICON[term.kind];
              const width = trail.ppm > 0 ? (term.ppm / trail.ppm) * 100 : 0;
              return (
                <li key={`${term.kind}-${term.via?.id ?? 'own'}-${i}`} className={`k-trail__term k-trail__term--${term.kind}`}>
                  <Icon size={16} aria-hidden className="k-trail__icon" />
                  <div className="k-trail__what">
                    <span>{t(`trail.${term.kind}` as MessageKey)}</span>
                    {term.via && (
                      <>
                        {' '}
                        <Link to={`/ideas/${encodeURIComponent(term.via.id)}`}>{shownTitle(t, term.via.title)}</Link>
                        {term.via.withdrawal && <> <WithdrawnBadge /></>}
                      </>
                    )}
                    <div className="k-progress" aria-hidden>
                      <span style={{ width: `${width}%` }} />
                    </div>
                  </div>
                  <span className="k-num">{formatPercent(term.percent, 2)}</span>
                  {term.kind === 'INHERITED' && term.via ? (
                    <Button
                      size="sm"
                      variant="secondary"
                      icon={<ArrowDownRight size={14} aria-hidden />}
                      aria-label={t('trail.drill', { title: term.via.title })}
                      onClick={() => setPath([...path, { ideaId: term.via!.id, title: term.via!.title, upstream: true }])}
                    />
                  ) : (
                    <span />
                  )}
                </li>
              );
            })}
          </ul>
          <p className="k-trail__sum">
            {t('trail.sum', { value: formatPercent(termSum / 10_000, 2) })} = <strong>{formatPercent(trail.ppm / 10_000, 2)}</strong>
          </p>
        </>
      )}
    </section>
  );
}
