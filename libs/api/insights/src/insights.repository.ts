import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MetricsQuery, SiloQuery } from './insights.queries';

/** Aggregates of a set of ideas' first responses (hours as float8; counts as int). */
export interface ResponseTimesRow {
  ideas: number;
  answered: number;
  medianHours: number | null;
  p90Hours: number | null;
  due: number;
  answeredInTime: number;
}

/** One group of the response-time aggregate: overall (both ids null), one department, or one reviewer. */
export interface ResponseGroupRow extends ResponseTimesRow {
  byDepartment: boolean;
  byReviewer: boolean;
  departmentId: string | null;
  reviewerId: string | null;
}

export interface ResponseBucketRow extends ResponseTimesRow {
  start: Date;
  end: Date;
}

export interface QueueRow {
  count: number;
  oldestPostedAt: Date | null;
  oldestWaitingHours: number | null;
  fresh: number;
  dueSoon: number;
  overdue: number;
}

export interface SiloCellRow {
  fromId: string;
  toId: string;
  count: number;
}

export interface SiloBucketRow {
  start: Date;
  end: Date;
  buildOns: number;
  crossDepartment: number;
}

/**
 * The ideas of a metrics query with their first response ($1: period days or null, $2: department or null,
 * $3: promise days): the first row of idea_status_changes per idea, by time then id.
 */
const COHORT = `
  cohort AS (
    SELECT i.id, i.created_at, p.department_id, d.name AS department_name, f.changed_at AS first_at, f.changed_by AS first_by,
           extract(epoch FROM f.changed_at - i.created_at)::float8 / 3600 AS hours,
           f.changed_at <= i.created_at + make_interval(days => $3::int) AS in_time,
           (f.changed_at IS NOT NULL OR i.created_at + make_interval(days => $3::int) <= now()) AS due
      FROM ideas i
      JOIN people p ON p.id = i.posted_by
      JOIN departments d ON d.id = p.department_id
      LEFT JOIN LATERAL (
        SELECT s.changed_at, s.changed_by FROM idea_status_changes s WHERE s.idea_id = i.id ORDER BY s.changed_at, s.id LIMIT 1
      ) f ON true
     WHERE ($1::int IS NULL OR i.created_at >= now() - make_interval(days => $1::int))
       AND ($2::bigint IS NULL OR p.department_id = $2::bigint)
  )`;

const TIMES = `
  count(c.id)::int AS ideas,
  count(c.first_at)::int AS answered,
  (percentile_cont(0.5) WITHIN GROUP (ORDER BY c.hours))::float8 AS "medianHours",
  (percentile_cont(0.9) WITHIN GROUP (ORDER BY c.hours))::float8 AS "p90Hours",
  count(c.id) FILTER (WHERE c.due)::int AS due,
  count(c.id) FILTER (WHERE c.in_time)::int AS "answeredInTime"`;

/**
 * Calendar buckets (UTC) from the period's start, or the first row of `$source` for all time, to now:
 * `buckets(start, "end")` as timestamps without time zone ($1: period days or null; the unit is inlined).
 */
function buckets(unit: 'week' | 'month', source: string): string {
  return `
  bounds AS (
    SELECT date_trunc('${unit}', COALESCE(now() - make_interval(days => $1::int), (SELECT min(created_at) FROM ${source})) AT TIME ZONE 'UTC') AS first
  ),
  buckets AS (
    SELECT b AS start, b + interval '1 ${unit}' AS "end"
      FROM bounds, generate_series(bounds.first, date_trunc('${unit}', now() AT TIME ZONE 'UTC'), interval '1 ${unit}') AS b
  )`;
}

