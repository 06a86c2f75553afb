import { useQuery } from '@apollo/client/react';
import { User, X } from 'lucide-react';
import { graphql, peopleSearchQuery } from '@kindling/web/data-access';
import { Button } from '@kindling/web/ui';
import { useI18n } from '@kindling/web/util';

const authorNameQuery = graphql(`
  query FeedAuthorName($id: ID!) {
    node(id: $id) {
      id
      ... on Person {
        name
      }
    }
  }
`);

/**
 * The feed's "Ideas by …": people whose names match what is typed in the search (the directory's search:
 * any order, accents and case ignored), each a button that filters the feed to that person's ideas.
 */
export function AuthorSuggestions({ search, onPick }: { search: string; onPick: (personId: string) => void }) {
  const { t } = useI18n();
  const { data } = useQuery(peopleSearchQuery, { variables: { search, first: 3 }, skip: search.length < 2 || search.length > 100 });
  const people = search.length < 2 ? [] : (data?.people.edges.map((e) => e.node) ?? []);
  if (people.length === 0) return null;
  return (
    <ul className="k-author-suggestions" aria-label={t('find.ideasBySuggestions')}>
      {people.map((p) => (
        <li key={p.id}>
          <Button variant="ghost" icon={<User size={16} aria-hidden />} onClick={() => onPick(p.id)}>
            {t('find.ideasBy', { name: p.name })}
          </Button>
        </li>
      ))}
    </ul>
  );
}

/** The feed narrowed to one person's ideas: who, and the way back to everyone's. */
export function AuthorFilter({ personId, onClear }: { personId: string; onClear: () => void }) {
  const { t } = useI18n();
  const { data } = useQuery(authorNameQuery, { variables: { id: personId } });
  const name = data?.node?.__typename === 'Person' ? data.node.name : '…';
  return (
    <span className="k-tag k-author-filter">
      <User size={12} aria-hidden /> {t('find.byFilter', { name })}
      <Button variant="ghost" size="sm" icon={<X size={14} aria-hidden />} aria-label={t('find.clearBy')} title={t('find.clearBy')} onClick={onClear} />
    </span>
  );
}
