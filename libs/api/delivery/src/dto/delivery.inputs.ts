import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ConnectionArgs } from '@kindling/api/core';

@ArgsType()
export class FailedJobsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only this queue’s failed jobs.' }) queue?: string;
}

@InputType({ description: 'Either `ids` (at most 100), or `all: true` with an optional `queue`.' })
export class RetryFailedJobsInput {
  @Field(() => [ID], { nullable: true, description: 'These failed jobs; if one is unknown or not failed, none is retried.' }) ids?: string[];
  @Field(() => Boolean, { nullable: true, description: 'Every failed job (of `queue`, when given).' }) all?: boolean;
  @Field(() => String, { nullable: true }) queue?: string;
}
