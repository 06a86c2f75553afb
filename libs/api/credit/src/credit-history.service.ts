import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type FamilyMember, type UpstreamInput, type WeightedAuthor, ideaCredit, shortestDepths, topologicalOrder, upstreamCredit } from '@kindling/credit';
import { badInput } from '@kindling/api/core';
import { reachableIds } from '@kindling/api/ideas';
import { CreditService } from './credit.service';
import { CreditHistoryInterval, CreditHistoryPoint } from './models/credit-history.model';

export const MAX_HISTORY_PERIODS = 60;

/** Something recorded at a moment (epoch ms); it counts at a cut-off when `at` lies before it. */
interface Dated<T> {
  at: number;
  value: T;
}

/** One idea of the family with everything that ever happened to it, dated. */
interface HistoryIdea {
  id: string;
  createdAt: number;
  retention: number;
  authors: Dated<string>[];
  parents: Dated<{ ideaId: string; weight: number }>[];
  children: Dated<string>[];
  endorsers: Dated<string>[];
}

/** What a person held at one moment: Σ of their shares, by trail kind, and in how many ideas. */
type HeldCredit = Pick<CreditHistoryPoint, 'total' | 'authored' | 'inherited' | 'pool' | 'ideas'>;

interface Family {
  ideas: Map<string, HistoryIdea>;
  /** When each fact was recorded, ascending. */
  eventTimes: number[];
  /** Ideas that need u (the candidates and their ancestors), parents before children. */
  upstreamOrder: HistoryIdea[];
}

/**
 * A person's credit over time. Credit only follows from what was recorded, and everything recorded is
 * dated, so the credit at any past moment is the same engine run on the record as it stood then. A person
 * can only ever have held a share in ideas where they hold one now (the graph only grows and nobody is
 * erased), so the family of today's candidate ideas is loaded once and re-evaluated at each period's end.
 */
@Injectable()
export class CreditHistoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly credit: CreditService,
  ) {}

  async history(personLocalId: string, interval: CreditHistoryInterval, periods: number, now = new Date()): Promise<CreditHistoryPoint[]> {
    if (!Number.isInteger(periods) || periods < 1 || periods > MAX_HISTORY_PERIODS) {
      throw badInput(`periods must be between 1 and ${MAX_HISTORY_PERIODS}.`, { field: 'periods' });
    }
    const candidates = await this.credit.candidateIdeasOf(personLocalId);
    const family = await this.loadFamily(candidates);
    let previous: { cutoff: number; point: HeldCredit } | null = null;
    return periodWindows(interval, periods, now).map((w) => {
      // a period in which nothing in the family was recorded ends where the previous one did
      const quiet = previous !== null && !happenedBetween(family.eventTimes, previous.cutoff, w.cutoff);
      const point = quiet ? previous!.point : this.evaluate(family, candidates, personLocalId, w.cutoff);
      previous = { cutoff: w.cutoff, point };
      return Object.assign(new CreditHistoryPoint(), { start: w.start, end: w.end, ...point });
    });
  }

  /** The person's shares with only what was recorded before `cutoff` (epoch ms, exclusive). */
  private evaluate(family: Family, candidates: readonly string[], personId: string, cutoff: number): HeldCredit {
    const before = <T>(list: Dated<T>[]) => list.filter((d) => d.at < cutoff).map((d) => d.value);
    const authorsOf = (idea: HistoryIdea): WeightedAuthor[] => before(idea.authors).map((personId) => ({ personId, weight: 1 }));
    const upstream = new Map<string, Map<string, number>>();
    const inputOf = (idea: HistoryIdea): UpstreamInput => ({
      retention: idea.retention,
      authors: authorsOf(idea),
      parents: before(idea.parents).map((p) => ({ ideaId: p.ideaId, weight: p.weight, upstream: upstream.get(p.ideaId)! })),
    });
    for (const idea of family.upstreamOrder) {
      if (idea.createdAt < cutoff) upstream.set(idea.id, upstreamCredit(inputOf(idea), this.credit.config));
    }

    const point: HeldCredit = { total: 0, authored: 0, inherited: 0, pool: 0, ideas: 0 };
    for (const id of candidates) {
      const idea = family.ideas.get(id)!;
      if (idea.createdAt >= cutoff) continue;
      const descendants: FamilyMember[] = descendantsBefore(family, idea, cutoff).map(([member, depth]) => ({
        ideaId: member.id,
        depth,
        createdAt: member.createdAt,
        authors: authorsOf(member),
        endorsers: before(member.endorsers),
      }));
      const credit = ideaCredit(inputOf(idea), descendants, this.credit.config);
      const share = credit.shares.get(personId);
      if (share === undefined) continue;
      point.total += share;
      point.ideas += 1;
      for (const term of credit.trail(personId)) {
        if (term.kind === 'AUTHOR') point.authored += term.share;
        else if (term.kind === 'INHERITED') point.inherited += term.share;
        else point.pool += term.share;
      }
    }
    return point;
  }

  /** The candidates, their ancestors and their descendants, with every dated fact the engine reads. */
  private async loadFamily(candidates: readonly string[]): Promise<Family> {
    const [up, down] = await Promise.all([reachableIds(this.db, candidates, 'up'), reachableIds(this.db, candidates, 'down')]);
    const upstreamNeeded = new Set([...candidates, ...up]);
    const ids = [...new Set([...upstreamNeeded, ...down])];
    if (ids.length === 0) return { ideas: new Map(), eventTimes: [], upstreamOrder: [] };
    // A fact cannot count before the ideas it involves exist (backdated imports may say otherwise).
    const [ideaRows, authorRows, edgeRows, endorsementRows] = await Promise.all([
      this.db.query(`SELECT id::text AS id, retention, ${ms('created_at')} AS "createdAt" FROM ideas WHERE id = ANY($1::bigint[])`, [ids]),
      this.db.query(
        `SELECT a.idea_id::text AS "ideaId", a.person_id::text AS "personId",
                ${ms(`CASE WHEN a.person_id = i.posted_by THEN i.created_at ELSE greatest(COALESCE(a.responded_at, a.invited_at), i.created_at) END`)} AS at
           FROM idea_authors a JOIN ideas i ON i.id = a.idea_id
          WHERE a.idea_id = ANY($1::bigint[]) AND a.state = 'ACCEPTED'`,
        [ids],
      ),
      this.db.query(
        `SELECT e.child_id::text AS "childId", e.parent_id::text AS "parentId", e.weight,
                ${ms('greatest(e.created_at, c.created_at, p.created_at)')} AS at
           FROM idea_edges e JOIN ideas c ON c.id = e.child_id JOIN ideas p ON p.id = e.parent_id
          WHERE e.child_id = ANY($1::bigint[]) AND e.parent_id = ANY($1::bigint[])`,
        [ids],
      ),
      this.db.query(
        `SELECT e.idea_id::text AS "ideaId", e.person_id::text AS "personId", ${ms('greatest(e.created_at, i.created_at)')} AS at
           FROM endorsements e JOIN ideas i ON i.id = e.idea_id
          WHERE e.idea_id = ANY($1::bigint[])`,
        [ids],
      ),
    ]);
    const ideas = new Map<string, HistoryIdea>();
    for (const r of ideaRows as Array<{ id: string; retention: number; createdAt: number }>) {
      ideas.set(r.id, { ...r, authors: [], parents: [], children: [], endorsers: [] });
    }
    for (const r of authorRows as Array<{ ideaId: string; personId: string; at: number }>) ideas.get(r.ideaId)!.authors.push({ at: r.at, value: r.personId });
    for (const r of endorsementRows as Array<{ ideaId: string; personId: string; at: number }>) ideas.get(r.ideaId)!.endorsers.push({ at: r.at, value: r.personId });
    for (const r of edgeRows as Array<{ childId: string; parentId: string; weight: number; at: number }>) {
      ideas.get(r.childId)!.parents.push({ at: r.at, value: { ideaId: r.parentId, weight: r.weight } });
      ideas.get(r.parentId)!.children.push({ at: r.at, value: r.childId });
    }
    const eventTimes = [...ideas.values()].flatMap((i) => [i.createdAt, ...[...i.authors, ...i.parents, ...i.endorsers].map((d) => d.at)]).sort((a, b) => a - b);
    const upstreamOrder = topologicalOrder(upstreamNeeded, (id) => ideas.get(id)!.parents.map((p) => p.value.ideaId)).map((id) => ideas.get(id)!);
    return { ideas, eventTimes, upstreamOrder };
  }
}

