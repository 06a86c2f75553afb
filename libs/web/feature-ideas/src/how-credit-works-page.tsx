import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ArrowLeft, BookOpen } from 'lucide-react';
import { graphql, describeError, useViewer, type HowCreditWorksIdeaQuery, type HowCreditWorksModelQuery } from '@kindling/web/data-access';
import { ButtonLink, Card, CardTitle, ErrorState, LoadingState, PageHeader } from '@kindling/web/ui';
import { PPM_PER_UNIT, apportionPpm, shownTitle, unitsToPercent, useI18n } from '@kindling/web/util';
import { howCreditWorksPath } from './credit-links';

export const creditModelQuery = graphql(`
  query HowCreditWorksModel {
    creditModel {
      beta
      delta
      q0
      c0
      defaultRetention
      minRetention
      maxRetention
    }
  }
`);

export const howCreditWorksIdeaQuery = graphql(`
  query HowCreditWorksIdea($ideaId: ID!, $personId: ID!) {
    node(id: $ideaId) {
      id
      ... on Idea {
        title
        retention
        buildOnCount
        authors {
          id
          name
        }
        parents {
          split
          idea {
            id
            title
            upstreamCredit {
              trail(personId: $personId) {
                ppm
              }
            }
          }
        }
        credit {
          extenderPool
          shares {
            ppm
            person {
              id
              name
            }
          }
          trail(personId: $personId) {
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
              }
            }
          }
        }
      }
    }
  }
`);

const OTHERS_SHOWN = 8;

/**
 * "How credit works": the model in plain words with the constants of `creditModel`. Opened from an idea
 * (`/about?idea=<id>`, optionally `&person=<id>`, else the viewer) it walks through that idea's own figures:
 * what stays with its authors, what flows to what it built on, what went to those who built on it, and why
 * one person holds their share, term by term.
 */
export function HowCreditWorksPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const viewer = useViewer();
  const ideaId = params.get('idea');
  const personId = params.get('person') ?? viewer?.id ?? '';
  const model = useQuery(creditModelQuery);
  const idea = useQuery(howCreditWorksIdeaQuery, { variables: { ideaId: ideaId ?? '', personId }, skip: !ideaId || !personId });
  const node = idea.data?.node?.__typename === 'Idea' ? idea.data.node : null;
  const m = model.data?.creditModel;

  return (
    <div className="k-stack k-about">
      <PageHeader title={t('about.title')} lead={t('about.lead')} />
      {node && (
        <div>
          <ButtonLink to={`/ideas/${encodeURIComponent(node.id)}`} variant="ghost" size="sm" className="k-about__back" icon={<ArrowLeft size={16} aria-hidden />}>
            {t('about.backToIdea', { title: shownTitle(t, node.title) })}
          </ButtonLink>
        </div>
      )}
      {model.error && !m ? (
        <Card>
          <ErrorState message={describeError(t, model.error)} onRetry={() => void model.refetch()} />
        </Card>
      ) : !m ? (
        <Card>
          <LoadingState />
        </Card>
      ) : (
        <>
          {ideaId &&
            (idea.error && !node ? (
              <Card>
                <ErrorState title={t('about.error')} message={describeError(t, idea.error)} onRetry={() => void idea.refetch()} />
              </Card>
            ) : !node ? (
              <Card>
                <LoadingState />
              </Card>
            ) : (
              <IdeaFigures idea={node} model={m} personId={personId} />
            ))}
          <Example model={m} withRules={!ideaId} />
        </>
      )}
    </div>
  );
}

type Model = HowCreditWorksModelQuery['creditModel'];
type IdeaNode = Extract<NonNullable<HowCreditWorksIdeaQuery['node']>, { __typename?: 'Idea' }>;

