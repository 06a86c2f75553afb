import { Link } from 'react-router';
import { GitBranch, MessageSquare, ThumbsUp } from 'lucide-react';
import { graphql, getFragmentData, type FragmentType } from '@kindling/web/data-access';
import { Avatar, StatusBadge, Tag } from '@kindling/web/ui';
import { excerpt, shownTitle, useI18n } from '@kindling/web/util';
import { WithdrawnBadge } from './idea-authoring';

export const IdeaCardFragment = graphql(`
  fragment IdeaCard_idea on Idea {
    id
    title
    body
    tags
    status
    createdAt
    endorsementCount
    buildOnCount
    commentCount
    withdrawal {
      at
    }
    authors {
      id
      name
      department {
        id
        name
      }
    }
    parents {
      relation
      idea {
        id
        title
      }
    }
  }
`);

/** One idea in a list: title, excerpt, authors, lineage hint and counts. */
export function IdeaCard({ idea: ref, headingLevel = 2 }: { idea: FragmentType<typeof IdeaCardFragment>; headingLevel?: 2 | 3 }) {
  const idea = getFragmentData(IdeaCardFragment, ref);
  const { t, formatRelative, formatNumber } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [first, ...others] = idea.authors;
  return (
    <article className="k-card k-idea-card">
      <div className="k-row" style={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <Heading className="k-idea-card__title">
          <Link to={`/ideas/${encodeURIComponent(idea.id)}`}>{shownTitle(t, idea.title)}</Link>
        </Heading>
        <span className="k-row" style={{ gap: 4 }}>
          {idea.withdrawal && <WithdrawnBadge />}
          <StatusBadge status={idea.status} />
        </span>
      </div>
      {idea.parents.length > 0 && (
        <p className="k-idea-card__lineage">
          <GitBranch size={14} aria-hidden /> {t('idea.buildsOn')}{' '}
          {idea.parents.map((p, i) => (
            <span key={p.idea.id}>
              {i > 0 && ', '}
              <Link to={`/ideas/${encodeURIComponent(p.idea.id)}`}>{shownTitle(t, p.idea.title)}</Link>
            </span>
          ))}
        </p>
      )}
      <p className="k-idea-card__excerpt">{excerpt(idea.body)}</p>
      {idea.tags.length > 0 && (
        <div className="k-row" style={{ gap: 6, marginBottom: 12 }}>
          {idea.tags.map((tag) => (
            <Tag key={tag} tag={tag} to={`/?tag=${encodeURIComponent(tag)}`} />
          ))}
        </div>
      )}
      <footer className="k-meta-row">
        {first && (
          <span>
            <Avatar id={first.id} name={first.name} size={22} />
            <Link to={`/people/${encodeURIComponent(first.id)}`} className="k-idea-card__author">
              {first.name}
            </Link>
            {others.length > 0 && <span>+{others.length}</span>}
            <span aria-hidden>·</span>
            <span>{first.department.name}</span>
          </span>
        )}
        <span>
          <time dateTime={idea.createdAt}>{formatRelative(idea.createdAt)}</time>
        </span>
        <span className="k-spacer" />
        <span title={t('idea.endorsements', { count: idea.endorsementCount })}>
          <ThumbsUp size={15} aria-hidden />
          <span className="k-sr-only">{t('idea.endorsements', { count: idea.endorsementCount })}</span>
          <span aria-hidden>{formatNumber(idea.endorsementCount)}</span>
        </span>
        <span title={t('idea.buildOns', { count: idea.buildOnCount })}>
          <GitBranch size={15} aria-hidden />
          <span className="k-sr-only">{t('idea.buildOns', { count: idea.buildOnCount })}</span>
          <span aria-hidden>{formatNumber(idea.buildOnCount)}</span>
        </span>
        <span title={t('idea.comments', { count: idea.commentCount })}>
          <MessageSquare size={15} aria-hidden />
          <span className="k-sr-only">{t('idea.comments', { count: idea.commentCount })}</span>
          <span aria-hidden>{formatNumber(idea.commentCount)}</span>
        </span>
      </footer>
    </article>
  );
}
