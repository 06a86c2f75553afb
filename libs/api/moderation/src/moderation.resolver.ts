import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, Roles, type Viewer, localId } from '@kindling/api/core';
import { EngagementLoaders } from '@kindling/api/engagement';
import { GraphLoaders } from '@kindling/api/graph';
import { ContentRefInput, FlagContentInput, ModerateContentInput, ModerationQueueArgs } from './dto/moderation.inputs';
import { ModerationErrors } from './moderation.errors';
import { ModerationService } from './moderation.service';
import { type ContentRef, ModerationItemConnection, ModerationPayload } from './models/moderation.model';

/** Moderation's mutations and the admins' queue. */
@Resolver()
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly graph: GraphLoaders,
    private readonly engagement: EngagementLoaders,
  ) {}

  @Mutation(() => ModerationPayload, { description: 'Flag an idea or a comment for the admins (not your own; once while your flag is open).' })
  async flagContent(@Args('input') input: FlagContentInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const target = contentRef(input);
    await this.moderation.flag(viewer, { target, reason: input.reason, note: input.note ?? '' });
    return this.payload(target, ctx);
  }

  @Roles('ADMIN')
  @Mutation(() => ModerationPayload, { description: 'Admins: hide an idea or a comment with a reason (never deleted; it stays in lineages and credit). Resolves its open flags.' })
  async hideContent(@Args('input') input: ModerateContentInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const target = contentRef(input);
    await this.moderation.hide(viewer, { target, reason: input.reason });
    return this.payload(target, ctx);
  }

  @Roles('ADMIN')
  @Mutation(() => ModerationPayload, { description: 'Admins: show hidden content again, with a reason. Dismisses its open flags.' })
  async unhideContent(@Args('input') input: ModerateContentInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const target = contentRef(input);
    await this.moderation.unhide(viewer, { target, reason: input.reason });
    return this.payload(target, ctx);
  }

  @Roles('ADMIN')
  @Mutation(() => ModerationPayload, { description: 'Admins: resolve the open flags of an idea or a comment without hiding it.' })
  async dismissFlags(@Args('input') input: ModerateContentInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const target = contentRef(input);
    await this.moderation.dismiss(viewer, { target, reason: input.reason });
    return this.payload(target, ctx);
  }

  @Roles('ADMIN')
  @Query(() => ModerationItemConnection, { description: 'Admins: flagged ideas and comments, one item each with its flags.' })
  moderationQueue(@Args() args: ModerationQueueArgs) {
    return this.moderation.queue(args.state ?? 'OPEN', args);
  }

  private async payload(target: ContentRef, ctx: RequestContext) {
    const comment = target.commentId ? await this.engagement.for(ctx).comment.load(target.commentId) : null;
    const ideaId = target.ideaId ?? (comment?.ideaLocalId as string);
    return { idea: await this.graph.for(ctx).idea.load(ideaId), comment };
  }
}

function contentRef(input: ContentRefInput): ContentRef {
  if (!input.ideaId === !input.commentId) throw ModerationErrors.oneTarget();
  return input.ideaId ? { ideaId: localId('Idea', input.ideaId, 'ideaId'), commentId: null } : { ideaId: null, commentId: localId('Comment', input.commentId as string, 'commentId') };
}