/** Whether some time in the ascending `times` lies in [from, to). */
function happenedBetween(times: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < times.length && times[lo] < to;
}

/** Epoch milliseconds of a timestamptz expression, as a float. */
function ms(expression: string): string {
  return `(extract(epoch FROM ${expression}) * 1000)::float8`;
}

/** desc(Y) before the cut-off with each member's shortest distance, breadth first over links made by then. */
function descendantsBefore(family: Family, root: HistoryIdea, cutoff: number): Array<[HistoryIdea, number]> {
  const linksBefore = (id: string) => family.ideas.get(id)!.children.filter((link) => link.at < cutoff).map((link) => link.value);
  return [...shortestDepths([root.id], linksBefore)].filter(([id]) => id !== root.id).map(([id, depth]) => [family.ideas.get(id)!, depth]);
}

/** The last `periods` calendar periods up to now (UTC), oldest first; the current one is cut at now and sees everything. */
export function periodWindows(interval: CreditHistoryInterval, periods: number, now: Date): Array<{ start: Date; end: Date; cutoff: number }> {
  const current = periodStart(interval, now);
  const windows: Array<{ start: Date; end: Date; cutoff: number }> = [];
  for (let back = periods - 1; back >= 0; back--) {
    const start = shift(interval, current, -back);
    const end = shift(interval, start, 1);
    windows.push(back === 0 ? { start, end: now, cutoff: Infinity } : { start, end, cutoff: end.getTime() });
  }
  return windows;
}

function periodStart(interval: CreditHistoryInterval, d: Date): Date {
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  if (interval === CreditHistoryInterval.WEEK) return new Date(Date.UTC(y, m, day - ((d.getUTCDay() + 6) % 7)));
  if (interval === CreditHistoryInterval.QUARTER) return new Date(Date.UTC(y, m - (m % 3), 1));
  return new Date(Date.UTC(y, m, 1));
}

function shift(interval: CreditHistoryInterval, start: Date, n: number): Date {
  const [y, m, day] = [start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()];
  if (interval === CreditHistoryInterval.WEEK) return new Date(Date.UTC(y, m, day + 7 * n));
  return new Date(Date.UTC(y, m + (interval === CreditHistoryInterval.QUARTER ? 3 * n : n), 1));
}
