import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@kindling/web/data-access';
import { Combobox, StatusBadge } from '@kindling/web/ui';
import { useI18n, useDebounced } from '@kindling/web/util';

export const ideaSearchQuery = graphql(`
  query IdeaSearch($text: String!, $first: Int!) {
    ideas(filter: { text: $text }, first: $first, orderBy: MOST_ENDORSED) {
      edges {
        cursor
        node {
          id
          title
          status
          authors {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export interface PickedIdea {
  id: string;
  title: string;
}

/** Full-text search over ideas, pick one (used to choose what a build-on builds on). */
export function IdeaPicker({
  label,
  onPick,
  exclude = [],
  invalid,
  describedBy,
  id = 'parent-search',
}: {
  label: string;
  onPick: (idea: PickedIdea) => void;
  exclude?: readonly string[];
  invalid?: boolean;
  describedBy?: string;
  id?: string;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const { data, loading } = useQuery(ideaSearchQuery, { variables: { text: search, first: 8 }, skip: !search, fetchPolicy: 'cache-first' });
  const items = (data?.ideas.edges ?? []).map((e) => e.node).filter((i) => !exclude.includes(i.id));
  return (
    <Combobox
      id={id}
      label={label}
      placeholder={t('compose.parentSearch')}
      value={text}
      onValueChange={setText}
      items={search ? items : []}
      loading={loading}
      invalid={invalid}
      describedBy={describedBy}
      emptyText={t('feed.empty')}
      itemKey={(i) => i.id}
      renderItem={(i) => (
        <span style={{ display: 'flex', gap: 8, alignItems: 'center', justifyContent: 'space-between' }}>
          <span>
            <strong>{i.title}</strong>
            <span className="k-person__meta">{i.authors.map((a) => a.name).join(', ')}</span>
          </span>
          <StatusBadge status={i.status} />
        </span>
      )}
      onSelect={(i) => {
        onPick({ id: i.id, title: i.title });
        setText('');
      }}
    />
  );
}
