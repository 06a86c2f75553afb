import type { Type } from '@nestjs/common';
import type { OutboxConsumer } from '@kindling/api/core';
import { CreditModule, UpstreamCreditHandler } from '@kindling/api/credit';
import { EndorsementLapseHandler, EngagementModule, MergeEngagementHandler } from '@kindling/api/engagement';
import { GraphModule } from '@kindling/api/graph';
import { IdeasModule } from '@kindling/api/ideas';
import { LedgerModule, LedgerRecorder } from '@kindling/api/ledger';
import { LineageModule } from '@kindling/api/lineage';
import { PeopleModule } from '@kindling/api/people';
import { ReviewModule } from '@kindling/api/review';
import { ScoringModule } from '@kindling/api/scoring';
import { ModerationModule } from '@kindling/api/moderation';
import { CampaignAnswerHandler, CampaignsModule } from '@kindling/api/campaigns';
import { InsightsModule } from '@kindling/api/insights';
import { NotificationsConsumer, NotificationsModule } from '@kindling/api/notifications';
import { MailModule } from '@kindling/api/mail';
import { WebhookDeliveries, WebhooksModule } from '@kindling/api/webhooks';
import { IdeaUpdatedAtHandler, LiveModule } from '@kindling/api/live';
import { DeliveryModule } from '@kindling/api/delivery';

/** The domains, for the app and the command-line tools alike (identity, configured per app, is added by each). */
export const DOMAIN_MODULES = [
  PeopleModule, LedgerModule, GraphModule, EngagementModule, IdeasModule, LineageModule, CreditModule,
  ReviewModule, ScoringModule, ModerationModule, CampaignsModule, InsightsModule,
  NotificationsModule, MailModule, WebhooksModule, LiveModule, DeliveryModule,
];

/**
 * What runs inside every write's transaction, in this order, for every event the write published: a new
 * co-author's endorsement lapses and a merge moves endorsements and comments (engagement), materialised credit follows the graph (credit),
 * the campaign a new idea answers is recorded or the posting refused (campaigns), the ideas an event visibly
 * changes get a new `updatedAt` (live), and
 * credit-affecting events are ledgered (ledger, last, so it records what the others agreed on).
 * Work that need not agree with the write reads the outbox after the commit instead.
 */
export const IN_TRANSACTION_HANDLERS = [EndorsementLapseHandler, MergeEngagementHandler, UpstreamCreditHandler, CampaignAnswerHandler, IdeaUpdatedAtHandler, LedgerRecorder];

/**
 * What runs after the commit, each consumer getting every outbox event at least once through its own job queue
 * (retried, then a dead letter): notifications, webhooks.
 */
export const OUTBOX_CONSUMERS: Type<OutboxConsumer>[] = [NotificationsConsumer, WebhookDeliveries];
