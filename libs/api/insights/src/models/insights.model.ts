import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Department, Person } from '@kindling/api/people';

export enum MetricsPeriod {
  LAST_30_DAYS = 'LAST_30_DAYS',
  LAST_90_DAYS = 'LAST_90_DAYS',
  LAST_365_DAYS = 'LAST_365_DAYS',
  ALL_TIME = 'ALL_TIME',
}
registerEnumType(MetricsPeriod, { name: 'MetricsPeriod', description: 'Which ideas the dashboard counts: those posted (or, for the silo map, built on) within the period.' });

export const METRICS_PERIOD_DAYS: Record<MetricsPeriod, number | null> = {
  LAST_30_DAYS: 30,
  LAST_90_DAYS: 90,
  LAST_365_DAYS: 365,
  ALL_TIME: null,
};

export enum MetricsInterval {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(MetricsInterval, { name: 'MetricsInterval', description: 'Calendar buckets in UTC; weeks start on Monday.' });

/** Short periods are charted by week, long ones by month. */
export function intervalOf(period: MetricsPeriod): MetricsInterval {
  return period === MetricsPeriod.LAST_30_DAYS || period === MetricsPeriod.LAST_90_DAYS ? MetricsInterval.WEEK : MetricsInterval.MONTH;
}

@ObjectType({
  description:
    'Time to first response of a set of ideas: from posting to the first status move with its written response. ' +
    'Median and p90 are over the answered ideas (percentile_cont, interpolated), in hours.',
})
export class ResponseTimes {
  @Field(() => Int, { description: 'Ideas posted.' }) ideas!: number;
  @Field(() => Int, { description: 'Of those, ideas with a first response.' }) answered!: number;
  @Field(() => Float, { nullable: true, description: 'Median hours to the first response; null when none was answered.' }) medianHours!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile of the hours to the first response; null when none was answered.' }) p90Hours!: number | null;
  @Field(() => Int, { description: 'Ideas whose promise is due: answered, or unanswered and older than the promise.' }) due!: number;
  @Field(() => Int, { description: 'Of the due ideas, those answered within the promise.' }) answeredInTime!: number;
  @Field(() => Float, { nullable: true, description: 'answeredInTime / due (0–1); null when nothing is due yet.' }) withinPromiseShare!: number | null;
}

@ObjectType({ description: 'Response times of the ideas posted by one department’s people.' })
export class DepartmentResponseTimes {
  departmentId!: string;
  @Field(() => Department) department!: Department;
  @Field(() => ResponseTimes) times!: ResponseTimes;
}

@ObjectType({ description: 'Response times of the ideas one reviewer gave the first response to.' })
export class ReviewerResponseTimes {
  reviewerId!: string;
  @Field(() => Person) reviewer!: Person;
  @Field(() => Int) answered!: number;
  @Field(() => Float) medianHours!: number;
  @Field(() => Float) p90Hours!: number;
  @Field(() => Int, { description: 'Of those, answered within the promise.' }) answeredInTime!: number;
}

@ObjectType({ description: 'Response times of the ideas posted in one calendar bucket.' })
export class ResponseTimesBucket {
  @Field(() => GraphQLISODateTime, { description: 'The first moment of the bucket (UTC).' }) start!: Date;
  @Field(() => GraphQLISODateTime, { description: 'The first moment after it.' }) end!: Date;
  @Field(() => ResponseTimes) times!: ResponseTimes;
}

export enum QueueAgeBandName {
  FRESH = 'FRESH',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}
registerEnumType(QueueAgeBandName, {
  name: 'QueueAgeBandName',
  valuesMap: {
    FRESH: { description: 'Younger than half the promise.' },
    DUE_SOON: { description: 'From half the promise to the promise.' },
    OVERDUE: { description: 'Older than the promise.' },
  },
});

@ObjectType({ description: 'Ideas awaiting a first response whose age lies in [fromDays, toDays).' })
export class QueueAgeBand {
  @Field(() => QueueAgeBandName) band!: QueueAgeBandName;
  @Field(() => Float) fromDays!: number;
  @Field(() => Float, { nullable: true, description: 'Null: no upper bound.' }) toDays!: number | null;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'The review queue now (whatever the period): ideas still awaiting a first response.' })
