import { DEFAULT_CREDIT_CONFIG } from '@kindling/credit';

/**
 * What credit is made of, as the ledger alone says it is: every idea with its retention, accepted authors
 * (the poster included, and those who left keeping their share) with their weights, build-on edges (relation, raw split weight) and current endorsers. Each fact
 * remembers the entry that recorded it, so a difference can name it.
 */
export interface ReplayedIdea {
  id: string;
  /** The entry that posted it (IDEA_POSTED / BUILT_ON); orders ideas as they were created. */
  seq: number;
  retention: number;
  /** The entry that set the retention. */
  retentionSeq: number;
  /** person → their raw weight in a_v (1 unless a merge weighted them) and the entry that recorded it. */
  authors: Map<string, { weight: number; seq: number }>;
  /** parent → the edge and the entry that recorded it. */
  parents: Map<string, { relation: string; weight: number; seq: number }>;
  /** person → the entry of their (latest) endorsement. */
  endorsers: Map<string, { seq: number }>;
}

/** A problem found while checking the ledger; `seq` is the entry it concerns, when there is one. */
export interface LedgerProblem {
  seq: number | null;
  message: string;
}

/** The facts as the live tables hold them, keyed like the replay. */
export interface LiveFacts {
  ideas: Array<{ id: string; retention: number }>;
  authors: Array<{ ideaId: string; personId: string; weight: number }>;
  edges: Array<{ childId: string; parentId: string; relation: string; weight: number }>;
  endorsements: Array<{ ideaId: string; personId: string }>;
}

interface Entry {
  seq: number;
  eventType: string;
  payload: unknown;
}

type Payload = Record<string, unknown>;

/** The payload of IDEAS_MERGED / IDEA_UNMERGED (the graph's MergedFacts). */
interface MergedFactsPayload {
  into: { ideaId: string; retention: number; authors: Array<{ personId: string; weight: number }> };
  removedEdges: Array<{ childId: string; parentId: string }>;
  edges: Array<{ childId: string; parentId: string; relation: string; weight: number }>;
}

/**
 * Replays ledger entries in chain order into the facts credit is computed from. The rules mirror the writes
 * that published the events (GraphService, MergeService, EngagementService, EndorsementLapseHandler,
 * MergeEngagementHandler); an entry that does
 * not fit what came before it (an unknown idea, a withdrawal of an endorsement never made) is a problem.
 */
export class LedgerReplay {
  readonly ideas = new Map<string, ReplayedIdea>();
  readonly problems: LedgerProblem[] = [];

