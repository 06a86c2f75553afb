import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '@kindling/web/ui';
import { useI18n, type MessageKey } from '@kindling/web/util';
import { WithdrawnBadge } from './idea-authoring';
import type { Family, Shown } from './lineage-family';
import type { LineageData, LineageIdea } from './lineage-graph';

interface ListProps {
  family: Family;
  ideas: LineageIdea[];
  shown: Shown;
  collapsed: ReadonlySet<string>;
  edges: LineageData['edges'];
  onToggle: (id: string) => void;
  matches: string[];
  target: string | null;
}

/**
 * The same family as nested lists: what the idea builds on (each parent nesting its own parents), then the
 * idea with its build-ons nested by level. An idea reached twice (it builds on two of them) is shown once.
 */
export function LineageList({ family, ideas, shown, collapsed, edges, onToggle, matches, target }: ListProps) {
  const { t } = useI18n();
  const byId = useMemo(() => new Map(ideas.map((n) => [n.id, n])), [ideas]);
  const edgeOf = useMemo(() => new Map(edges.map((e) => [`${e.parentId}>${e.childId}`, e])), [edges]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  useEffect(() => {
    if (target) document.getElementById(`ltree-${target}`)?.scrollIntoView({ block: 'nearest' });
  }, [target]);

  const seen = new Set<string>();
  const row = (id: string, level: number, link: { parentId: string; childId: string } | null, toggle: React.ReactNode) => {
    const idea = byId.get(id)!;
    const edge = link && edgeOf.get(`${link.parentId}>${link.childId}`);
    const first = idea.authors[0];
    const cls = ['k-ltree__row', id === family.currentId && 'k-ltree__row--current', matchSet.has(id) && 'k-ltree__row--match', id === target && 'k-ltree__row--target'].filter(Boolean).join(' ');
    return (
      <div className={cls} id={`ltree-${id}`}>
        {id === family.currentId ? (
          <strong className="k-ltree__title">
            {idea.title} <span className="k-meta">({t('lineage.current')})</span>
          </strong>
        ) : (
          <Link className="k-ltree__title" to={`/ideas/${encodeURIComponent(id)}`}>
            {idea.title}
          </Link>
        )}
        <div className="k-ltree__meta">
          <StatusBadge status={idea.status} />
          {idea.withdrawal && <WithdrawnBadge />}
          {edge && (
            <span>
              {t('lineage.list.relation', { relation: t(`relation.${edge.relation}` as MessageKey), share: Math.round(edge.split * 100) })}
            </span>
          )}
          {first && (
            <span>
              {first.name} · {first.department.name}
            </span>
          )}
          {level !== 0 && <span>{t(level < 0 ? 'lineage.list.levelUp' : 'lineage.list.levelDown', { level: Math.abs(level) })}</span>}
          {toggle}
        </div>
      </div>
    );
  };

  const up = (id: string, via: string, level: number): React.ReactNode => {
    const again = seen.has(id);
    seen.add(id);
    const parents = again ? [] : (family.parents.get(id) ?? []);
    return (
      <li key={`${via}>${id}`}>
        {again ? <Again title={byId.get(id)!.title} /> : row(id, -level, { parentId: id, childId: via }, null)}
        {parents.length > 0 && <ul>{parents.map((p) => up(p, id, level + 1))}</ul>}
      </li>
    );
  };

  const down = (id: string, from: string | null, level: number): React.ReactNode => {
    const again = seen.has(id);
    seen.add(id);
    const children = family.children.get(id) ?? [];
    const hidden = shown.hidden.get(id) ?? 0;
    const open = !again && !collapsed.has(id) && children.length > 0;
    const title = byId.get(id)!.title;
    const toggle = again ? null : hidden > 0 ? (
      <button type="button" className="k-ltree__toggle" aria-expanded={false} aria-label={t('lineage.toggleLabel', { action: t('lineage.expand', { count: hidden }), title })} onClick={() => onToggle(id)}>
        {t('lineage.expand', { count: hidden })}
      </button>
    ) : open && level > 0 ? (
      <button type="button" className="k-ltree__toggle" aria-expanded aria-label={t('lineage.toggleLabel', { action: t('lineage.collapse'), title })} onClick={() => onToggle(id)}>
        {t('lineage.collapse')}
      </button>
    ) : null;
    return (
      <li key={`${from}>${id}`}>
        {again ? <Again title={title} /> : row(id, level, from ? { parentId: from, childId: id } : null, toggle)}
        {open && <ul>{children.filter((c) => shown.visible.has(c)).map((c) => down(c, id, level + 1))}</ul>}
      </li>
    );
  };

  const parents = family.parents.get(family.currentId) ?? [];
  seen.add(family.currentId);
  const ancestors = parents.length > 0 && <ul className="k-ltree">{parents.map((p) => up(p, family.currentId, 1))}</ul>;
  seen.delete(family.currentId);
  return (
    <div className="k-ltree-wrap">
      {ancestors && (
        <>
          <h3 className="k-ltree__heading">{t('lineage.list.buildsOn')}</h3>
          {ancestors}
        </>
      )}
      <h3 className="k-ltree__heading">{t('lineage.list.family')}</h3>
      <ul className="k-ltree">{down(family.currentId, null, 0)}</ul>
    </div>
  );
}

function Again({ title }: { title: string }) {
  const { t } = useI18n();
  return <div className="k-ltree__row k-ltree__row--again k-meta">{t('lineage.list.again', { title })}</div>;
}