export class QueueAge {
  @Field(() => Int) count!: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the longest-waiting idea was posted.' }) oldestPostedAt!: Date | null;
  @Field(() => Float, { nullable: true, description: 'How long the longest-waiting idea has waited, in hours.' }) oldestWaitingHours!: number | null;
  @Field(() => [QueueAgeBand], { description: 'FRESH, DUE_SOON, OVERDUE, in that order.' }) bands!: QueueAgeBand[];
}

@ObjectType({ description: 'How fast reviewers answer: response times against the promise, and the queue’s age.' })
export class ReviewMetrics {
  @Field(() => MetricsPeriod) period!: MetricsPeriod;
  departmentId!: string | null;
  @Field(() => Department, { nullable: true, description: 'The department filter: ideas posted by its people.' }) department!: Department | null;
  @Field(() => Int, { description: 'The promise: a first response within this many days of posting (KINDLING_RESPONSE_DAYS).' }) promiseDays!: number;
  @Field(() => ResponseTimes, { description: 'All ideas posted in the period.' }) firstResponse!: ResponseTimes;
  @Field(() => [DepartmentResponseTimes], { description: 'By the poster’s department, alphabetically; departments that posted in the period.' })
  byDepartment!: DepartmentResponseTimes[];
  @Field(() => [ReviewerResponseTimes], { description: 'By the reviewer who gave the first response, most answers first.' }) byReviewer!: ReviewerResponseTimes[];
  @Field(() => MetricsInterval) interval!: MetricsInterval;
  @Field(() => [ResponseTimesBucket], { description: 'By the week or month the ideas were posted, oldest first, empty buckets included.' })
  overTime!: ResponseTimesBucket[];
  @Field(() => QueueAge) queue!: QueueAge;
}

@ObjectType({ description: 'Build-ons from ideas posted by one department’s people on ideas posted by another’s (or the same).' })
export class SiloCell {
  fromId!: string;
  toId!: string;
  @Field(() => Department, { description: 'The department of the build-on’s poster.' }) from!: Department;
  @Field(() => Department, { description: 'The department of the poster of the idea built on.' }) to!: Department;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Build-ons in one calendar bucket (by when the build-on was posted).' })
export class SiloBucket {
  @Field(() => GraphQLISODateTime) start!: Date;
  @Field(() => GraphQLISODateTime) end!: Date;
  @Field(() => Int) buildOns!: number;
  @Field(() => Int, { description: 'Build-ons on an idea posted in another department.' }) crossDepartment!: number;
  @Field(() => Float, { nullable: true, description: 'crossDepartment / buildOns (0–1); null without build-ons.' }) crossDepartmentShare!: number | null;
}

@ObjectType({ description: 'Who builds on whose ideas, department by department: island culture made visible.' })
export class SiloMap {
  @Field(() => MetricsPeriod) period!: MetricsPeriod;
  @Field(() => [Department], { description: 'Every department, alphabetically: the matrix’s rows and columns.' }) departments!: Department[];
  @Field(() => [SiloCell], { description: 'The matrix’s non-empty cells, by `departments` order of from, then to.' }) cells!: SiloCell[];
  @Field(() => Int, { description: 'Build-on links whose build-on was posted in the period.' }) buildOns!: number;
  @Field(() => Int) crossDepartment!: number;
  @Field(() => Float, { nullable: true, description: 'crossDepartment / buildOns (0–1); null without build-ons.' }) crossDepartmentShare!: number | null;
  @Field(() => MetricsInterval) interval!: MetricsInterval;
  @Field(() => [SiloBucket], { description: 'Oldest first, empty buckets included.' }) overTime!: SiloBucket[];
}
