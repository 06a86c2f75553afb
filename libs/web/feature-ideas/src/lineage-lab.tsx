import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@kindling/web/ui';
import { LineageView, type LineageData } from './lineage-graph';

/**
 * A synthetic lineage of n ideas (deterministic), to check the graph stays smooth at scale:
 * /lab/lineage?n=1000. Each idea builds on one or two earlier ones. Every branch opens expanded (the
 * stress case); `?collapsed=1` opens it as an idea page would, collapsed beyond a few levels.
 */
export function syntheticLineage(n: number): LineageData {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const departments = ['Planning', 'Warehouse', 'Customer Service', 'IT', 'Finance', 'HR'];
  const nodes: LineageData['nodes'] = Array.from({ length: n }, (_, i) => {
    const department = departments[i % departments.length];
    return {
      __typename: 'Idea' as const,
      id: `lab-${i}`,
      title: `Idea ${i + 1}: ${['faster', 'simpler', 'cheaper', 'safer'][i % 4]} ${['rota', 'dock', 'returns', 'onboarding', 'ETA'][i % 5]}`,
      status: (['NEW', 'UNDER_REVIEW', 'ACCEPTED', 'NEW'] as const)[i % 4],
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
      endorsementCount: i % 7,
      buildOnCount: 0,
      withdrawal: null,
      authors: [{ __typename: 'Person' as const, id: `p-${i % 40}`, name: `Person ${i % 40}`, department: { __typename: 'Department' as const, id: department, name: department } }],
    };
  });
  const edges: LineageData['edges'] = [];
  for (let i = 1; i < n; i++) {
    // Mostly builds on recent ideas, now and then on an old one: families, not noise.
    const first = i - 1 - Math.floor(random() ** 3 * (i - 1));
    edges.push({ __typename: 'LineageEdge', parentId: `lab-${first}`, childId: `lab-${i}`, relation: 'EXTENDS', split: 1 });
    if (i % 5 === 0 && first !== i - 1) edges.push({ __typename: 'LineageEdge', parentId: `lab-${i - 1}`, childId: `lab-${i}`, relation: 'COMBINES', split: 0.5 });
  }
  for (const e of edges) nodes[Number(e.parentId.slice(4))].buildOnCount += 1;
  return { __typename: 'Lineage', ancestorCount: 0, descendantCount: n - 1, nodes, edges };
}

export function LineageLab() {
  const [params] = useSearchParams();
  const n = Math.min(5000, Math.max(2, Number(params.get('n')) || 1000));
  const lineage = useMemo(() => syntheticLineage(n), [n]);
  const openAll = params.get('collapsed') !== '1';
  return (
    <div className="k-stack">
      <PageHeader title={`Lineage lab: ${n} ideas`} lead="A synthetic lineage to check layout and rendering at scale." />
      <LineageView ideaId="lab-0" lineage={lineage} openAll={openAll} />
    </div>
  );
}

export default LineageLab;
