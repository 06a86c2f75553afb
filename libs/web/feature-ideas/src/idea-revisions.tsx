import { useState } from 'react';
import { diffWords } from 'diff';
import { History } from 'lucide-react';
import { graphql, getFragmentData, type FragmentType } from '@kindling/web/data-access';
import { Button, Card, CardTitle } from '@kindling/web/ui';
import { useI18n } from '@kindling/web/util';

export const IdeaRevisionsFragment = graphql(`
  fragment IdeaRevisions_idea on Idea {
    id
    editedAt
    revisions {
      number
      title
      body
      tags
      editedAt
      editedBy {
        id
        name
      }
    }
  }
`);

/**
 * A word-level diff of two texts. Added and removed words are <ins> and <del> (read out by screen readers
 * through their hidden labels, and struck through or underlined, not only coloured).
 */
function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useI18n();
  if (before === after) return <span className="k-meta">{t('authoring.noTextChange')}</span>;
  return (
    <span className="k-diff">
      {diffWords(before, after).map((part, i) =>
        part.added ? (
          <ins key={i}>
            <span className="k-sr-only">[{t('authoring.added')}: </span>
            {part.value}
            <span className="k-sr-only">]</span>
          </ins>
        ) : part.removed ? (
          <del key={i}>
            <span className="k-sr-only">[{t('authoring.removed')}: </span>
            {part.value}
            <span className="k-sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </span>
  );
}

type Revision = { number: number; title: string; body: string; tags: readonly string[] };

function RevisionChanges({ from, to }: { from: Revision; to: Revision }) {
  const { t } = useI18n();
  return (
    <div role="group" aria-label={t('authoring.changesFrom', { from: from.number, to: to.number })}>
      <dl className="k-diff-list">
        <dt>{t('authoring.fieldTitle')}</dt>
        <dd>
          <WordDiff before={from.title} after={to.title} />
        </dd>
        <dt>{t('authoring.fieldBody')}</dt>
        <dd className="k-diff--body">
          <WordDiff before={from.body} after={to.body} />
        </dd>
        <dt>{t('authoring.fieldTags')}</dt>
        <dd>
          <WordDiff before={from.tags.join(', ')} after={to.tags.join(', ')} />
        </dd>
      </dl>
    </div>
  );
}

/** The revision history of an edited idea: who saved each version and when, and what changed from the one before. */
export function IdeaRevisions(props: { idea: FragmentType<typeof IdeaRevisionsFragment> }) {
  const idea = getFragmentData(IdeaRevisionsFragment, props.idea);
  const { t, formatDate } = useI18n();
  const [open, setOpen] = useState<number | null>(null);
  if (idea.revisions.length < 2) return null;
  const last = idea.revisions.length - 1;
  return (
    <Card aria-labelledby="revisions-title">
      <CardTitle id="revisions-title" icon={<History size={18} aria-hidden />}>
        {t('authoring.revisions')} <span className="k-meta">({idea.revisions.length})</span>
      </CardTitle>
      <p className="k-meta" style={{ marginTop: -6 }}>
        {t('authoring.revisionsLead', { count: idea.revisions.length })}
      </p>
      <ol className="k-plainlist k-revisions">
        {idea.revisions.map((r, i) => (
          <li key={r.number} className="k-revision">
            <div className="k-row" style={{ justifyContent: 'space-between' }}>
              <span>
                <strong>{t('authoring.revision', { number: r.number })}</strong>
                {i === 0 && <span className="k-badge">{t('authoring.original')}</span>}
                {i === last && <span className="k-badge">{t('authoring.current')}</span>}{' '}
                <span className="k-meta">{t('authoring.revisionBy', { name: r.editedBy.name, date: formatDate(r.editedAt) })}</span>
              </span>
              {i > 0 && (
                <Button size="sm" variant="ghost" aria-expanded={open === r.number} aria-controls={`revision-${r.number}-changes`} onClick={() => setOpen(open === r.number ? null : r.number)}>
                  {open === r.number ? t('authoring.hideChanges') : t('authoring.showChanges')}
                </Button>
              )}
            </div>
            {i > 0 && open === r.number && (
              <div id={`revision-${r.number}-changes`}>
                <RevisionChanges from={idea.revisions[i - 1]} to={r} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
