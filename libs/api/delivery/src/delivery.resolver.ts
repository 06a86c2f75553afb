import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, type Viewer } from '@kindling/api/core';
import { FailedJobsArgs, RetryFailedJobsInput } from './dto/delivery.inputs';
import { DeliveryErrors } from './delivery.errors';
import { DeliveryService, type RetryCommand } from './delivery.service';
import { FailedJobConnection, QueueHealth, RetryFailedJobsPayload } from './models/delivery.model';

/** Admins: the job queue's dead letters and health. */
@Resolver()
export class DeliveryResolver {
  constructor(private readonly delivery: DeliveryService) {}

  @Roles('ADMIN')
  @Query(() => FailedJobConnection, { description: 'Admins: jobs that used up their attempts (dead letters), the most recently failed first.' })
  failedJobs(@Args() args: FailedJobsArgs) {
    return this.delivery.failedJobs(args.queue ?? null, args);
  }

  @Roles('ADMIN')
  @Query(() => [QueueHealth], { description: 'Admins: every job queue with its queued, active and failed jobs and the age of its oldest queued job.' })
  deliveryHealth() {
    return this.delivery.health();
  }

  @Roles('ADMIN')
  @Mutation(() => RetryFailedJobsPayload, { description: 'Admins: put failed jobs back in their queues, by id (all or none) or all (of a queue).' })
  async retryFailedJobs(@Args('input') input: RetryFailedJobsInput, @CurrentViewer() viewer: Viewer) {
    return { retried: await this.delivery.retry(viewer, retryCommand(input)) };
  }
}

function retryCommand(input: RetryFailedJobsInput): RetryCommand {
  if (input.ids != null && !input.all && input.queue == null) return { ids: input.ids };
  if (input.ids == null && input.all === true) return { all: true, queue: input.queue ?? null };
  throw DeliveryErrors.target('Give either ids, or all: true (with a queue or without).');
}
