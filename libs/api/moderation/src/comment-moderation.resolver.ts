import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@kindling/api/core';
import { Comment } from '@kindling/api/engagement';
import { ModerationNote } from './models/moderation.model';
import { ModerationLoaders } from './moderation.loaders';

/** The Comment fields moderation owns: a hidden comment stays in its thread (its replies too) with its body withheld. */
@Resolver(() => Comment)
export class CommentModerationResolver {
  constructor(private readonly loaders: ModerationLoaders) {}

  @ResolveField('body', () => String, {
    nullable: true,
    description: 'Markdown; null once its author removed it; empty while a moderator hides it, for everyone but its author and admins.',
  })
  body(@Parent() comment: Comment, @Context() ctx: RequestContext): string | null {
    if (comment.body === null) return null;
    return comment.hiddenAt === null || authorOrAdmin(comment, ctx) ? comment.body : '';
  }

  @ResolveField(() => Boolean, { description: 'Whether a moderator hid it; the thread shows "Hidden by a moderator" in its place.' })
  hidden(@Parent() comment: Comment): boolean {
    return comment.hiddenAt !== null;
  }

  @ResolveField(() => ModerationNote, { nullable: true, description: 'Why it is hidden, and its moderation history: for its author and admins; null for everyone else.' })
  async moderation(@Parent() comment: Comment, @Context() ctx: RequestContext): Promise<ModerationNote | null> {
    if (!authorOrAdmin(comment, ctx)) return null;
    const history = await this.loaders.for(ctx).commentActions.load(comment.localId);
    return Object.assign(new ModerationNote(), { hidden: comment.hiddenAt !== null, reason: comment.hiddenReason, at: comment.hiddenAt, history });
  }
}

function authorOrAdmin(comment: Comment, ctx: RequestContext): boolean {
  return ctx.viewer !== null && (ctx.viewer.role === 'ADMIN' || ctx.viewer.id === comment.authorLocalId);
}
