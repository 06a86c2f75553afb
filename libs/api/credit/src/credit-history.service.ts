import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Shares, ideaCredit, shortestDepths, topologicalOrder, upstreamCredit } from '@kindling/credit';
import { RequestErrors } from '@kindling/api/core';
import type { CreditRecord } from './credit-record';
import { CreditRepository } from './credit.repository';
import { CreditService } from './credit.service';
import { CreditHistoryInterval, CreditHistoryPoint } from './models/credit-history.model';

export const MAX_HISTORY_PERIODS = 60;

/** What a person held at one moment: Σ of their shares, by trail kind, and in how many ideas. */
type HeldCredit = Pick<CreditHistoryPoint, 'total' | 'authored' | 'inherited' | 'pool' | 'ideas'>;

interface Family {
  record: CreditRecord;
  /** When each fact was recorded, ascending. */
  eventTimes: number[];
  /** Ideas that need u (the candidates and their ancestors), parents before children. */
  upstreamOrder: string[];
}

/**
 * A person's credit over time. Credit only follows from what was recorded, and everything recorded is
 * dated, the split between an idea's authors included (its history), so the credit at any past moment is the
 * same engine run on the record as it stood then. A person can only ever have held a share in ideas where they
 * hold one now or whose split they were in (the graph only grows and nobody is erased), so the family of those
 * candidate ideas is read once and re-evaluated at each period's end.
 */
@Injectable()
export class CreditHistoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: CreditRepository,
    private readonly credit: CreditService,
  ) {}

  async history(personLocalId: string, interval: CreditHistoryInterval, periods: number, now = new Date()): Promise<CreditHistoryPoint[]> {
    if (!Number.isInteger(periods) || periods < 1 || periods > MAX_HISTORY_PERIODS) {
      throw RequestErrors.outOfRange('periods', 1, MAX_HISTORY_PERIODS);
    }
    const candidates = await this.credit.candidateIdeasOf(personLocalId, true);
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
  private evaluate({ record, upstreamOrder }: Family, candidates: readonly string[], personId: string, cutoff: number): HeldCredit {
    const exists = (id: string) => record.idea(id).createdAt < cutoff;
    const upstream = new Map<string, Shares>();
    for (const id of upstreamOrder) {
      if (exists(id)) upstream.set(id, upstreamCredit(record.upstreamInput(id, upstream, cutoff), this.credit.config));
    }

    const point: HeldCredit = { total: 0, authored: 0, inherited: 0, pool: 0, ideas: 0 };
    for (const id of candidates) {
      if (!exists(id)) continue;
      const credit = ideaCredit(record.upstreamInput(id, upstream, cutoff), record.descendants(id, cutoff), this.credit.config);
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

  /** The candidates, their ancestors and their descendants, with every dated fact the engine reads: one statement. */
  private async loadFamily(candidates: readonly string[]): Promise<Family> {
    const record = await this.repository.readCreditInputs(this.db, candidates, { descendants: true, ancestors: true, dated: true });
    const parentsOf = (id: string) => record.parentIds(id);
    const upstreamOrder = topologicalOrder(shortestDepths(candidates, parentsOf).keys(), parentsOf);
    return { record, eventTimes: record.eventTimes(), upstreamOrder };
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
