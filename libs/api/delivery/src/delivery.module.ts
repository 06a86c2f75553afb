import { Module } from '@nestjs/common';

/** Delivery operations: the job queue's dead letters, for admins to see and retry. */
@Module({})
export class DeliveryModule {}
