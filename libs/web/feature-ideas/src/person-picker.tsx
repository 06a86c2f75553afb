import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { peopleSearchQuery } from '@kindling/web/data-access';
import { Avatar, Combobox } from '@kindling/web/ui';
import { useI18n, useDebounced } from '@kindling/web/util';

export interface PickedPerson {
  id: string;
  name: string;
}

/** Search a colleague by name or e-mail and pick one (signed in only). */
export function PersonPicker({ label, onPick, exclude = [], placeholder }: { label: string; onPick: (person: PickedPerson) => void; exclude?: readonly string[]; placeholder?: string }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const { data, loading } = useQuery(peopleSearchQuery, { variables: { search, first: 8 }, skip: !search, fetchPolicy: 'cache-first' });
  const items = (data?.people.edges ?? []).map((e) => e.node).filter((p) => !exclude.includes(p.id));
  return (
    <Combobox
      label={label}
      placeholder={placeholder}
      value={text}
      onValueChange={setText}
      items={search ? items : []}
      loading={loading}
      emptyText={t('signIn.none')}
      itemKey={(p) => p.id}
      renderItem={(p) => (
        <span className="k-row" style={{ flexWrap: 'nowrap' }}>
          <Avatar id={p.id} name={p.name} size={24} />
          <span>
            <strong>{p.name}</strong>
            <span className="k-person__meta">
              {p.title} · {p.department.name}
            </span>
          </span>
        </span>
      )}
      onSelect={(p) => {
        onPick({ id: p.id, name: p.name });
        setText('');
      }}
    />
  );
}
