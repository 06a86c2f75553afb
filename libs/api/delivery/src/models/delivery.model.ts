import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@kindling/api/core';

@ObjectType({ description: 'Admins: a job that used up its attempts (a dead letter). pg-boss keeps it 30 days; `retryFailedJobs` puts it back in its queue.' })
export class FailedJob {
  @Field(() => ID, { description: 'The job’s id in the job queue (a UUID).' }) id!: string;
  @Field({ description: 'Its queue, e.g. `outbox.notifications` (a consumer of the outbox) or `webhooks.deliver`.' }) queue!: string;
  @Field({ description: 'What it was, for people: the consumer, event type and outbox seq, or the queue and the ids in its data (never whole payloads).' })
  label!: string;
  @Field(() => String, { nullable: true, description: 'For an outbox consumer’s job: the consumer’s name.' }) consumer!: string | null;
  @Field(() => String, { nullable: true, description: 'For an outbox consumer’s job: the event’s type, e.g. IDEA_STATUS_CHANGED.' }) eventType!: string | null;
  @Field(() => String, { nullable: true, description: 'For an outbox consumer’s job: the event’s sequence number in the outbox.' }) eventSeq!: string | null;
  @Field(() => Int, { description: 'Attempts made.' }) attempts!: number;
  @Field(() => Int, { description: 'Attempts its queue allowed (an admin’s retry allows one more).' }) maxAttempts!: number;
  @Field(() => GraphQLISODateTime, { description: 'When the job was first queued.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When its last attempt failed.' }) failedAt!: Date;
  @Field({ description: 'The last attempt’s error message (at most 300 characters; no stack). Empty when there was none.' }) lastError!: string;
}

/** One failed job as the repository reads it. */
export interface FailedJobRow {
  id: string;
  queue: string;
  data: Record<string, unknown> | null;
  retryCount: number;
  retryLimit: number;
  createdAt: Date;
  failedAt: Date;
  /** The sort key's text (PostgreSQL's), for the cursor. */
  keyAt: string;
  lastError: string | null;
  /** The outbox event's type, for outbox consumers' jobs. */
  eventType: string | null;
}

@ObjectType()
export class FailedJobConnection extends ConnectionType(FailedJob, 'FailedJob') {
  @Field(() => Int, { description: 'Failed jobs in all (of the queue, when one was given).' }) totalCount!: number;
}

@ObjectType({ description: 'Admins: the state of one job queue, for the deliveries page and for monitoring.' })
export class QueueHealth {
  @Field() queue!: string;
  @Field(() => Int, { description: 'Jobs waiting to run (new, or waiting for their next attempt).' }) queued!: number;
  @Field(() => Int, { description: 'Of the queued jobs, those waiting for a retry after a failed attempt.' }) retrying!: number;
  @Field(() => Int, { description: 'Jobs running now (a job running past its queue’s expiry counts as a failed attempt).' }) active!: number;
  @Field(() => Int, { description: 'Dead letters: jobs that used up their attempts.' }) failed!: number;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the oldest queued job was queued; null when none waits.' }) oldestQueuedAt!: Date | null;
  @Field(() => Int, { nullable: true, description: 'Its age in seconds, by the database’s clock.' }) oldestQueuedSeconds!: number | null;
}

@ObjectType()
export class RetryFailedJobsPayload {
  @Field(() => Int, { description: 'How many failed jobs were put back in their queues.' }) retried!: number;
}
