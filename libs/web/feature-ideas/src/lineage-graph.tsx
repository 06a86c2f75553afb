import { memo, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Background, Controls, Handle, MiniMap, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Network } from 'lucide-react';
import { graphql, describeError, type LineageQuery } from '@kindling/web/data-access';
import { Card, CardTitle, EmptyState, ErrorState, Field, LoadingState, Select, colorFor } from '@kindling/web/ui';
import { shownTitle, useI18n } from '@kindling/web/util';
import { WithdrawnBadge } from './idea-authoring';
import { NODE_HEIGHT, NODE_WIDTH, layoutLineage, type LayoutEdge } from './lineage-layout';

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

interface CardData extends Record<string, unknown> {
  id: string;
  title: string;
  author: string;
  department: string;
  departmentId: string;
  current: boolean;
  withdrawn: boolean;
  /** undefined: no highlight active; true/false: the highlighted person did / did not contribute. */
  highlighted?: boolean;
  currentLabel: string;
}

const IdeaNode = memo(function IdeaNode({ data }: NodeProps<Node<CardData>>) {
  const cls = ['k-lnode', data.current && 'k-lnode--current', data.highlighted === true && 'k-lnode--hl', data.highlighted === false && 'k-lnode--dim'].filter(Boolean).join(' ');
  return (
    <div className={cls} style={{ width: NODE_WIDTH, height: NODE_HEIGHT, borderLeftColor: colorFor(data.departmentId) }}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className="k-lnode__title">{data.current ? data.title : <Link to={`/ideas/${encodeURIComponent(data.id)}`}>{data.title}</Link>}</div>
      <div className="k-lnode__meta">
        {data.author} · {data.department}
        {data.current && <strong> · {data.currentLabel}</strong>}
        {data.withdrawn && <> · <WithdrawnBadge /></>}
      </div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
});

const nodeTypes = { idea: IdeaNode };

/** Lays out in a worker when the browser has one (1,000+ nodes stay smooth), else in place. */
function useLayout(nodeIds: string[] | null, edges: LayoutEdge[] | null) {
  const [positions, setPositions] = useState<Map<string, { x: number; y: number }> | null>(null);
  useEffect(() => {
    if (!nodeIds || !edges) return;
    setPositions(null);
    const started = performance.now();
    const done = (p: Map<string, { x: number; y: number }>) => {
      performance.measure?.('kindling:lineage-layout', { start: started });
      setPositions(p);
    };
    if (nodeIds.length < 150 || typeof Worker === 'undefined') {
      done(layoutLineage(nodeIds, edges));
      return;
    }
    const worker = new Worker(new URL('./lineage-layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ positions: [string, { x: number; y: number }][] }>) => done(new Map(e.data.positions));
    worker.onerror = () => done(layoutLineage(nodeIds, edges));
    worker.postMessage({ id: 1, nodeIds, edges });
    return () => worker.terminate();
  }, [nodeIds, edges]);
  return positions;
}

export type LineageData = NonNullable<Extract<NonNullable<LineageQuery['node']>, { __typename?: 'Idea' }>['lineage']>;

/** The idea's family as a DAG: ancestors above, build-ons below; zoom, pan, highlight a person, click to open. */
export function LineageGraph({ ideaId }: { ideaId: string }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(lineageQuery, { variables: { id: ideaId } });
  const lineage = data?.node?.__typename === 'Idea' ? data.node.lineage : null;
  return <LineageView ideaId={ideaId} lineage={lineage} loading={loading} error={error && !data ? describeError(t, error) : null} onRetry={() => void refetch()} />;
}

/** The drawing itself, for any flat lineage (nodes + edges). */
export function LineageView({ ideaId, lineage, loading, error, onRetry }: { ideaId: string; lineage: LineageData | null; loading?: boolean; error?: string | null; onRetry?: () => void }) {
  const { t, formatNumber } = useI18n();
  const navigate = useNavigate();
  const [personId, setPersonId] = useState('');
  const nodeIds = useMemo(() => lineage?.nodes.map((n) => n.id) ?? null, [lineage]);
  const layoutEdges = useMemo(() => lineage?.edges.map((e) => ({ parentId: e.parentId, childId: e.childId })) ?? null, [lineage]);
  const positions = useLayout(nodeIds, layoutEdges);

  const people = useMemo(() => {
    const map = new Map<string, string>();
    for (const n of lineage?.nodes ?? []) for (const a of n.authors) map.set(a.id, a.name);
    return [...map].sort((a, b) => a[1].localeCompare(b[1]));
  }, [lineage]);

  const nodes = useMemo<Node<CardData>[]>(() => {
    if (!lineage || !positions) return [];
    return lineage.nodes.map((n) => {
      const first = n.authors[0];
      return {
        id: n.id,
        type: 'idea',
        position: positions.get(n.id) ?? { x: 0, y: 0 },
        draggable: false,
        connectable: false,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        ariaLabel: n.withdrawal ? `${shownTitle(t, n.title)} (${t('authoring.withdrawn')})` : shownTitle(t, n.title),
        data: {
          id: n.id,
          title: shownTitle(t, n.title),
          author: first?.name ?? '',
          department: first?.department.name ?? '',
          departmentId: first?.department.id ?? '',
          current: n.id === ideaId,
          withdrawn: !!n.withdrawal,
          highlighted: personId ? n.authors.some((a) => a.id === personId) : undefined,
          currentLabel: t('lineage.current'),
        },
      };
    });
  }, [lineage, positions, personId, ideaId, t]);

  const edges = useMemo<Edge[]>(
    () =>
      lineage?.edges.map((e) => ({
        id: `${e.parentId}->${e.childId}`,
        source: e.parentId,
        target: e.childId,
        type: lineage.edges.length > 400 ? 'straight' : 'default',
        style: { strokeWidth: 1 + e.split * 2 },
        focusable: false,
      })) ?? [],
    [lineage],
  );

  const big = nodes.length > 300;
  // Big families open on the idea and its direct parents and build-ons; small ones show whole.
  const focus = useMemo(() => {
    if (!big || !lineage) return undefined;
    const near = new Set([ideaId]);
    for (const e of lineage.edges) {
      if (near.size >= 24) break;
      if (e.childId === ideaId) near.add(e.parentId);
      if (e.parentId === ideaId) near.add(e.childId);
    }
    return [...near].map((id) => ({ id }));
  }, [big, lineage, ideaId]);
  // Small families get a short canvas; big ones the full height (they zoom and pan anyway).
  const graphHeight = nodes.reduce((max, n) => Math.max(max, n.position.y + NODE_HEIGHT), 0);
  const canvasHeight = Math.round(Math.min(520, Math.max(240, graphHeight + 60)));
  return (
    <Card aria-labelledby="lineage-title" className="k-lineage">
      <div className="k-row" style={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div>
          <CardTitle id="lineage-title" icon={<Network size={18} aria-hidden />}>
            {t('lineage.title')}
          </CardTitle>
          <p className="k-meta" style={{ margin: '-6px 0 8px' }}>
            {lineage ? t('lineage.counts', { ancestors: formatNumber(lineage.ancestorCount), descendants: formatNumber(lineage.descendantCount) }) : t('lineage.lead')}
          </p>
        </div>
        {people.length > 1 && (
          <div style={{ minWidth: 220 }}>
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
          </div>
        )}
      </div>
      {error ? (
        <ErrorState message={error} onRetry={onRetry} />
      ) : !lineage || (loading && !lineage) ? (
        <LoadingState lines={3} />
      ) : lineage.nodes.length <= 1 ? (
        <EmptyState title={t('lineage.alone')} icon={<Network size={32} aria-hidden />} />
      ) : !positions ? (
        <LoadingState lines={3} />
      ) : (
        <div className="k-lineage__canvas" role="figure" aria-label={t('lineage.graph')} style={{ height: canvasHeight }}>
          <p className="k-sr-only">{t('lineage.lead')}</p>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            fitView
            fitViewOptions={{ padding: 0.12, maxZoom: 1, minZoom: big ? 0.25 : 0.3, nodes: focus }}
            minZoom={0.05}
            maxZoom={2}
            nodesDraggable={false}
            nodesFocusable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            onlyRenderVisibleElements={big}
            onNodeClick={(_, node) => {
              if (node.id !== ideaId) navigate(`/ideas/${encodeURIComponent(node.id)}`);
            }}
            proOptions={{ hideAttribution: true }}
          >
            <Background gap={24} color="#e7e5e4" />
            <Controls showInteractive={false} />
            {nodes.length > 12 && !big && <MiniMap pannable zoomable style={{ width: 140, height: 90 }} ariaLabel={t('lineage.graph')} nodeColor={(n) => ((n.data as CardData).current ? '#c2410c' : '#d6d3d1')} />}
          </ReactFlow>
        </div>
      )}
    </Card>
  );
}

export default LineageGraph;
