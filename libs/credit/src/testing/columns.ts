/**
 * Test support (not exported from the library): the full pass, computeUpstreamColumns, over idea records
 * with string ids. Ids are numbered in compareIds order, so the numeric order of the columns is the
 * engine's id order, and the result comes back as share maps keyed by the original ids.
 */
import type { CreditConfig } from '../config';
import { computeUpstreamColumns, type LineageColumns, type UpstreamColumns } from '../columns';
import { compareIds } from '../ids';
import type { IdeaId, PersonId } from '../types';
import { type IdeaRecord, shuffled } from './dag';

/** The records as columns, and how their ids were numbered. */
export interface NumberedColumns {
  columns: LineageColumns;
  ideaNumber: Map<IdeaId, number>;
  personNumber: Map<PersonId, number>;
}

/** Numbers in compareIds order, `gap` apart (a large gap makes the ids sparse). */
function numbering(ids: Iterable<string>, gap: number): Map<string, number> {
  const sorted = [...new Set(ids)].sort(compareIds);
  return new Map(sorted.map((id, rank) => [id, 5 + rank * gap]));
}

/**
 * The records as columns: rows in the records' order, or shuffled (authors and edges across all ideas)
 * when `random` is given. A parent that is not among the records gets no number (NaN), which the pass rejects.
 */
export function toColumns(ideas: readonly IdeaRecord[], options: { gap?: number; random?: () => number } = {}): NumberedColumns {
  const gap = options.gap ?? 1;
  const order = <T>(rows: T[]) => (options.random ? shuffled(rows, options.random) : rows);
  const ideaNumber = numbering(
    ideas.map((i) => i.id),
    gap,
  );
  const personNumber = numbering(
    ideas.flatMap((i) => i.authors.map((a) => a.personId)),
    gap,
  );
  const numberOf = (id: IdeaId) => ideaNumber.get(id) ?? NaN;
  const rows = order([...ideas]);
  const authors = order(ideas.flatMap((i) => i.authors.map((a) => [numberOf(i.id), personNumber.get(a.personId)!, a.weight])));
  const edges = order(ideas.flatMap((i) => i.parents.map((p) => [numberOf(i.id), numberOf(p.ideaId), p.weight])));
  const column = (table: number[][], k: number) => Float64Array.from(table, (r) => r[k]);
  return {
    columns: {
      ideaId: Float64Array.from(rows, (i) => numberOf(i.id)),
      retention: Float64Array.from(rows, (i) => i.retention),
      authorIdea: column(authors, 0),
      authorPerson: column(authors, 1),
      authorWeight: column(authors, 2),
      edgeChild: column(edges, 0),
      edgeParent: column(edges, 1),
      edgeWeight: column(edges, 2),
    },
    ideaNumber,
    personNumber,
  };
}

/** The pass's result as share maps: ideas in id order, each map's people in id (= run) order. */
export function fromColumns(u: UpstreamColumns, numbered: Pick<NumberedColumns, 'ideaNumber' | 'personNumber'>): Map<IdeaId, Map<PersonId, number>> {
  const ideaOf = new Map([...numbered.ideaNumber].map(([id, n]) => [n, id]));
  const personOf = new Map([...numbered.personNumber].map(([id, n]) => [n, id]));
  const result = new Map<IdeaId, Map<PersonId, number>>();
  for (let i = 0; i < u.ideaId.length; i++) {
    const shares = new Map<PersonId, number>();
    for (let k = u.runStart[i]; k < u.runEnd[i]; k++) shares.set(personOf.get(u.personId[u.personRank[k]])!, u.share[k]);
    result.set(ideaOf.get(u.ideaId[i])!, shares);
  }
  return result;
}

/** u_v of every record by the full pass. */
export function fullUpstream(ideas: readonly IdeaRecord[], config?: Partial<CreditConfig>): Map<IdeaId, Map<PersonId, number>> {
  const numbered = toColumns(ideas);
  return fromColumns(computeUpstreamColumns(numbered.columns, config), numbered);
}
