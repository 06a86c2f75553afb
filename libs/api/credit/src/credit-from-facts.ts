import { type CreditConfig, type Shares, compareIds, computeUpstreamColumns, ideaCredit } from '@kindling/credit';
import { CreditRecord, type RecordedIdea } from './credit-record';

/**
 * What credit is made of for one idea, from a record other than the live tables: the ledger's replay
 * (`LedgerService.replay()`, whose ideas have this shape). `seq` orders ideas as they were created.
 */
export interface FactsOfIdea {
  id: string;
  seq: number;
  retention: number;
  /** person → their raw weight in a_v (1 unless a merge weighted them). */
  authors: ReadonlyMap<string, { weight: number }>;
  parents: ReadonlyMap<string, { weight: number }>;
  endorsers: ReadonlyMap<string, unknown>;
}

/**
 * Every idea's credit S_Y from those facts alone: u_v by the engine's full computation
 * (computeUpstreamColumns, as credit:recompute), then S_Y per idea with the same record and engine calls
 * the live reads use. Ideas are ordered by `seq`, the order the extender pool ranks build-ons in.
 */
export function creditFromFacts(facts: Iterable<FactsOfIdea>, config: CreditConfig): Map<string, Shares> {
  const ideas = [...facts];
  const undated = <T>(value: T) => ({ at: -Infinity, value });
  const sortedKeys = (facts: ReadonlyMap<string, unknown>) => [...facts.keys()].sort(compareIds);
  const recorded = new Map<string, RecordedIdea>(
    ideas.map((idea) => [
      idea.id,
      {
        id: idea.id,
        createdAt: idea.seq,
        retention: idea.retention,
        authors: sortedKeys(idea.authors).map((personId) => undated({ personId, weight: idea.authors.get(personId)!.weight })),
        parents: sortedKeys(idea.parents).map((ideaId) => undated({ ideaId, weight: idea.parents.get(ideaId)!.weight })),
        endorsers: sortedKeys(idea.endorsers).map(undated),
      },
    ]),
  );
  const column = (values: number[]) => Float64Array.from(values);
  const authors = ideas.flatMap((idea) => [...idea.authors].map(([person, { weight }]) => [Number(idea.id), Number(person), weight]));
  const edges = ideas.flatMap((idea) => [...idea.parents].map(([parent, edge]) => [Number(idea.id), Number(parent), edge.weight]));
  const u = computeUpstreamColumns(
    {
      ideaId: column(ideas.map((idea) => Number(idea.id))),
      retention: column(ideas.map((idea) => idea.retention)),
      authorIdea: column(authors.map(([idea]) => idea)),
      authorPerson: column(authors.map(([, person]) => person)),
      authorWeight: column(authors.map(([, , weight]) => weight)),
      edgeChild: column(edges.map(([child]) => child)),
      edgeParent: column(edges.map(([, parent]) => parent)),
      edgeWeight: column(edges.map(([, , weight]) => weight)),
    },
    config,
  );
  const upstream = new Map<string, Shares>();
  u.ideaId.forEach((id, i) => {
    const shares = new Map<string, number>();
    for (let k = u.runStart[i]; k < u.runEnd[i]; k++) shares.set(String(u.personId[u.personRank[k]]), u.share[k]);
    upstream.set(String(id), shares);
  });
  const record = new CreditRecord(recorded, upstream, false);
  return new Map(ideas.map((idea) => [idea.id, ideaCredit(record.upstreamInput(idea.id, upstream), record.descendants(idea.id), config).shares]));
}
