import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Comment, EngagementLoaders } from '@kindling/api/engagement';
import { GraphLoaders, Idea } from '@kindling/api/graph';
import { Person, PeopleLoaders } from '@kindling/api/people';
import { Flag, ModerationAction, ModerationItem } from './models/moderation.model';
import { ModerationLoaders, itemKey } from './moderation.loaders';

/** The fields of a queue item: the content (shown to admins even when hidden) and its flags. */
@Resolver(() => ModerationItem)
export class ModerationItemResolver {
  constructor(
    private readonly loaders: ModerationLoaders,
    private readonly graph: GraphLoaders,
    private readonly engagement: EngagementLoaders,
  ) {}

  @ResolveField(() => Idea, { description: 'The flagged idea, or the idea the flagged comment is on.' })
  idea(@Parent() item: ModerationItem, @Context() ctx: RequestContext) {
    return this.graph.for(ctx).idea.load(item.ideaLocalId);
  }

  @ResolveField(() => Comment, { nullable: true, description: 'The flagged comment, when the item is one.' })
  comment(@Parent() item: ModerationItem, @Context() ctx: RequestContext) {
    return item.commentLocalId ? this.engagement.for(ctx).comment.load(item.commentLocalId) : null;
  }

  @ResolveField(() => [Flag], { description: 'The open flags (OPEN) or the resolved ones (RESOLVED), oldest first.' })
  async flags(@Parent() item: ModerationItem, @Context() ctx: RequestContext) {
    const flags = await this.loaders.for(ctx).flags.load(itemKey(item.ideaLocalId, item.commentLocalId));
    return flags.filter((f) => (item.state === 'OPEN') === (f.resolvedAt === null));
  }

  @ResolveField(() => Boolean, { description: 'Whether the content is hidden now.' })
  async hidden(@Parent() item: ModerationItem, @Context() ctx: RequestContext) {
    const content = item.commentLocalId ? await this.engagement.for(ctx).comment.load(item.commentLocalId) : await this.graph.for(ctx).idea.load(item.ideaLocalId);
    return content?.hiddenAt != null;
  }
}

@Resolver(() => Flag)
export class FlagResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { description: 'Who flagged it (the queue is for admins only).' })
  flaggedBy(@Parent() flag: Flag, @Context() ctx: RequestContext) {
    return this.people.for(ctx).person.load(flag.flaggedByLocalId);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The admin who resolved it.' })
  resolvedBy(@Parent() flag: Flag, @Context() ctx: RequestContext) {
    return flag.resolvedByLocalId ? this.people.for(ctx).person.load(flag.resolvedByLocalId) : null;
  }
}

@Resolver(() => ModerationAction)
export class ModerationActionResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { nullable: true, description: 'The admin who acted: shown to admins only (an author reads the reason, not who).' })
  by(@Parent() action: ModerationAction, @Context() ctx: RequestContext) {
    return ctx.viewer?.role === 'ADMIN' ? this.people.for(ctx).person.load(action.actedByLocalId) : null;
  }
}