  apply({ seq, eventType, payload }: Entry): void {
    const p = payload as Payload;
    const problem = (text: string) => this.problems.push({ seq, message: `entry ${seq} (${eventType}) ${text}` });
    const idea = (id: unknown): ReplayedIdea | undefined => {
      const found = this.ideas.get(String(id));
      if (!found) problem(`refers to idea ${String(id)}, which no earlier entry posted`);
      return found;
    };
    switch (eventType) {
      case 'IDEA_POSTED':
      case 'BUILT_ON': {
        const id = String(p.ideaId);
        if (this.ideas.has(id)) return void problem(`posts idea ${id} a second time`);
        // a root keeps all of its credit (ρ is ignored without parents); a build-on's retention is in its entry
        const retention = eventType === 'BUILT_ON' ? Number(p.retention) : 1;
        const posted: ReplayedIdea = { id, seq, retention, retentionSeq: seq, authors: new Map([[String(p.authorId), { weight: 1, seq }]]), parents: new Map(), endorsers: new Map() };
        for (const parent of (p.parents as Array<{ ideaId: unknown; weight: unknown }> | undefined) ?? []) {
          if (idea(parent.ideaId)) posted.parents.set(String(parent.ideaId), { relation: String(p.relation), weight: Number(parent.weight), seq });
        }
        this.ideas.set(id, posted);
        return;
      }
      case 'PARENT_LINKED': {
        const child = idea(p.ideaId);
        if (!child || !idea(p.parentId)) return;
        // entries from before the payload carried it: a root that gains a parent takes the default retention
        const retention = p.retention !== undefined ? Number(p.retention) : child.parents.size === 0 ? DEFAULT_CREDIT_CONFIG.defaultRetention : undefined;
        if (retention !== undefined) Object.assign(child, { retention, retentionSeq: seq });
        child.parents.set(String(p.parentId), { relation: String(p.relation), weight: Number(p.weight), seq });
        return;
      }
      case 'COAUTHOR_ACCEPTED': {
        const accepted = idea(p.ideaId);
        if (!accepted) return;
        // entries from before invitations carried a split: the new co-author weighs 1
        if (p.authors === undefined) accepted.authors.set(String(p.personId), { weight: 1, seq });
        else accepted.authors = weightedAuthors(p.authors, seq);
        return;
      }
      // the entry carries a_v as the write left it (a leaver who kept their share still in it)
      case 'AUTHOR_SPLIT_CHANGED':
      case 'AUTHOR_LEFT': {
        const changed = idea(p.ideaId);
        if (changed) changed.authors = weightedAuthors(p.authors, seq);
        return;
      }
      case 'RETENTION_SET': {
        const set = idea(p.ideaId);
        if (set) Object.assign(set, { retention: Number(p.retention), retentionSeq: seq });
        return;
      }
      case 'IDEAS_MERGED':
      case 'IDEA_UNMERGED': {
        // the entry carries what the (un)merge left: the kept idea's retention and authors, and the edges it changed
        const facts = p as unknown as MergedFactsPayload;
        const into = idea(facts.into.ideaId);
        if (!into || !idea(p.duplicateId)) return;
        if (into.retention !== facts.into.retention) Object.assign(into, { retention: facts.into.retention, retentionSeq: seq });
        into.authors = new Map(facts.into.authors.map((a) => [String(a.personId), { weight: Number(a.weight), seq }]));
        for (const edge of facts.removedEdges) idea(edge.childId)?.parents.delete(String(edge.parentId));
        for (const edge of facts.edges) {
          if (idea(edge.parentId)) idea(edge.childId)?.parents.set(String(edge.parentId), { relation: String(edge.relation), weight: Number(edge.weight), seq });
        }
        return;
      }
      case 'ENDORSEMENTS_MOVED': {
        const moves = p as unknown as { removed: Array<{ ideaId: string; personId: string }>; added: Array<{ ideaId: string; personId: string }> };
        for (const r of moves.removed) {
          const from = idea(r.ideaId);
          if (from && !from.endorsers.delete(String(r.personId))) problem(`moves an endorsement of idea ${r.ideaId} by Person ${r.personId} that the ledger does not hold`);
        }
        for (const a of moves.added) idea(a.ideaId)?.endorsers.set(String(a.personId), { seq });
        return;
      }
      case 'ENDORSED':
        idea(p.ideaId)?.endorsers.set(String(p.personId), { seq });
        return;
      case 'UNENDORSED': {
        const endorsed = idea(p.ideaId);
        if (endorsed && !endorsed.endorsers.delete(String(p.personId))) problem(`withdraws an endorsement of idea ${String(p.ideaId)} by Person ${String(p.personId)} that the ledger does not hold`);
        return;
      }
      // moderation: on the record, but hiding and unhiding change nothing credit is made of
      case 'CONTENT_HIDDEN':
      case 'CONTENT_UNHIDDEN':
        return;
      default:
        problem('has an event type the ledger does not know');
    }
  }

