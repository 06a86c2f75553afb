import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Comment, EngagementLoaders } from '@kindling/api/engagement';
import { GraphLoaders, Idea } from '@kindling/api/graph';
import { PeopleLoaders, Person } from '@kindling/api/people';
import { Notification } from './models/notification.model';

/** The most actors a notification lists (`actorCount` tells them all). */
export const MAX_LISTED_ACTORS = 10;

/** A notification's links, read through loaders (each idea and comment with its moderation mask). */
@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly graph: GraphLoaders,
    private readonly engagement: EngagementLoaders,
    private readonly people: PeopleLoaders,
  ) {}

  @ResolveField(() => Idea, { nullable: true, description: 'The idea it is about (null for WEBHOOK_DISABLED).' })
  idea(@Parent() n: Notification, @Context() ctx: RequestContext) {
    return n.ideaLocalId ? this.graph.for(ctx).idea.load(n.ideaLocalId) : null;
  }

  @ResolveField(() => [Person], { description: `Who acted, the first ${MAX_LISTED_ACTORS} (see actorCount).` })
  async actors(@Parent() n: Notification, @Context() ctx: RequestContext) {
    const people = await this.people.for(ctx).person.loadMany(n.actorLocalIds.slice(0, MAX_LISTED_ACTORS));
    return people.filter((p): p is Person => p instanceof Person);
  }

  @ResolveField(() => Comment, { nullable: true, description: 'COMMENTED, REPLIED, MODERATED (a comment): the comment.' })
  comment(@Parent() n: Notification, @Context() ctx: RequestContext) {
    return n.commentLocalId ? this.engagement.for(ctx).comment.load(n.commentLocalId) : null;
  }

  @ResolveField(() => Idea, { nullable: true, description: 'BUILT_ON: the new build-on.' })
  childIdea(@Parent() n: Notification, @Context() ctx: RequestContext) {
    return n.childIdeaLocalId ? this.graph.for(ctx).idea.load(n.childIdeaLocalId) : null;
  }

  @ResolveField(() => Idea, { nullable: true, description: 'MERGED: the idea it was merged into.' })
  intoIdea(@Parent() n: Notification, @Context() ctx: RequestContext) {
    return n.intoIdeaLocalId ? this.graph.for(ctx).idea.load(n.intoIdeaLocalId) : null;
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'AUTHOR_SPLIT_PROPOSED: whether the proposal is still open and waits for your consent (null for other kinds).' })
  async awaitsYourAnswer(@Parent() n: Notification, @Context() ctx: RequestContext) {
    if (!n.proposalLocalId || !n.ideaLocalId) return null;
    const pending = await this.graph.for(ctx).pendingSplitProposal.load(n.ideaLocalId);
    return pending?.id === n.proposalLocalId && !pending.consentedBy.includes(n.personLocalId);
  }

  @ResolveField(() => Idea, { nullable: true, description: 'CREDIT_CHANGED: the idea whose change moved the share (e.g. the build-on).' })
  causeIdea(@Parent() n: Notification, @Context() ctx: RequestContext) {
    return n.causeIdeaLocalId ? this.graph.for(ctx).idea.load(n.causeIdeaLocalId) : null;
  }
}