/** All of the dashboard's SQL: aggregates over ids, a fixed number of statements whatever the data. */
@Injectable()
export class InsightsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Overall, per poster's department (alphabetically) and per first responder, in one statement (grouping sets). */
  responseGroups(q: MetricsQuery): Promise<ResponseGroupRow[]> {
    return this.db.query(
      `WITH ${COHORT}
       SELECT GROUPING(c.department_id) = 0 AS "byDepartment", GROUPING(c.first_by) = 0 AS "byReviewer",
              c.department_id::text AS "departmentId", c.first_by::text AS "reviewerId", ${TIMES}
         FROM cohort c
        GROUP BY GROUPING SETS ((), (c.department_id), (c.first_by))
        ORDER BY min(c.department_name), c.department_id`,
      [q.periodDays, q.departmentId, q.promiseDays],
    );
  }

  /** The same figures by the bucket the ideas were posted in, empty buckets included. */
  responseBuckets(q: MetricsQuery): Promise<ResponseBucketRow[]> {
    return this.db.query(
      `WITH ${COHORT}, ${buckets(q.interval, 'cohort')}
       SELECT b.start AT TIME ZONE 'UTC' AS start, b."end" AT TIME ZONE 'UTC' AS "end", ${TIMES}
         FROM buckets b
         LEFT JOIN cohort c ON date_trunc('${q.interval}', c.created_at AT TIME ZONE 'UTC') = b.start
        GROUP BY b.start, b."end"
        ORDER BY b.start`,
      [q.periodDays, q.departmentId, q.promiseDays],
    );
  }

  /** Ideas awaiting a first response now (the review queue: still NEW, never moved, neither withdrawn nor hidden), by age against the promise. */
  queue(departmentId: string | null, promiseDays: number): Promise<QueueRow> {
    return this.db
      .query(
        `WITH waiting AS (
           SELECT i.created_at, now() - i.created_at AS age
             FROM ideas i JOIN people p ON p.id = i.posted_by
            WHERE i.status = 'NEW' AND i.hidden_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM idea_status_changes s WHERE s.idea_id = i.id)
              AND NOT EXISTS (SELECT 1 FROM idea_withdrawals w WHERE w.idea_id = i.id)
              AND ($1::bigint IS NULL OR p.department_id = $1::bigint)
         )
         SELECT count(*)::int AS count, min(created_at) AS "oldestPostedAt",
                (extract(epoch FROM max(age)) / 3600)::float8 AS "oldestWaitingHours",
                count(*) FILTER (WHERE age < make_interval(hours => $2::int * 12))::int AS fresh,
                count(*) FILTER (WHERE age >= make_interval(hours => $2::int * 12) AND age < make_interval(days => $2::int))::int AS "dueSoon",
                count(*) FILTER (WHERE age >= make_interval(days => $2::int))::int AS overdue
           FROM waiting`,
        [departmentId, promiseDays],
      )
      .then((rows: QueueRow[]) => rows[0]);
  }

  /** Build-on links (child → parent) by the departments of the child's and the parent's posters. */
  siloCells(q: SiloQuery): Promise<SiloCellRow[]> {
    return this.db.query(
      `SELECT pc.department_id::text AS "fromId", pp.department_id::text AS "toId", count(*)::int AS count
         FROM idea_edges e
         JOIN ideas c ON c.id = e.child_id JOIN people pc ON pc.id = c.posted_by
         JOIN ideas pa ON pa.id = e.parent_id JOIN people pp ON pp.id = pa.posted_by
        WHERE $1::int IS NULL OR c.created_at >= now() - make_interval(days => $1::int)
        GROUP BY pc.department_id, pp.department_id`,
      [q.periodDays],
    );
  }

  /** Build-on links and the cross-department ones, by the bucket the build-on was posted in. */
  siloBuckets(q: SiloQuery): Promise<SiloBucketRow[]> {
    return this.db.query(
      `WITH links AS (
         SELECT c.created_at, pc.department_id <> pp.department_id AS cross_department
           FROM idea_edges e
           JOIN ideas c ON c.id = e.child_id JOIN people pc ON pc.id = c.posted_by
           JOIN ideas pa ON pa.id = e.parent_id JOIN people pp ON pp.id = pa.posted_by
          WHERE $1::int IS NULL OR c.created_at >= now() - make_interval(days => $1::int)
       ), ${buckets(q.interval, 'links')}
       SELECT b.start AT TIME ZONE 'UTC' AS start, b."end" AT TIME ZONE 'UTC' AS "end",
              count(l.created_at)::int AS "buildOns", count(l.created_at) FILTER (WHERE l.cross_department)::int AS "crossDepartment"
         FROM buckets b
         LEFT JOIN links l ON date_trunc('${q.interval}', l.created_at AT TIME ZONE 'UTC') = b.start
        GROUP BY b.start, b."end"
        ORDER BY b.start`,
      [q.periodDays],
    );
  }
}