  /**
   * Every difference between the live tables and this replay, readable, in the order of the entries they
   * concern (facts the ledger never recorded by the entry of their idea, ideas it never recorded last).
   */
  compare(live: LiveFacts): LedgerProblem[] {
    const found: Array<LedgerProblem & { order: number }> = [];
    const inLedgerOnly = (seq: number, what: string) => found.push({ seq, order: seq, message: `${what} (ledger entry ${seq}) is in the ledger but not in the live tables` });
    const inLiveOnly = (ideaId: string, what: string) =>
      found.push({ seq: null, order: this.ideas.get(ideaId)?.seq ?? Number.MAX_SAFE_INTEGER, message: `${what} is in the live tables but not in the ledger` });

    const liveIdeas = new Set<string>();
    for (const { id, retention } of live.ideas) {
      liveIdeas.add(id);
      const replayed = this.ideas.get(id);
      if (!replayed) inLiveOnly(id, `idea ${id}`);
      // ρ counts only for a build-on (the engine ignores it for a root)
      else if (replayed.parents.size > 0 && replayed.retention !== retention) {
        const seq = replayed.retentionSeq;
        found.push({ seq, order: seq, message: `retention of idea ${id} is ${retention} in the live tables but ${replayed.retention} in the ledger (entry ${seq})` });
      }
    }
    const replayed: ReplayedIdea[] = [];
    for (const idea of this.ideas.values()) {
      if (liveIdeas.has(idea.id)) replayed.push(idea);
      else inLedgerOnly(idea.seq, `idea ${idea.id}`);
    }

    // the facts of ideas both sides hold; a fact of an idea only one side holds was reported with its idea
    const compareFacts = <F>(
      liveRows: Array<{ ideaId: string; key: string; fact: F }>,
      factsOf: (idea: ReplayedIdea) => Map<string, F & { seq: number }>,
      name: (ideaId: string, key: string, live: boolean) => string,
      differs: (live: F, ledger: F) => string | null = () => null,
    ) => {
      const seen = new Set<string>();
      for (const { ideaId, key, fact } of liveRows) {
        const idea = this.ideas.get(ideaId);
        if (!idea) continue;
        seen.add(`${ideaId}:${key}`);
        const recorded = factsOf(idea).get(key);
        const difference = recorded && differs(fact, recorded);
        if (!recorded) inLiveOnly(ideaId, name(ideaId, key, true));
        else if (difference) found.push({ seq: recorded.seq, order: recorded.seq, message: `${name(ideaId, key, false)}: ${difference} (entry ${recorded.seq})` });
      }
      for (const idea of replayed) {
        for (const [key, recorded] of factsOf(idea)) if (!seen.has(`${idea.id}:${key}`)) inLedgerOnly(recorded.seq, name(idea.id, key, false));
      }
    };
    compareFacts(
      live.authors.map((a) => ({ ideaId: a.ideaId, key: a.personId, fact: { weight: a.weight } })),
      (idea) => idea.authors,
      (ideaId, personId, live) => `${live ? 'co-author' : 'author'} Person ${personId} of idea ${ideaId}`,
      (author, recorded) => (author.weight !== recorded.weight ? `their weight is ${author.weight} in the live tables but ${recorded.weight} in the ledger` : null),
    );
    compareFacts(
      live.edges.map((e) => ({ ideaId: e.childId, key: e.parentId, fact: { relation: e.relation, weight: e.weight } })),
      (idea) => idea.parents,
      (childId, parentId) => `the build-on of idea ${childId} on idea ${parentId}`,
      (edge, recorded) =>
        edge.weight !== recorded.weight
          ? `its split weight is ${edge.weight} in the live tables but ${recorded.weight} in the ledger`
          : edge.relation !== recorded.relation
            ? `its relation is ${edge.relation} in the live tables but ${recorded.relation} in the ledger`
            : null,
    );
    compareFacts(
      live.endorsements.map((e) => ({ ideaId: e.ideaId, key: e.personId, fact: {} })),
      (idea) => idea.endorsers,
      (ideaId, personId) => `the endorsement of idea ${ideaId} by Person ${personId}`,
    );
    return found.sort((a, b) => a.order - b.order).map(({ seq, message }) => ({ seq, message }));
  }
}

function weightedAuthors(authors: unknown, seq: number): Map<string, { weight: number; seq: number }> {
  return new Map((authors as Array<{ personId: unknown; weight: unknown }>).map((a) => [String(a.personId), { weight: Number(a.weight), seq }]));
}
