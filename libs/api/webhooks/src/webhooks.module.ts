import { Module } from '@nestjs/common';

/** Webhooks for intranets (Standard Webhooks) and the integrators' change feed. */
@Module({})
export class WebhooksModule {}
