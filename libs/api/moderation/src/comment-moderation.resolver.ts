import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Comment } from '@kindling/api/engagement';
import { ModerationNote } from './models/moderation.model';
import { ModerationLoaders } from './moderation.loaders';

/** The Comment fields moderation owns: a hidden comment stays in its thread (its replies too) with its body withheld. */
@Resolver(() => Comment)
export class CommentModerationResolver {
  constructor(private readonly loaders: ModerationLoaders) {}

  @ResolveField('body', () => String, { description: 'Markdown; empty when a moderator hid it, except for its author and admins.' })
  async body(@Parent() comment: Comment, @Context() ctx: RequestContext): Promise<string> {
    if (!(await this.loaders.for(ctx).hiddenComment.load(comment.localId))) return comment.body;
    return authorOrAdmin(comment, ctx) ? comment.body : '';
  }

  @ResolveField(() => Boolean, { description: 'Whether a moderator hid it; the thread shows "Hidden by a moderator" in its place.' })
  async hidden(@Parent() comment: Comment, @Context() ctx: RequestContext): Promise<boolean> {
    return (await this.loaders.for(ctx).hiddenComment.load(comment.localId)) !== null;
  }

  @ResolveField(() => ModerationNote, { nullable: true, description: 'Why it is hidden, and its moderation history: for its author and admins; null for everyone else.' })
  async moderation(@Parent() comment: Comment, @Context() ctx: RequestContext): Promise<ModerationNote | null> {
    if (!authorOrAdmin(comment, ctx)) return null;
    const loaders = this.loaders.for(ctx);
    const [hidden, history] = await Promise.all([loaders.hiddenComment.load(comment.localId), loaders.commentActions.load(comment.localId)]);
    return Object.assign(new ModerationNote(), { hidden: hidden !== null, reason: hidden?.reason ?? null, at: hidden?.at ?? null, history });
  }
}

function authorOrAdmin(comment: Comment, ctx: RequestContext): boolean {
  return ctx.viewer !== null && (ctx.viewer.role === 'ADMIN' || ctx.viewer.id === comment.authorLocalId);
}
