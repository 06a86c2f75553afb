import { Module } from '@nestjs/common';

/** Leadership's view: response times against the promise, and the silo map of who builds on whose ideas. */
@Module({})
export class InsightsModule {}
