import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import {
  Background,
  Controls,
  ControlButton,
  Handle,
  MiniMap,
  NodeToolbar,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type AriaLabelConfig,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Maximize, Network, Search } from 'lucide-react';
import { graphql, describeError, type LineageQuery } from '@kindling/web/data-access';
import { Button, Card, CardTitle, EmptyState, ErrorState, Field, LoadingState, Notice, Select, StatusBadge, TextInput, colorFor } from '@kindling/web/ui';
import { shownTitle, useI18n, type MessageKey } from '@kindling/web/util';
import { WithdrawnBadge } from './idea-authoring';
import { buildFamily, initialCollapsed, revealPath, searchFamily, shownFamily, titleLines, type Family } from './lineage-family';
import { NODE_WIDTH, layoutLineage, nodeHeight, type LayoutEdge, type LayoutNode } from './lineage-layout';
import { LineageList } from './lineage-list';

export const lineageQuery = graphql(`
  query Lineage($id: ID!) {
    node(id: $id) {
      id
      ... on Idea {
        lineage(direction: BOTH) {
          ancestorCount
          descendantCount
          nodes {
            id
            title
            status
            createdAt
            endorsementCount
            buildOnCount
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
          }
          edges {
            parentId
            childId
            relation
            split
          }
        }
      }
    }
  }
`);

export type LineageData = NonNullable<Extract<NonNullable<LineageQuery['node']>, { __typename?: 'Idea' }>['lineage']>;
export type LineageIdea = LineageData['nodes'][number];

/** Zoom at which a 16 px title still reads at 12 px on screen: the opening view and "Fit view" never go below it. */
export const READABLE_ZOOM = 0.75;
const PHONE_QUERY = '(max-width: 640px)';

interface CardData extends Record<string, unknown> {
  idea: LineageIdea;
  title: string;
  current: boolean;
  /** undefined: no highlight active; true/false: the highlighted person did / did not contribute. */
  highlighted?: boolean;
  match: boolean;
  active: boolean;
  card: boolean;
  /** The hover card opens on the side of the canvas with more room. */
  cardSide: Position;
  hiddenCount: number;
  collapsible: boolean;
  onToggle: (id: string) => void;
  onHover: (id: string | null) => void;
}

const IdeaNode = memo(function IdeaNode({ data }: NodeProps<Node<CardData>>) {
  const { t, formatDate } = useI18n();
  const { idea } = data;
  const first = idea.authors[0];
  const cls = [
    'k-lnode',
    data.current && 'k-lnode--current',
    data.highlighted === true && 'k-lnode--hl',
    data.highlighted === false && 'k-lnode--dim',
    data.match && 'k-lnode--match',
    data.active && 'k-lnode--active',
  ]
    .filter(Boolean)
    .join(' ');
  const href = `/ideas/${encodeURIComponent(idea.id)}`;
  return (
    <div className={cls} id={`lnode-${idea.id}`} style={{ width: NODE_WIDTH, height: nodeHeight(titleLines(data.title)), borderLeftColor: colorFor(first?.department.id ?? '') }} onMouseEnter={() => data.onHover(idea.id)} onMouseLeave={() => data.onHover(null)}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      {/* the graph is one tab stop: links and buttons inside a card are reached with the arrow keys and Enter / Space */}
      <div className="k-lnode__title">
        {data.current ? data.title : <Link to={href} tabIndex={-1}>{data.title}</Link>}
      </div>
      <div className="k-lnode__meta">
        {first ? `${first.name} · ${first.department.name}` : ''}
      </div>
      <div className="k-lnode__row">
        <StatusBadge status={idea.status} />
        {data.current && <strong className="k-lnode__here">{t('lineage.current')}</strong>}
        {idea.withdrawal && <WithdrawnBadge />}
        {data.hiddenCount > 0 ? (
          <button type="button" tabIndex={-1} className="k-lnode__toggle nodrag nopan" aria-expanded={false} onClick={() => data.onToggle(idea.id)}>
            {t('lineage.expand', { count: data.hiddenCount })}
          </button>
        ) : data.collapsible ? (
          <button type="button" tabIndex={-1} className="k-lnode__toggle nodrag nopan" aria-expanded onClick={() => data.onToggle(idea.id)}>
            {t('lineage.collapse')}
          </button>
        ) : null}
      </div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
      <NodeToolbar isVisible={data.card} position={data.cardSide} offset={8}>
        <div className="k-lcard" role="tooltip" id={`lcard-${idea.id}`} onMouseEnter={() => data.onHover(idea.id)} onMouseLeave={() => data.onHover(null)}>
          <strong className="k-lcard__title">{data.title}</strong>
          <ul className="k-lcard__authors" aria-label={t('lineage.card.authors')}>
            {idea.authors.map((a) => (
              <li key={a.id}>
                {a.name} <span className="k-meta">· {a.department.name}</span>
              </li>
            ))}
          </ul>
          <p className="k-meta">{t('lineage.card.posted', { date: formatDate(idea.createdAt) })}</p>
          <p className="k-meta">{t('lineage.card.counts', { endorsements: idea.endorsementCount, buildOns: idea.buildOnCount })}</p>
          {!data.current && (
            <Link to={href} tabIndex={-1}>
              {t('lineage.card.open')}
            </Link>
          )}
        </div>
      </NodeToolbar>
    </div>
  );
});