/** A share (0–1) as a percentage without trailing zeros (40 %, 11.67 %): the factors read as plain numbers. */
function usePlainPercent(): (share: number) => string {
  const { formatNumber } = useI18n();
  return (share) => `${formatNumber(share * 100, { maximumFractionDigits: 2 })} %`;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="k-about__section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function IdeaFigures({ idea, model, personId }: { idea: IdeaNode; model: Model; personId: string }) {
  const { t, formatPercent } = useI18n();
  const viewer = useViewer();
  const pct = usePlainPercent();
  const rho = idea.retention;
  const pool = idea.credit.extenderPool;
  const rest = 1 - pool;
  const flow = 1 - rho;
  const scaled = pool > 0 ? t('about.person.scaled', { rest: pct(rest) }) : '';
  const title = shownTitle(t, idea.title);

  // the person's share, rounded with everyone else's as on the idea page, and their terms rounded to it
  const shares = idea.credit.shares;
  const units = apportionPpm(shares.map((s) => s.ppm));
  const index = shares.findIndex((s) => s.person.id === personId);
  const trail = idea.credit.trail;
  const totalUnits = index >= 0 ? units[index] : Math.round(trail.ppm / PPM_PER_UNIT);
  const termUnits = apportionPpm(trail.terms.map((term) => term.ppm), totalUnits);
  const shown = (u: number) => formatPercent(unitsToPercent(u), 2);
  const you = personId === viewer?.id;
  const name = trail.person.name;
  const parents = new Map(idea.parents.map((p) => [p.idea.id, p]));

  const termText = (term: (typeof trail.terms)[number]): string => {
    const share = term.ppm / 1_000_000;
    if (term.kind === 'AUTHOR' || !term.via) return t('about.person.author', { keep: pct(rho), part: pct(rho * rest > 0 ? share / (rho * rest) : 0) }) + scaled;
    const viaTitle = shownTitle(t, term.via.title);
    if (term.kind === 'INHERITED') {
      const parent = parents.get(term.via.id);
      const held = (parent?.idea.upstreamCredit.trail.ppm ?? 0) / 1_000_000;
      return t('about.person.inherited', { title: viaTitle, held: pct(held), flow: pct(flow), split: pct(parent?.split ?? 0) }) + scaled;
    }
    return t('about.person.pool', { title: viaTitle, pool: pct(pool), part: pct(pool > 0 ? share / pool : 0) });
  };

  return (
    <Card aria-labelledby="about-idea">
      <CardTitle id="about-idea" icon={<BookOpen size={18} aria-hidden />}>
        {t('about.ideaHeading', { title })}
      </CardTitle>
      <Section title={t('about.keep.title')}>
        <p data-testid="about-keep">{idea.parents.length === 0 ? t('about.keep.root', { value: pct(rho) }) : t('about.keep.buildOn', { count: idea.parents.length, value: pct(rho) })}</p>
        {idea.parents.length > 0 && <p className="k-meta">{t('about.keep.default', { value: pct(model.defaultRetention), min: pct(model.minRetention), max: pct(model.maxRetention) })}</p>}
        <p>{t('about.keep.authors', { names: idea.authors.map((a) => a.name).join(', ') })}</p>
      </Section>
      <Section title={t('about.flow.title')}>
        {idea.parents.length === 0 ? (
          <p>{t('about.flow.none')}</p>
        ) : (
          <>
            <p>{t('about.flow.lead', { value: pct(flow) })}</p>
            <ul className="k-about__list" data-testid="about-flow">
              {idea.parents.map((p) => (
                <li key={p.idea.id}>
                  <Link to={`/ideas/${encodeURIComponent(p.idea.id)}`}>{shownTitle(t, p.idea.title)}</Link>: {t('about.flow.row', { split: pct(p.split), flow: pct(flow), value: pct(p.split * flow) })}
                </li>
              ))}
            </ul>
            <p className="k-meta">{t('about.flow.onwards')}</p>
          </>
        )}
      </Section>
      <Section title={t('about.pool.title')}>
        <p data-testid="about-pool">{pool > 0 ? t('about.pool.some', { value: pct(pool), count: idea.buildOnCount, rest: pct(rest) }) : t('about.pool.none')}</p>
        <p className="k-meta">{t('about.pool.rules', { beta: pct(model.beta), q0: model.q0, delta: pct(model.delta), c0: model.c0 })}</p>
      </Section>
      <Section
        title={
          trail.terms.length === 0
            ? you
              ? t('about.person.shareYou')
              : t('about.person.shareOf', { name })
            : you
              ? t('about.person.titleYou', { value: shown(totalUnits) })
              : t('about.person.title', { name, value: shown(totalUnits) })
        }
      >
        {trail.terms.length === 0 ? (
          <p>{you ? t('about.person.noneYou') : t('about.person.none', { name })}</p>
        ) : (
          <>
            <ul className="k-about__list" data-testid="about-terms">
              {trail.terms.map((term, i) => (
                <li key={`${term.kind}-${term.via?.id ?? 'own'}`}>
                  {termText(term)} = <strong className="k-num">{shown(termUnits[i])}</strong>
                </li>
              ))}
            </ul>
            <p data-testid="about-total">
              <strong>{t('about.person.total', { value: shown(totalUnits) })}</strong>
            </p>
          </>
        )}
        {shares.length > 1 && (
          <>
            <p className="k-meta">{t('about.person.others')}</p>
            <ul className="k-about__people">
              {shares
                .filter((s) => s.person.id !== personId)
                .slice(0, OTHERS_SHOWN)
                .map((s) => (
                  <li key={s.person.id}>
                    <Link to={howCreditWorksPath(idea.id, s.person.id)} replace>
                      {s.person.id === viewer?.id ? t('credit.you') : s.person.name}
                    </Link>
                  </li>
                ))}
            </ul>
          </>
        )}
      </Section>
    </Card>
  );
}

/** The model on made-up ideas, every figure computed from the model's constants. */
function Example({ model, withRules }: { model: Model; withRules: boolean }) {
  const { t } = useI18n();
  const pct = usePlainPercent();
  const keep = model.defaultRetention;
  const flow = 1 - keep;
  const weight = model.q0 + 2;
  const pool = model.beta * Math.min(1, weight / model.c0);
  const parentShare = 0.5;
  const parentSplit = 7 / 12;
  return (
    <>
      <Card aria-labelledby="about-example">
        <CardTitle id="about-example" icon={<BookOpen size={18} aria-hidden />}>
          {t('about.example.title')}
        </CardTitle>
        <ol className="k-about__list" data-testid="about-example">
          <li>{t('about.example.root')}</li>
          <li>{t('about.example.buildOn', { keep: pct(keep), flow: pct(flow) })}</li>
          <li>{t('about.example.twoParents', { first: pct(0.7 * flow), second: pct(0.3 * flow), flow: pct(flow) })}</li>
          <li>{t('about.example.pool', { q0: model.q0, weight: weight, pool: pct(pool), bob: pct(keep * (1 - pool)), ann: pct(flow * (1 - pool)) })}</li>
        </ol>
        {withRules && <p className="k-meta">{t('about.pool.rules', { beta: pct(model.beta), q0: model.q0, delta: pct(model.delta), c0: model.c0 })}</p>}
      </Card>
      <Card aria-labelledby="about-formula">
        <CardTitle id="about-formula" icon={<BookOpen size={18} aria-hidden />}>
          {t('about.formula.title')}
        </CardTitle>
        <p>{t('about.formula.text', { held: pct(parentShare), flow: pct(flow), split: pct(parentSplit), value: pct(parentShare * flow * parentSplit) })}</p>
      </Card>
    </>
  );
}
