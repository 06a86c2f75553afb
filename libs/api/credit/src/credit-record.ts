import { type FamilyMember, type Shares, type UpstreamInput, type WeightedAuthor, compareIds, shortestDepths } from '@kindling/credit';

/** Something recorded at a moment (epoch ms). At a cut-off T it counts when it was recorded before T. */
export interface Dated<T> {
  at: number;
  value: T;
}

/** One idea with every fact credit depends on, each dated when read with dates (readCreditInputs says how). */
export interface RecordedIdea {
  id: string;
  createdAt: number;
  retention: number;
  /** Accepted authors, the poster included, with their raw weights (1 unless a merge weighted them). */
  authors: Dated<WeightedAuthor>[];
  parents: Dated<{ ideaId: string; weight: number }>[];
  endorsers: Dated<string>[];
  /**
   * The split's history, read with dates: from each `at` on, the person's raw weight in a_v (null: out of it), in
   * time order per person. At a past cut-off it gives a_v, `authors` only for members it does not mention.
   */
  splits?: Dated<{ personId: string; weight: number | null }>[];
}

const UNDATED = 'this credit record was read without dates: read it with `dated` to take it at a past moment';

const before = <T>(facts: readonly Dated<T>[], cutoff: number): T[] => facts.filter((f) => f.at < cutoff).map((f) => f.value);

/**
 * What credit is computed from, as readCreditInputs read it: some ideas with their facts, and the stored
 * u_p of the parents of the ideas asked for. It gives the engine's inputs as the record stood at a cut-off
 * (epoch ms, exclusive): only facts recorded before it count. Without a cut-off everything counts, which
 * is the credit shown today; a cut-off needs a record read with dates.
 */
export class CreditRecord {
  private children?: Map<string, Dated<string>[]>;

  constructor(
    readonly ideas: ReadonlyMap<string, RecordedIdea>,
    readonly storedUpstream: ReadonlyMap<string, Shares>,
    /** Whether every fact carries when it was recorded. */
    readonly dated: boolean,
  ) {}

  idea(id: string): RecordedIdea {
    const idea = this.ideas.get(id);
    if (!idea) throw new Error(`idea ${id} was not read`);
    return idea;
  }

  /** Every recorded parent of an idea, whenever linked. */
  parentIds(id: string): string[] {
    return this.idea(id).parents.map((p) => p.value.ideaId);
  }

  /** u_v's input at the cut-off: authors and parents recorded before it, each parent with its u_p from `upstream`. */
  upstreamInput(id: string, upstream: ReadonlyMap<string, Shares>, cutoff = Infinity): UpstreamInput {
    this.checkCutoff(cutoff);
    const idea = this.idea(id);
    return {
      retention: idea.retention,
      authors: this.authorsAt(idea, cutoff),
      parents: before(idea.parents, cutoff).map((p) => ({ ...p, upstream: upstream.get(p.ideaId) ?? new Map() })),
    };
  }

  /** desc(Y) at the cut-off, each with its shortest distance from Y over the links made by then (Y's descendants must have been read). */
  descendants(rootId: string, cutoff = Infinity): FamilyMember[] {
    this.checkCutoff(cutoff);
    const linkedBefore = (id: string) => before(this.childLinks().get(id) ?? [], cutoff);
    const members: FamilyMember[] = [];
    for (const [id, depth] of shortestDepths([rootId], linkedBefore)) {
      if (id === rootId) continue;
      const z = this.idea(id);
      members.push({ ideaId: id, depth, createdAt: z.createdAt, authors: this.authorsAt(z, cutoff), endorsers: before(z.endorsers, cutoff) });
    }
    return members;
  }

  /** When each fact was recorded, ascending. */
  eventTimes(): number[] {
    if (!this.dated) throw new Error(UNDATED);
    return [...this.ideas.values()].flatMap((i) => [i.createdAt, ...[...i.authors, ...i.parents, ...i.endorsers, ...(i.splits ?? [])].map((f) => f.at)]).sort((a, b) => a - b);
  }

  private checkCutoff(cutoff: number): void {
    if (cutoff !== Infinity && !this.dated) throw new Error(UNDATED);
  }

  /**
   * a_v at the cut-off: the weights of that moment, so that a later change of the split leaves the past as it was.
   * Today (no cut-off) it is the stored split.
   */
  private authorsAt(idea: RecordedIdea, cutoff: number): WeightedAuthor[] {
    if (cutoff === Infinity || !idea.splits) return before(idea.authors, cutoff);
    const weights = new Map<string, number | null>();
    for (const { at, value } of idea.splits) if (at < cutoff) weights.set(value.personId, value.weight);
    const mentioned = new Set(idea.splits.map((s) => s.value.personId));
    const authors = before(idea.authors, cutoff).filter((a) => !mentioned.has(a.personId));
    for (const [personId, weight] of weights) if (weight !== null) authors.push({ personId, weight });
    return authors.sort((a, b) => compareIds(a.personId, b.personId));
  }

  /** The links from each idea to the ideas read that build on it. */
  private childLinks(): Map<string, Dated<string>[]> {
    if (!this.children) {
      this.children = new Map();
      for (const idea of this.ideas.values()) {
        for (const p of idea.parents) {
          const link = { at: p.at, value: idea.id };
          const list = this.children.get(p.value.ideaId);
          if (list) list.push(link);
          else this.children.set(p.value.ideaId, [link]);
        }
      }
    }
    return this.children;
  }
}
