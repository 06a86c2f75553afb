import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, Roles, type Viewer, localId } from '@kindling/api/core';
import {
  CreateWebhookEndpointInput,
  DeleteWebhookEndpointInput,
  ForwardPageArgs,
  RedeliverWebhookInput,
  RotateWebhookSecretInput,
  UpdateWebhookEndpointInput,
} from './dto/webhook.inputs';
import {
  ChangeEventConnection,
  DeleteWebhookEndpointPayload,
  RedeliverWebhookPayload,
  WebhookDeliveryConnection,
  WebhookEndpoint,
  WebhookEndpointConnection,
  WebhookEndpointPayload,
  WebhookEndpointSecretPayload,
} from './models/webhook.model';
import { WebhookErrors } from './webhooks.errors';
import { WebhooksLoaders } from './webhooks.loaders';
import { WebhooksService } from './webhooks.service';

/** Webhook endpoints and their delivery log (admins only), and the change feed (anyone signed in). */
@Resolver()
export class WebhooksResolver {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly loaders: WebhooksLoaders,
  ) {}

  @Roles('ADMIN')
  @Query(() => WebhookEndpointConnection, { description: 'Admins: the webhook endpoints, newest first.' })
  webhookEndpoints(@Args() args: ForwardPageArgs) {
    return this.webhooks.endpoints(args);
  }

  @Roles('ADMIN')
  @Query(() => WebhookEndpoint, { nullable: true, description: 'Admins: one webhook endpoint; null when it does not exist.' })
  webhookEndpoint(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.loaders.for(ctx).endpoint.load(localId('WebhookEndpoint', id));
  }

  @Roles('ADMIN')
  @Mutation(() => WebhookEndpointSecretPayload, { description: 'Admins: register an endpoint. Its signing secret is in the payload, this once.' })
  async createWebhookEndpoint(@Args('input') input: CreateWebhookEndpointInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const { endpointId, secret } = await this.webhooks.create(viewer, input);
    return { endpoint: await this.endpoint(endpointId, ctx), secret };
  }

  @Roles('ADMIN')
  @Mutation(() => WebhookEndpointPayload, { description: 'Admins: change an endpoint’s URL, events or description, or turn it off and on.' })
  async updateWebhookEndpoint(@Args('input') input: UpdateWebhookEndpointInput, @Context() ctx: RequestContext) {
    const id = localId('WebhookEndpoint', input.id);
    await this.webhooks.update({ ...input, id });
    return { endpoint: await this.endpoint(id, ctx) };
  }

  @Roles('ADMIN')
  @Mutation(() => DeleteWebhookEndpointPayload, { description: 'Admins: delete an endpoint and its delivery log; pending deliveries are dropped.' })
  async deleteWebhookEndpoint(@Args('input') input: DeleteWebhookEndpointInput) {
    await this.webhooks.remove(localId('WebhookEndpoint', input.id));
    return { deletedId: input.id };
  }

  @Roles('ADMIN')
  @Mutation(() => WebhookEndpointSecretPayload, {
    description: 'Admins: a new signing secret, in the payload this once; the old one keeps signing beside it for `overlapHours`.',
  })
  async rotateWebhookSecret(@Args('input') input: RotateWebhookSecretInput, @Context() ctx: RequestContext) {
    const id = localId('WebhookEndpoint', input.id);
    const secret = await this.webhooks.rotate(id, input.overlapHours ?? 24);
    return { endpoint: await this.endpoint(id, ctx), secret };
  }

  @Roles('ADMIN')
  @Mutation(() => RedeliverWebhookPayload, { description: 'Admins: send a delivery again (same webhook-id), with a fresh round of retries.' })
  async redeliverWebhook(@Args('input') input: RedeliverWebhookInput, @Context() ctx: RequestContext) {
    const id = localId('WebhookDelivery', input.deliveryId, 'deliveryId');
    await this.webhooks.redeliver(id);
    return { delivery: await this.loaders.for(ctx).delivery.load(id) };
  }

  @Query(() => ChangeEventConnection, {
    description:
      'What changed since your last sync: the public events (as webhooks send them) about what you may see, oldest first. Keep `pageInfo.endCursor` and pass it as `after` next time.',
  })
  changes(@Args() args: ForwardPageArgs, @CurrentViewer() _viewer: Viewer, @Context() ctx: RequestContext) {
    return this.webhooks.changes(ctx, args);
  }

  private async endpoint(id: string, ctx: RequestContext): Promise<WebhookEndpoint> {
    const endpoint = await this.loaders.for(ctx).endpoint.load(id);
    if (!endpoint) throw WebhookErrors.notFound();
    return endpoint;
  }
}

/** An endpoint's delivery log. */
@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  constructor(private readonly webhooks: WebhooksService) {}

  @ResolveField(() => WebhookDeliveryConnection, { description: 'Its deliveries, newest first (read one endpoint at a time).' })
  deliveries(@Parent() endpoint: WebhookEndpoint, @Args() args: ForwardPageArgs) {
    return this.webhooks.deliveries(endpoint.localId, args);
  }
}

