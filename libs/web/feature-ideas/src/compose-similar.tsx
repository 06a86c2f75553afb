import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { ChevronDown, ChevronUp, GitBranch, Lightbulb } from 'lucide-react';
import { graphql } from '@kindling/web/data-access';
import { Button, Card } from '@kindling/web/ui';
import { shownTitle, useDebounced, useI18n } from '@kindling/web/util';
import type { PickedIdea } from './idea-picker';

/** Existing ideas like the draft (trigram similarity of titles plus full text), so people build on instead of duplicating. */
export const similarIdeasQuery = graphql(`
  query SimilarIdeas($title: String!, $body: String) {
    similarIdeas(title: $title, body: $body, first: 4) {
      idea {
        id
        title
        authors {
          id
          name
        }
      }
    }
  }
`);

/**
 * Ideas like the one being written, right beside (on a phone: right below) the title while it is typed.
 * "Build on this instead" adds the idea to what this one builds on and keeps everything typed.
 */
export function ComposeSimilar({ title, body, exclude, onBuildOn }: { title: string; body: string; exclude: readonly string[]; onBuildOn: (idea: PickedIdea) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(true);
  const draft = useDebounced(JSON.stringify([title.trim(), body.trim().slice(0, 2000)]), 500);
  const [draftTitle, draftBody] = JSON.parse(draft) as [string, string];
  const similar = useQuery(similarIdeasQuery, { variables: { title: draftTitle, body: draftBody }, skip: draftTitle.length < 4 });
  const suggestions = draftTitle.length < 4 ? [] : (similar.data?.similarIdeas ?? []).map((s) => s.idea).filter((i) => !exclude.includes(i.id));
  return (
    <Card as="aside" aria-labelledby="similar-title" className="k-compose__similar" id="compose-similar">
      <h2 className="k-card__title" id="similar-title">
        <button type="button" className="k-compose__toggle" aria-expanded={open} aria-controls="similar-list" onClick={() => setOpen(!open)}>
          <Lightbulb size={18} aria-hidden />
          <span>{t('compose.related')}</span>
          {suggestions.length > 0 && <span className="k-badge">{suggestions.length}</span>}
          {open ? <ChevronUp size={18} aria-hidden /> : <ChevronDown size={18} aria-hidden />}
        </button>
      </h2>
      <div id="similar-list" hidden={!open}>
        <p className="k-meta" style={{ marginTop: -6 }}>
          {t('compose.relatedHint')}
        </p>
        {suggestions.length === 0 ? (
          <p className="k-meta">{t('compose.relatedEmpty')}</p>
        ) : (
          <ul className="k-plainlist k-similar">
            {suggestions.map((s) => (
              <li key={s.id} data-testid="similar-idea">
                <Link to={`/ideas/${encodeURIComponent(s.id)}`}>{shownTitle(t, s.title)}</Link>
                <span className="k-person__meta">{s.authors.map((a) => a.name).join(', ')}</span>
                <Button size="sm" icon={<GitBranch size={14} aria-hidden />} aria-label={`${t('compose.useAsParent')}: ${shownTitle(t, s.title)}`} onClick={() => onBuildOn({ id: s.id, title: s.title })}>
                  {t('compose.useAsParent')}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
