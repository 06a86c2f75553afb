import { Module } from '@nestjs/common';

/** Live updates: GraphQL subscriptions fed by LISTEN/NOTIFY across API processes. */
@Module({})
export class LiveModule {}
