import { Module } from '@nestjs/common';

/** The review workflow: status moves with written responses, the review queue and its claims. */
@Module({})
export class ReviewModule {}