const nodeTypes = { idea: IdeaNode };

/** Lays out in a worker when the browser has one (1,000+ nodes stay smooth), else in place. */
function useLayout(nodes: LayoutNode[] | null, edges: LayoutEdge[] | null) {
  const [positions, setPositions] = useState<Map<string, { x: number; y: number }> | null>(null);
  useEffect(() => {
    if (!nodes || !edges) return;
    const started = performance.now();
    const done = (p: Map<string, { x: number; y: number }>) => {
      performance.measure?.('kindling:lineage-layout', { start: started });
      setPositions(p);
    };
    if (nodes.length < 150 || typeof Worker === 'undefined') {
      done(layoutLineage(nodes, edges));
      return;
    }
    const worker = new Worker(new URL('./lineage-layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ positions: [string, { x: number; y: number }][] }>) => done(new Map(e.data.positions));
    worker.onerror = () => done(layoutLineage(nodes, edges));
    worker.postMessage({ id: 1, nodes, edges });
    return () => worker.terminate();
  }, [nodes, edges]);
  return positions;
}

/** The idea's family: a graph (ancestors above, build-ons below) or a nested list; collapse, search, highlight a person. */
export function LineageGraph({ ideaId }: { ideaId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(lineageQuery, { variables: { id: ideaId } });
  const lineage = data?.node?.__typename === 'Idea' ? data.node.lineage : null;
  return <LineageView key={ideaId} ideaId={ideaId} lineage={lineage} loading={loading} error={error && !data ? describeError(t, error) : null} onRetry={() => void refetch()} />;
}

/** The lineage for any flat family (nodes + edges); `openAll` opens every branch (the lab page). */
export function LineageView({ ideaId, lineage, loading, error, onRetry, openAll }: { ideaId: string; lineage: LineageData | null; loading?: boolean; error?: string | null; onRetry?: () => void; openAll?: boolean }) {
  const { t, formatNumber } = useI18n();
  const [personId, setPersonId] = useState('');
  const [view, setView] = useState<'graph' | 'list'>(() => (typeof matchMedia === 'function' && matchMedia(PHONE_QUERY).matches ? 'list' : 'graph'));
  const [query, setQuery] = useState('');
  const [matchIndex, setMatchIndex] = useState(0);
  const [tooBig, setTooBig] = useState(false);

  const family = useMemo(() => (lineage ? buildFamily(ideaId, lineage.nodes.map((n) => n.id), lineage.edges) : null), [lineage, ideaId]);
  const [collapsed, setCollapsed] = useState<Set<string> | null>(null);
  const openBranches = collapsed ?? (family ? initialCollapsed(family, openAll) : new Set<string>());
  const shown = useMemo(() => (family ? shownFamily(family, openBranches) : null), [family, openBranches]);
  const toggle = useCallback(
    (id: string) =>
      setCollapsed((prev) => {
        const next = new Set(prev ?? (family ? initialCollapsed(family, openAll) : []));
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [family, openAll],
  );

  const titled = useMemo(() => lineage?.nodes.map((n) => ({ ...n, title: shownTitle(t, n.title) })) ?? [], [lineage, t]);
  const matches = useMemo(() => searchFamily(titled, query), [titled, query]);
  const target = matches.length ? matches[Math.min(matchIndex, matches.length - 1)] : null;
  // a match inside a collapsed branch opens the branches down to it
  useEffect(() => {
    if (!target || !family || !shown || shown.visible.has(target)) return;
    setCollapsed(revealPath(family, openBranches, target));
  }, [target, family, shown, openBranches]);

  const people = useMemo(() => {
    const map = new Map<string, string>();
    for (const n of lineage?.nodes ?? []) for (const a of n.authors) map.set(a.id, a.name);
    return [...map].sort((a, b) => a[1].localeCompare(b[1]));
  }, [lineage]);

  const header = (
    <div className="k-lineage__head">
      <div>
        <CardTitle id="lineage-title" icon={<Network size={18} aria-hidden />}>
          {t('lineage.title')}
        </CardTitle>
        <p className="k-meta k-lineage__counts">
          {lineage ? t('lineage.counts', { ancestors: formatNumber(lineage.ancestorCount), descendants: formatNumber(lineage.descendantCount) }) : t('lineage.lead')}
        </p>
      </div>
      {lineage && lineage.nodes.length > 1 && (
        <div className="k-lineage__views" role="group" aria-label={t('lineage.view')}>
          <Button size="sm" variant={view === 'graph' ? 'active' : 'secondary'} aria-pressed={view === 'graph'} onClick={() => setView('graph')}>
            {t('lineage.view.graph')}
          </Button>
          <Button size="sm" variant={view === 'list' ? 'active' : 'secondary'} aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('lineage.view.list')}
          </Button>
        </div>
      )}
    </div>
  );

  if (error || !lineage || !family || !shown || lineage.nodes.length <= 1) {
    return (
      <Card aria-labelledby="lineage-title" className="k-lineage">
        {header}
        {error ? <ErrorState message={error} onRetry={onRetry} /> : !lineage || loading ? <LoadingState lines={3} /> : <EmptyState title={t('lineage.alone')} icon={<Network size={32} aria-hidden />} />}
      </Card>
    );
  }

  return (
    <Card aria-labelledby="lineage-title" className="k-lineage">
      {header}
      <div className="k-lineage__tools">
        <Field id="lineage-search" label={t('lineage.search')}>
          <TextInput
            id="lineage-search"
            type="search"
            icon={<Search size={16} aria-hidden />}
            value={query}
            aria-describedby="lineage-search-status"
            onChange={(e) => {
              setQuery(e.target.value);
              setMatchIndex(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && matches.length) {
                e.preventDefault();
                setMatchIndex((i) => (i + 1) % matches.length);
              }
            }}
          />
        </Field>
        {people.length > 1 && (
          <Field id="lineage-person" label={t('lineage.highlight')}>
            <Select id="lineage-person" value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">{t('lineage.nobody')}</option>
              {people.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <div className="k-lineage__branches">
          <Button size="sm" onClick={() => setCollapsed(new Set())} disabled={openBranches.size === 0}>
            {t('lineage.expandAll')}
          </Button>
          {lineage.nodes.length > 3 && (
            <Button size="sm" onClick={() => setCollapsed(initialCollapsed(family, false).size ? initialCollapsed(family, false) : new Set([...family.children.get(ideaId)!]))}>
              {t('lineage.collapseAll')}
            </Button>
          )}
        </div>
      </div>
      <p className="k-meta k-lineage__status" id="lineage-search-status" role="status">
        {query.trim() ? (matches.length ? t('lineage.search.count', { index: Math.min(matchIndex, matches.length - 1) + 1, count: matches.length }) : t('lineage.search.none')) : ''}
        {query.trim() && matches.length > 1 && (
          <Button size="sm" variant="ghost" onClick={() => setMatchIndex((i) => (i + 1) % matches.length)}>
            {t('lineage.search.next')}
          </Button>
        )}
      </p>
      {view === 'graph' && tooBig && (
        <Notice tone="info">
          {t('lineage.tooBig')}{' '}
          <Button size="sm" onClick={() => setView('list')}>
            {t('lineage.view.list')}
          </Button>
        </Notice>
      )}
      {view === 'list' ? (
        <LineageList family={family} ideas={titled} shown={shown} collapsed={openBranches} edges={lineage.edges} onToggle={toggle} matches={matches} target={target} />
      ) : (
        <ReactFlowProvider>
          <LineageCanvas family={family} ideas={titled} edgesData={lineage.edges} shown={shown} collapsed={openBranches} onToggle={toggle} personId={personId} matches={matches} target={target} onTooBig={setTooBig} />
        </ReactFlowProvider>
      )}
    </Card>
  );
}

interface CanvasProps {
  family: Family;
  ideas: LineageIdea[];
  edgesData: LineageData['edges'];
  shown: ReturnType<typeof shownFamily>;
  collapsed: ReadonlySet<string>;
  onToggle: (id: string) => void;
  personId: string;
  matches: string[];
  target: string | null;
  onTooBig: (tooBig: boolean) => void;
}

function LineageCanvas({ family, ideas, edgesData, shown, collapsed, onToggle, personId, matches, target, onTooBig }: CanvasProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const flow = useReactFlow();
  const box = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  const [activeId, setActiveId] = useState(family.currentId);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const hoverTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // leaving a card for its hover card (or back) crosses a small gap: hide only when the pointer stays away
  const onHover = useCallback((id: string | null) => {
    clearTimeout(hoverTimer.current);
    if (id) setHoverId(id);
    else hoverTimer.current = setTimeout(() => setHoverId(null), 200);
  }, []);
  useEffect(() => () => clearTimeout(hoverTimer.current), []);

  const byId = useMemo(() => new Map(ideas.map((n) => [n.id, n])), [ideas]);
  const visibleIdeas = useMemo(() => ideas.filter((n) => shown.visible.has(n.id)), [ideas, shown]);
  const layoutNodes = useMemo(() => visibleIdeas.map((n) => ({ id: n.id, height: nodeHeight(titleLines(n.title)) })), [visibleIdeas]);
  const layoutEdges = useMemo(() => edgesData.filter((e) => shown.visible.has(e.parentId) && shown.visible.has(e.childId)).map((e) => ({ parentId: e.parentId, childId: e.childId })), [edgesData, shown]);
  const positions = useLayout(layoutNodes, layoutEdges);
  const heights = useMemo(() => new Map(layoutNodes.map((n) => [n.id, n.height])), [layoutNodes]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const cardId = hoverId ?? (focused ? activeId : null);
  const sideFor = (id: string) => {
    const p = positions?.get(id);
    const width = box.current?.clientWidth ?? 0;
    const { x, zoom } = flow.getViewport();
    return p && (p.x + NODE_WIDTH / 2) * zoom + x > width / 2 ? Position.Left : Position.Right;
  };

  const nodes = useMemo<Node<CardData>[]>(() => {
    if (!positions) return [];
    return visibleIdeas
      .filter((n) => positions.has(n.id))
      .map((n) => {
        const first = n.authors[0];
        return {
          id: n.id,
          type: 'idea',
          position: positions.get(n.id)!,
          draggable: false,
          connectable: false,
          width: NODE_WIDTH,
          height: heights.get(n.id),
          zIndex: n.id === cardId ? 10 : 0,
          ariaLabel: t('lineage.nodeLabel', { title: n.title, status: t(`status.${n.status}` as MessageKey), author: first?.name ?? '' }),
          data: {
            idea: n,
            title: n.title,
            current: n.id === family.currentId,
            highlighted: personId ? n.authors.some((a) => a.id === personId) : undefined,
            match: matchSet.has(n.id),
            active: focused && n.id === activeId,
            card: n.id === cardId,
            cardSide: n.id === cardId ? sideFor(n.id) : Position.Right,
            hiddenCount: shown.hidden.get(n.id) ?? 0,
            collapsible: !collapsed.has(n.id) && family.depth.has(n.id) && (family.children.get(n.id)?.length ?? 0) > 0,
            onToggle,
            onHover,
          },
        };
      });
    // sideFor reads the viewport as the card opens; it need not re-run on every pan
  }, [visibleIdeas, positions, heights, family, personId, matchSet, focused, activeId, cardId, shown, collapsed, onToggle, onHover, t]);

  const edges = useMemo<Edge[]>(
    () =>
      edgesData
        .filter((e) => shown.visible.has(e.parentId) && shown.visible.has(e.childId))
        .map((e) => ({
          id: `${e.parentId}->${e.childId}`,
          source: e.parentId,
          target: e.childId,
          type: layoutEdges.length > 400 ? 'straight' : 'default',
          style: { strokeWidth: 1 + e.split * 2 },
          focusable: false,
          ariaLabel: t('lineage.edge', { child: byId.get(e.childId)?.title ?? '', parent: byId.get(e.parentId)?.title ?? '' }),
        })),
    [edgesData, shown, layoutEdges.length, byId, t],
  );

  const ariaLabelConfig = useMemo<Partial<AriaLabelConfig>>(
    () => ({
      'node.a11yDescription.default': t('lineage.hint.keys'),
      'node.a11yDescription.keyboardDisabled': t('lineage.hint.keys'),
      'node.a11yDescription.ariaLiveMessage': () => '',
      'edge.a11yDescription.default': t('lineage.hint.keys'),
      'controls.ariaLabel': t('lineage.controls'),
      'controls.zoomIn.ariaLabel': t('lineage.zoomIn'),
      'controls.zoomOut.ariaLabel': t('lineage.zoomOut'),
      'controls.fitView.ariaLabel': t('lineage.fitView'),
      'controls.interactive.ariaLabel': t('lineage.interactive'),
      'minimap.ariaLabel': t('lineage.minimap'),
      'handle.ariaLabel': t('lineage.handle'),
    }),
    [t],
  );

  const boxOf = useCallback(
    (id: string) => {
      const p = positions?.get(id);
      return p ? { x: p.x, y: p.y, w: NODE_WIDTH, h: heights.get(id) ?? 100 } : null;
    },
    [positions, heights],
  );

  /** Shows `ids` whole at the largest zoom up to 1 that fits, never below READABLE_ZOOM (then centred on `anchor`); says whether they fit. */
  const frame = useCallback(
    (ids: string[], anchor: string): boolean => {
      const el = box.current;
      const boxes = ids.map(boxOf).filter((b) => b !== null);
      if (!el || boxes.length === 0) return true;
      const pad = 16;
      const left = Math.min(...boxes.map((b) => b.x));
      const top = Math.min(...boxes.map((b) => b.y));
      const right = Math.max(...boxes.map((b) => b.x + b.w));
      const bottom = Math.max(...boxes.map((b) => b.y + b.h));
      const fit = Math.min(1, (el.clientWidth - 2 * pad) / (right - left), (el.clientHeight - 2 * pad) / (bottom - top));
      const zoom = Math.max(READABLE_ZOOM, fit);
      const a = boxOf(anchor) ?? boxes[0];
      const cx = fit >= READABLE_ZOOM ? (left + right) / 2 : a.x + a.w / 2;
      const cy = fit >= READABLE_ZOOM ? (top + bottom) / 2 : Math.min(Math.max(a.y + a.h / 2, top + (el.clientHeight / 2 - pad) / zoom), bottom - (el.clientHeight / 2 - pad) / zoom);
      void flow.setViewport({ x: el.clientWidth / 2 - cx * zoom, y: el.clientHeight / 2 - cy * zoom, zoom });
      return fit >= READABLE_ZOOM;
    },
    [boxOf, flow],
  );

  const nearFamily = useCallback(
    (id: string) => [id, ...(family.parents.get(id) ?? []), ...(family.children.get(id) ?? [])].filter((n) => shown.visible.has(n)),
    [family, shown],
  );

  // opens on the current idea with its parents and build-ons, at a readable zoom
  const opened = useRef(false);
  useEffect(() => {
    if (!positions || opened.current || nodes.length === 0) return;
    opened.current = true;
    frame(nearFamily(family.currentId), family.currentId);
  }, [positions, nodes.length, frame, nearFamily, family]);

  /** Brings a node into view (centred) unless it is already whole on screen. */
  const reveal = useCallback(
    (id: string) => {
      const el = box.current;
      const b = boxOf(id);
      if (!el || !b) return;
      const { x, y, zoom } = flow.getViewport();
      const sx = b.x * zoom + x;
      const sy = b.y * zoom + y;
      if (sx >= 0 && sy >= 0 && sx + b.w * zoom <= el.clientWidth && sy + b.h * zoom <= el.clientHeight) return;
      void flow.setCenter(b.x + b.w / 2, b.y + b.h / 2, { zoom: Math.max(zoom, READABLE_ZOOM) });
    },
    [boxOf, flow],
  );

  // a search match is centred once it is laid out
  useEffect(() => {
    if (!target || !positions?.has(target)) return;
    setActiveId(target);
    const b = boxOf(target);
    if (b) void flow.setCenter(b.x + b.w / 2, b.y + b.h / 2, { zoom: Math.max(flow.getViewport().zoom, READABLE_ZOOM) });
  }, [target, positions, boxOf, flow]);

  const move = (key: string): string | null => {
    const here = boxOf(activeId);
    if (!here) return family.currentId;
    const cx = here.x + here.w / 2;
    const nearest = (ids: string[]) =>
      ids
        .map((id) => ({ id, b: boxOf(id) }))
        .filter((c): c is { id: string; b: NonNullable<typeof here> } => c.b !== null)
        .sort((p, q) => Math.abs(p.b.x + p.b.w / 2 - cx) - Math.abs(q.b.x + q.b.w / 2 - cx))[0]?.id ?? null;
    if (key === 'ArrowUp') return nearest((family.parents.get(activeId) ?? []).filter((id) => shown.visible.has(id)));
    if (key === 'ArrowDown') return nearest((family.children.get(activeId) ?? []).filter((id) => shown.visible.has(id)));
    // left and right: the next idea in the same row (siblings and cousins)
    const row = nodes.filter((n) => n.id !== activeId && Math.abs(n.position.y + (heights.get(n.id) ?? 0) / 2 - (here.y + here.h / 2)) < 40);
    const side = row.filter((n) => (key === 'ArrowLeft' ? n.position.x < here.x : n.position.x > here.x));
    return nearest(side.map((n) => n.id));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== box.current) return;
    if (e.key.startsWith('Arrow')) {
      e.preventDefault();
      const next = move(e.key);
      if (next) {
        setActiveId(next);
        reveal(next);
      }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (activeId !== family.currentId) void navigate(`/ideas/${encodeURIComponent(activeId)}`);
    } else if (e.key === ' ' || e.key === '+' || e.key === '-') {
      e.preventDefault();
      if (shown.hidden.has(activeId) ? e.key !== '-' : e.key !== '+' && family.depth.has(activeId) && (family.children.get(activeId)?.length ?? 0) > 0) onToggle(activeId);
    } else if (e.key === 'Home') {
      e.preventDefault();
      setActiveId(family.currentId);
      reveal(family.currentId);
    }
  };

  const active = byId.get(activeId);
  const graphHeight = positions ? Math.max(...[...positions].map(([id, p]) => p.y + (heights.get(id) ?? 0))) : 0;
  const canvasHeight = Math.round(Math.min(640, Math.max(320, graphHeight * READABLE_ZOOM + 60)));
  const big = nodes.length > 150;

  if (!positions) return <LoadingState lines={3} />;
  return (
    <>
      <div
        ref={box}
        className={['k-lineage__canvas', focused && 'k-lineage__canvas--focus'].filter(Boolean).join(' ')}
        style={{ height: canvasHeight }}
        tabIndex={0}
        role="group"
        aria-roledescription={t('lineage.graph')}
        aria-label={t('lineage.graphLabel', { title: byId.get(family.currentId)?.title ?? '' })}
        aria-describedby="lineage-hint"
        onFocus={(e) => e.target === box.current && setFocused(true)}
        onBlur={(e) => e.target === box.current && setFocused(false)}
        onPointerDown={(e) => {
          // a click into the graph gives it focus, so the wheel zooms it from then on
          if (!(e.target as HTMLElement).closest('a, button')) box.current?.focus({ preventScroll: true });
        }}
        onKeyDown={onKeyDown}
      >
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          minZoom={0.2}
          maxZoom={2}
          nodesDraggable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          // the wheel scrolls the page until the graph has focus (or Ctrl / ⌘ is held)
          zoomOnScroll={focused}
          preventScrolling={focused}
          disableKeyboardA11y
          onlyRenderVisibleElements={big}
          ariaLabelConfig={ariaLabelConfig}
          onNodeClick={(event, node) => {
            if ((event.target as HTMLElement).closest('a, button')) return;
            if (node.id !== family.currentId) void navigate(`/ideas/${encodeURIComponent(node.id)}`);
          }}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} color="#e7e5e4" />
          <Controls showInteractive={false} showFitView={false}>
            <ControlButton
              onClick={() => onTooBig(!frame(nodes.map((n) => n.id), activeId))}
              aria-label={t('lineage.fitView')}
              title={t('lineage.fitView')}
            >
              <Maximize size={14} aria-hidden />
            </ControlButton>
          </Controls>
        </ReactFlow>
        <p className="k-sr-only" aria-live="polite">
          {focused && active ? `${active.title}, ${t(`status.${active.status}` as MessageKey)}, ${active.authors.map((a) => a.name).join(', ')}${shown.hidden.get(activeId) ? ` — ${t('lineage.expand', { count: shown.hidden.get(activeId)! })}` : ''}` : ''}
        </p>
      </div>
      <div className="k-lineage__foot">
        <p className="k-meta" id="lineage-hint">
          {t('lineage.hint')}
        </p>
        {nodes.length > 12 && (
          <div className="k-lineage__minimap">
            <MiniMap pannable zoomable style={{ width: 160, height: 100 }} ariaLabel={t('lineage.minimap')} nodeColor={(n) => ((n.data as CardData).current ? '#c2410c' : (n.data as CardData).match ? '#2563eb' : '#d6d3d1')} />
          </div>
        )}
      </div>
    </>
  );
}

export default LineageGraph;
