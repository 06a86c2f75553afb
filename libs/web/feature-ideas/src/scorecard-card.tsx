import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ClipboardCheck, Gauge } from 'lucide-react';
import { checkScoreNote, normaliseText } from '@kindling/shared/rules';
import { graphql, describeError, retryFor, getFragmentData, type FragmentType } from '@kindling/web/data-access';
import { Button, Card, CardTitle, EmptyState, ErrorState, LoadingState, Markdown, Notice, PersonChip, TextArea, useFieldId } from '@kindling/web/ui';
import { describeReason, useI18n, type Locale } from '@kindling/web/util';

/** The aggregate everyone sees near the status. */
export const ScoreSummaryFragment = graphql(`
  fragment ScoreSummary_idea on Idea {
    id
    score {
      weighted
      reviewers
    }
  }
`);

/** What the reviewer's card shows: the aggregate per criterion, every scorecard with its note, their own. */
export const ScorecardFragment = graphql(`
  fragment Scorecard_idea on Idea {
    id
    score {
      weighted
      reviewers
      criteria {
        mean
        reviewers
        criterion {
          id
          nameEn
          nameNl
          retiredAt
        }
      }
    }
    scorecards {
      id
      note
      updatedAt
      reviewer {
        id
        name
      }
      scores {
        score
        criterion {
          id
          nameEn
          nameNl
        }
      }
    }
    viewerScorecard {
      id
      note
      updatedAt
      scores {
        score
        criterion {
          id
        }
      }
    }
  }
`);

export const scorecardCriteriaQuery = graphql(`
  query ScorecardCriteria {
    scoreCriteria {
      id
      nameEn
      nameNl
      descriptionEn
      descriptionNl
      weight
    }
  }
`);

export const scoreIdeaMutation = graphql(`
  mutation ScoreIdea($input: ScoreIdeaInput!) {
    scoreIdea(input: $input) {
      idea {
        id
        ...Scorecard_idea
        ...ScoreSummary_idea
      }
    }
  }
`);

/** A criterion's text in the reader's language. */
export function criterionText(c: { nameEn: string; nameNl: string; descriptionEn?: string; descriptionNl?: string }, locale: Locale) {
  return locale === 'nl' ? { name: c.nameNl, description: c.descriptionNl ?? '' } : { name: c.nameEn, description: c.descriptionEn ?? '' };
}

/** "3.8 / 5 from 3 reviewers", or nothing before anyone scored the idea. */
export function ScoreSummary({ idea: ref }: { idea: FragmentType<typeof ScoreSummaryFragment> }) {
  const { score } = getFragmentData(ScoreSummaryFragment, ref);
  const { t, formatNumber } = useI18n();
  if (!score) return null;
  return (
    <span className="k-meta k-row k-score-summary" style={{ gap: 4 }}>
      <Gauge size={14} aria-hidden />
      <span className="k-sr-only">{t('scoring.aggregateLabel')}: </span>
      {t('scoring.aggregate', { score: formatNumber(score.weighted, { minimumFractionDigits: 1, maximumFractionDigits: 1 }), count: score.reviewers })}
    </span>
  );
}

