import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ArrowDownRight, ChevronRight, CornerLeftUp, GitMerge, HelpCircle, PenLine, X } from 'lucide-react';
import { graphql, getFragmentData, describeError, useViewer, type TrailTermKind } from '@kindling/web/data-access';
import { Button, ButtonLink, CopyLinkButton, ErrorState, LoadingState } from '@kindling/web/ui';
import { apportionPpm, shownTitle, unitsToPercent, useI18n, PPM_PER_UNIT } from '@kindling/web/util';
import { howCreditWorksPath } from './credit-links';
import { WithdrawnBadge } from './idea-authoring';

const TrailFields = graphql(`
  fragment TrailDrill_trail on CreditTrail {
    ppm
    person {
      id
      name
    }
    terms {
      kind
      ppm
      via {
        id
        title
        endorsementCount
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
        postedBy {
          id
        }
        parents {
          split
          idea {
            id
          }
        }
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
 * Why a person holds their share, in plain words: their own authorship, what came through each parent
 * (drillable into that parent's upstream trail, recursively) and what came for building on it. The shown
 * terms add up exactly to the shown share (`shownUnits`, the panel's row, in 0.01 %). `focusOnOpen`: the
 * trail scrolls into view and takes focus when it opens; Escape closes it.
 */
export function TrailDrill({
  root,
  person,
  onClose,
  shownUnits,
  focusOnOpen = false,
}: {
  root: { id: string; title: string };
  person: { id: string; name: string };
  onClose?: () => void;
  shownUnits?: number;
  focusOnOpen?: boolean;
}) {
  const { t, formatPercent } = useI18n();
  const viewer = useViewer();
  const heading = useRef<HTMLHeadingElement>(null);
  const [path, setPath] = useState<Step[]>([{ ideaId: root.id, title: root.title, upstream: false }]);
  const step = path[path.length - 1];
  const { data, loading, error, refetch } = useQuery(creditTrailQuery, {
    variables: { ideaId: step.ideaId, personId: person.id, upstream: step.upstream },
  });
  useEffect(() => {
    if (!focusOnOpen || !heading.current) return;
    heading.current.scrollIntoView({ block: 'start' });
    heading.current.focus({ preventScroll: true });
  }, [focusOnOpen]);

  const node = data?.node && data.node.__typename === 'Idea' ? data.node : null;
  const trailRef = node ? (step.upstream ? node.upstreamCredit?.trail : node.credit?.trail) : null;
  const trail = trailRef ? getFragmentData(TrailFields, trailRef) : null;
  const you = person.id === viewer?.id;
  const name = person.name || trail?.person.name || '';
  const split = new Map(node?.parents.map((p) => [p.idea.id, p.split]) ?? []);
  // the root's row in the panel was rounded with its neighbours; a drilled trail is a whole of its own
  const totalUnits = !step.upstream && shownUnits !== undefined ? shownUnits : Math.round((trail?.ppm ?? 0) / PPM_PER_UNIT);
  const termUnits = trail ? apportionPpm(trail.terms.map((term) => term.ppm), totalUnits) : [];
  const shown = (units: number) => formatPercent(unitsToPercent(units), 2);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && onClose) {
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <section className="k-trail" aria-labelledby="trail-title" onKeyDown={onKeyDown}>
      <div className="k-row" style={{ alignItems: 'flex-start' }}>
        <h3 id="trail-title" ref={heading} tabIndex={-1} className="k-trail__title" style={{ margin: 0, flex: 1 }}>
          {you ? t('trail.titleYou') : t('trail.title', { name })}
        </h3>
        {onClose && <Button size="sm" variant="ghost" icon={<X size={16} aria-hidden />} aria-label={t('common.close')} onClick={onClose} />}
      </div>
      {/* the idea page opens this trail from its ?trail= parameter */}
      <CopyLinkButton
        path={`/ideas/${encodeURIComponent(root.id)}?trail=${encodeURIComponent(person.id)}`}
        label={t('trail.copyLink')}
        copiedLabel={t('find.linkCopied')}
        failedLabel={t('find.copyFailed')}
      />
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
      {step.upstream && <p className="k-meta" style={{ margin: '0 0 8px' }}>{t('trail.upstreamNote', { title: step.title })}</p>}
      <div aria-live="polite">
        {error && !data ? (
          <ErrorState message={describeError(t, error)} onRetry={() => void refetch()} />
        ) : !trail && loading ? (
          <LoadingState lines={2} />
        ) : !trail || trail.terms.length === 0 ? (
          <p className="k-meta">{you ? t('trail.noneYou') : t('trail.none', { name })}</p>
        ) : (
          <>
            <ul className="k-trail__terms">
              {trail.terms.map((term, i) => {
                const Icon = KIND_ICON[term.kind];
                const width = trail.ppm > 0 ? (term.ppm / trail.ppm) * 100 : 0;
                const via = term.via;
                return (
                  <li key={`${term.kind}-${via?.id ?? 'own'}-${i}`} className={`k-trail__term k-trail__term--${term.kind}`}>
                    <Icon size={16} aria-hidden className="k-trail__icon" />
                    <div className="k-trail__what">
                      {term.kind === 'AUTHOR' || !via ? (
                        <span>{authorText(t, node?.postedBy.id === person.id, you, name)}</span>
                      ) : (
                        <span>
                          {t(term.kind === 'INHERITED' ? 'trail.INHERITED.before' : 'trail.POOL.before')}{' '}
                          <Link to={`/ideas/${encodeURIComponent(via.id)}`}>{shownTitle(t, via.title)}</Link>
                          {via.withdrawal && <> <WithdrawnBadge /></>}
                          {term.kind === 'INHERITED'
                            ? t('trail.INHERITED.after', { split: formatPercent((split.get(via.id) ?? 0) * 100, 0) })
                            : via.endorsementCount > 0
                              ? t('trail.POOL.endorsed', { count: via.endorsementCount })
                              : t('trail.POOL.unendorsed')}
                        </span>
                      )}
                      <div className="k-progress" aria-hidden>
                        <span style={{ width: `${width}%` }} />
                      </div>
                    </div>
                    <span className="k-num">{shown(termUnits[i])}</span>
                    {term.kind === 'INHERITED' && via ? (
                      <Button
                        size="sm"
                        variant="secondary"
                        icon={<ArrowDownRight size={14} aria-hidden />}
                        aria-label={t('trail.drill', { title: via.title })}
                        title={t('trail.drill', { title: via.title })}
                        onClick={() => setPath([...path, { ideaId: via.id, title: via.title, upstream: true }])}
                      />
                    ) : (
                      <span />
                    )}
                  </li>
                );
              })}
            </ul>
            <p className="k-trail__sum" data-testid="trail-total">
              {you ? t('trail.totalYou', { value: shown(totalUnits) }) : t('trail.total', { name, value: shown(totalUnits) })}
            </p>
          </>
        )}
      </div>
      <ButtonLink to={howCreditWorksPath(root.id, person.id)} size="sm" variant="ghost" icon={<HelpCircle size={16} aria-hidden />}>
        {t('credit.howComputed')}
      </ButtonLink>
    </section>
  );
}

function authorText(t: ReturnType<typeof useI18n>['t'], posted: boolean, you: boolean, name: string): string {
  if (posted) return you ? t('trail.AUTHOR.postedYou') : t('trail.AUTHOR.posted', { name });
  return you ? t('trail.AUTHOR.coauthorYou') : t('trail.AUTHOR.coauthor', { name });
}
