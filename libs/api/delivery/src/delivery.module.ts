import { Module } from '@nestjs/common';
import { DeliveryRepository } from './delivery.repository';
import { DeliveryResolver } from './delivery.resolver';
import { DeliveryService } from './delivery.service';

/** Delivery operations: the job queue's dead letters and health, for admins to see and retry. */
@Module({
  providers: [DeliveryRepository, DeliveryService, DeliveryResolver],
  exports: [DeliveryService],
})
export class DeliveryModule {}