function ScaleGroup({ criterion, value, onChange }: { criterion: { id: string; name: string; description: string }; value: number | undefined; onChange: (score: number) => void }) {
  const { t } = useI18n();
  const id = useFieldId('scale');
  return (
    <fieldset className="k-scale" aria-describedby={criterion.description ? `${id}-desc` : undefined}>
      <legend className="k-field__label">{criterion.name}</legend>
      {criterion.description && (
        <p className="k-field__help k-scale__desc" id={`${id}-desc`}>
          {criterion.description}
        </p>
      )}
      <div className="k-scale__options">
        {[1, 2, 3, 4, 5].map((score) => (
          <label key={score} className="k-scale__option">
            <input type="radio" name={id} value={score} checked={value === score} onChange={() => onChange(score)} aria-label={t('scoring.option', { score })} />
            <span aria-hidden>{score}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Reviewers and admins: score the idea, and read the aggregate and the other reviewers' scorecards with their notes. */
export function ScorecardCard({ idea: ref }: { idea: FragmentType<typeof ScorecardFragment> }) {
  const idea = getFragmentData(ScorecardFragment, ref);
  const { t, locale, formatNumber, formatDate } = useI18n();
  const noteId = useFieldId('score-note');
  const criteria = useQuery(scorecardCriteriaQuery);
  const mine = idea.viewerScorecard;
  const [scores, setScores] = useState<Record<string, number>>(() => Object.fromEntries((mine?.scores ?? []).map((s) => [s.criterion.id, s.score])));
  const [note, setNote] = useState(mine?.note ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(scoreIdeaMutation);
  const active = criteria.data?.scoreCriteria ?? [];
  const unscored = active.some((c) => scores[c.id] === undefined);
  const noteViolation = checkScoreNote(normaliseText(note));
  const one = (n: number) => formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setSaved(false);
    if (unscored || noteViolation || saving.loading) return;
    const input = { ideaId: idea.id, scores: active.map((c) => ({ criterionId: c.id, score: scores[c.id] })), note: normaliseText(note) };
    if (await save({ variables: { input } }).catch(() => null)) setSaved(true);
  };

  return (
    <Card aria-labelledby="scorecard-title">
      <CardTitle id="scorecard-title" icon={<ClipboardCheck size={18} aria-hidden />}>
        {t('scoring.title')}
      </CardTitle>
      {criteria.error && !criteria.data ? (
        <ErrorState message={describeError(t, criteria.error)} onRetry={retryFor(criteria.error, criteria.refetch)} />
      ) : !criteria.data ? (
        <LoadingState lines={3} />
      ) : active.length === 0 ? (
        <EmptyState title={t('scoring.noCriteria')} />
      ) : (
        <form onSubmit={submit} className="k-stack" style={{ gap: 12 }} noValidate>
          <p className="k-meta" style={{ margin: 0 }}>
            {t('scoring.lead')} {mine && t('scoring.mine', { date: formatDate(mine.updatedAt) })}
          </p>
          {active.map((c) => (
            <ScaleGroup key={c.id} criterion={{ id: c.id, ...criterionText(c, locale) }} value={scores[c.id]} onChange={(score) => setScores((s) => ({ ...s, [c.id]: score }))} />
          ))}
          <div className="k-field">
            <label htmlFor={noteId} className="k-field__label">
              {t('scoring.note')}
            </label>
            <TextArea
              id={noteId}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-invalid={!!noteViolation}
              aria-describedby={`${noteId}-help`}
              style={{ minHeight: 80, fontFamily: 'inherit' }}
            />
            <span className={noteViolation ? 'k-field__error' : 'k-field__help'} id={`${noteId}-help`}>
              {noteViolation ? describeReason(t, noteViolation.reason) : t('scoring.noteHelp')}
            </span>
          </div>
          {submitted && unscored && <Notice tone="error">{t('scoring.pickAll')}</Notice>}
          {saving.error && <Notice tone="error">{describeError(t, saving.error)}</Notice>}
          {saved && !saving.error && <Notice tone="ok">{t('scoring.saved')}</Notice>}
          <div className="k-row">
            <Button type="submit" variant="primary" size="sm" busy={saving.loading}>
              {t('scoring.save')}
            </Button>
          </div>
        </form>
      )}

      <hr className="k-divider" />
      {idea.score ? (
        <>
          <h3 className="k-scorecard__heading">
            {t('scoring.aggregate', { score: one(idea.score.weighted), count: idea.score.reviewers })}
          </h3>
          <table className="k-table k-scorecard__means">
            <caption className="k-sr-only">{t('scoring.byCriterion')}</caption>
            <tbody>
              {idea.score.criteria.map((m) => (
                <tr key={m.criterion.id}>
                  <th scope="row">
                    {criterionText(m.criterion, locale).name} {m.criterion.retiredAt && <span className="k-meta">{t('scoring.retired')}</span>}
                  </th>
                  <td className="k-num">{one(m.mean)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="k-meta">{t('scoring.noCards')}</p>
      )}
      {idea.scorecards.length > 0 && (
        <>
          <h3 className="k-scorecard__heading">{t('scoring.others')}</h3>
          <ul className="k-plainlist k-stack" style={{ gap: 12 }}>
            {idea.scorecards.map((card) => (
              <li key={card.id} className="k-scorecard__card">
                <PersonChip person={card.reviewer} meta={t('scoring.updated', { date: formatDate(card.updatedAt) })} size={28} />
                <p className="k-meta" style={{ margin: '6px 0' }}>
                  {card.scores.map((s) => `${criterionText(s.criterion, locale).name} ${s.score}`).join(' · ')}
                </p>
                {card.note && <Markdown source={card.note} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
