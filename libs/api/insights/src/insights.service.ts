import { Inject, Injectable, Optional } from '@nestjs/common';
import { Department, PeopleService } from '@kindling/api/people';
import { DEFAULT_REVIEW_SETTINGS, REVIEW_SETTINGS, type ReviewSettings } from '@kindling/api/review';
import type { MetricsQuery, SiloQuery } from './insights.queries';
import { InsightsRepository, type ResponseTimesRow } from './insights.repository';
import {
  DepartmentResponseTimes,
  METRICS_PERIOD_DAYS,
  type MetricsPeriod,
  QueueAge,
  QueueAgeBandName,
  ReviewMetrics,
  ReviewerResponseTimes,
  ResponseTimes,
  SiloMap,
  intervalOf,
} from './models/insights.model';

/** The leadership dashboard: every figure one aggregate statement, whatever the number of ideas or departments. */
@Injectable()
export class InsightsService {
  private readonly promiseDays: number;

  constructor(
    private readonly repository: InsightsRepository,
    private readonly people: PeopleService,
    @Optional() @Inject(REVIEW_SETTINGS) settings: ReviewSettings | null,
  ) {
    this.promiseDays = (settings ?? DEFAULT_REVIEW_SETTINGS).responseDays;
  }

  async reviewMetrics(period: MetricsPeriod, departmentId: string | null): Promise<ReviewMetrics> {
    const interval = intervalOf(period);
    const query: MetricsQuery = { periodDays: METRICS_PERIOD_DAYS[period], departmentId, promiseDays: this.promiseDays, interval: interval === 'WEEK' ? 'week' : 'month' };
    const [groups, buckets, queue] = await Promise.all([
      this.repository.responseGroups(query),
      this.repository.responseBuckets(query),
      this.repository.queue(departmentId, this.promiseDays),
    ]);
    // the grand total's grouping set () gives one row even when no idea matches
    const overall = groups.find((g) => !g.byDepartment && !g.byReviewer)!;
    const half = this.promiseDays / 2;
    return Object.assign(new ReviewMetrics(), {
      period,
      departmentId,
      promiseDays: this.promiseDays,
      firstResponse: timesOf(overall),
      byDepartment: groups
        .filter((g) => g.byDepartment)
        .map((g) => Object.assign(new DepartmentResponseTimes(), { departmentId: g.departmentId!, times: timesOf(g) })),
      // the group of ideas nobody answered yet has no reviewer
      byReviewer: groups
        .filter((g) => g.byReviewer && g.reviewerId !== null)
        .sort((a, b) => b.answered - a.answered || Number(a.reviewerId) - Number(b.reviewerId))
        .map((g) =>
          Object.assign(new ReviewerResponseTimes(), {
            reviewerId: g.reviewerId!,
            answered: g.answered,
            medianHours: g.medianHours!,
            p90Hours: g.p90Hours!,
            answeredInTime: g.answeredInTime,
          }),
        ),
      interval,
      overTime: buckets.map((b) => ({ start: b.start, end: b.end, times: timesOf(b) })),
      queue: Object.assign(new QueueAge(), {
        count: queue.count,
        oldestPostedAt: queue.oldestPostedAt,
        oldestWaitingHours: queue.oldestWaitingHours,
        bands: [
          { band: QueueAgeBandName.FRESH, fromDays: 0, toDays: half, count: queue.fresh },
          { band: QueueAgeBandName.DUE_SOON, fromDays: half, toDays: this.promiseDays, count: queue.dueSoon },
          { band: QueueAgeBandName.OVERDUE, fromDays: this.promiseDays, toDays: null, count: queue.overdue },
        ],
      }),
    });
  }

  async siloMap(period: MetricsPeriod): Promise<SiloMap> {
    const interval = intervalOf(period);
    const query: SiloQuery = { periodDays: METRICS_PERIOD_DAYS[period], interval: interval === 'WEEK' ? 'week' : 'month' };
    const [departments, cells, buckets] = await Promise.all([this.people.departments(), this.repository.siloCells(query), this.repository.siloBuckets(query)]);
    const order = new Map(departments.map((d, i) => [d.localId, i]));
    const byId = new Map<string, Department>(departments.map((d) => [d.localId, d]));
    const buildOns = cells.reduce((sum, c) => sum + c.count, 0);
    const crossDepartment = cells.reduce((sum, c) => sum + (c.fromId === c.toId ? 0 : c.count), 0);
    return Object.assign(new SiloMap(), {
      period,
      departments,
      cells: cells
        .sort((a, b) => order.get(a.fromId)! - order.get(b.fromId)! || order.get(a.toId)! - order.get(b.toId)!)
        .map((c) => ({ fromId: c.fromId, toId: c.toId, from: byId.get(c.fromId)!, to: byId.get(c.toId)!, count: c.count })),
      buildOns,
      crossDepartment,
      crossDepartmentShare: share(crossDepartment, buildOns),
      interval,
      overTime: buckets.map((b) => ({ ...b, crossDepartmentShare: share(b.crossDepartment, b.buildOns) })),
    });
  }
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function timesOf(row: ResponseTimesRow): ResponseTimes {
  return Object.assign(new ResponseTimes(), {
    ideas: row.ideas,
    answered: row.answered,
    medianHours: row.medianHours,
    p90Hours: row.p90Hours,
    due: row.due,
    answeredInTime: row.answeredInTime,
    withinPromiseShare: share(row.answeredInTime, row.due),
  });
}
