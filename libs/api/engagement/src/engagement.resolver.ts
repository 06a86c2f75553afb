import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type RequestContext, type Viewer, localId } from '@kindling/api/core';
import { GraphLoaders, IdeaRefInput } from '@kindling/api/graph';
import { CommentInput, CommentRefInput, EditCommentInput } from './dto/engagement.inputs';
import { EngagementErrors } from './engagement.errors';
import { EngagementLoaders } from './engagement.loaders';
import { EngagementService } from './engagement.service';
import { CommentPayload, EditCommentPayload, EndorsePayload, RemoveCommentPayload } from './models/engagement.model';

/** Engagement's mutations. */
@Resolver()
export class EngagementResolver {
  constructor(
    private readonly engagement: EngagementService,
    private readonly loaders: EngagementLoaders,
    private readonly graph: GraphLoaders,
  ) {}

  @Mutation(() => EndorsePayload, { description: 'Endorse an idea (once; not your own).' })
  async endorse(@Args('input') input: IdeaRefInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.engagement.endorse(viewer, ideaId);
    return { idea: await this.graph.for(ctx).idea.load(ideaId) };
  }

  @Mutation(() => EndorsePayload)
  async unendorse(@Args('input') input: IdeaRefInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    await this.engagement.unendorse(viewer, ideaId);
    return { idea: await this.graph.for(ctx).idea.load(ideaId) };
  }

  @Mutation(() => CommentPayload, { description: 'Comment on an idea, or reply to a comment.' })
  async comment(@Args('input') input: CommentInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ideaId = localId('Idea', input.ideaId, 'ideaId');
    const replyToId = input.replyToId ? localId('Comment', input.replyToId, 'replyToId') : null;
    const commentId = await this.engagement.comment(viewer, { ideaId, body: input.body, replyToId });
    const [idea, comment] = await Promise.all([this.graph.for(ctx).idea.load(ideaId), this.loaders.for(ctx).comment.load(commentId)]);
    if (!comment) throw EngagementErrors.commentNotFound(commentId, 'commentId');
    return { idea, comment };
  }

  @Mutation(() => EditCommentPayload, { description: 'Edit a comment you wrote (not one you removed).' })
  async editComment(@Args('input') input: EditCommentInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const commentId = localId('Comment', input.commentId, 'commentId');
    const ideaId = await this.engagement.editComment(viewer, { commentId, body: input.body });
    return this.commentPayload(ctx, ideaId, commentId);
  }

  @Mutation(() => RemoveCommentPayload, {
    description: 'Remove a comment you wrote. It stays in the thread as a placeholder without its body, so replies keep their place.',
  })
  async removeComment(@Args('input') input: CommentRefInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const commentId = localId('Comment', input.commentId, 'commentId');
    const ideaId = await this.engagement.removeComment(viewer, commentId);
    return this.commentPayload(ctx, ideaId, commentId);
  }

  private async commentPayload(ctx: RequestContext, ideaId: string, commentId: string) {
    const [idea, comment] = await Promise.all([this.graph.for(ctx).idea.load(ideaId), this.loaders.for(ctx).comment.load(commentId)]);
    if (!comment) throw EngagementErrors.commentNotFound(commentId, 'commentId');
    return { idea, comment };
  }
}
